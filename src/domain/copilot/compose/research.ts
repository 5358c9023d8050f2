/**
 * Account research: open deals with their stage history and verdict, the people and how engaged they are, the
 * latest threads in a line each, usage, and the risks and open promises triage found, every line linked to a record.
 */
import { freshText } from '../../mail/fresh-text.ts';
import type { DealAssessment } from '../../triage/assessment-schema.ts';
import type { Activity, Contact } from '../../workspace/workspace-schema.ts';
import type { AnswerLine, AnswerSection, ComposedAnswer } from '../copilot-schema.ts';
import type { Evidence, EvidenceDeal } from '../evidence.ts';
import { clip, day, daysBetween, dealValue, describeContact, line, refTo } from './format.ts';
import { signalLine } from './signal-lines.ts';

const VERDICT_WORDS = { act_now: 'act now', monitor: 'monitor', no_action: 'no action needed' } as const;

export function dealLine(o: EvidenceDeal, asOf: string, assessment: DealAssessment | undefined): AnswerLine {
  const entered = o.stageHistory?.findLast((s) => s.stage === o.stage)?.enteredAt;
  const history = (o.stageHistory ?? []).map((s) => `${s.stage} ${day(s.enteredAt)}`).join(' → ');
  const verdict = assessment
    ? ` · ${VERDICT_WORDS[assessment.verdict]}${assessment.actions[0] ? ` (${assessment.actions[0].replace(/_/g, ' ')})` : ''}: ${assessment.why}`
    : '';
  return line(
    `${o.name} (${o.id}): ${o.stage}${entered ? ` for ${daysBetween(entered, asOf)} days` : ''}, ${dealValue(o.amount, o.currency)}, closes ${day(o.closeDate)}${o.nextStep ? `, next step “${o.nextStep}”` : ''}${history ? ` [${history}]` : ''}${verdict}`,
    refTo('opportunity', o.id),
  );
}

/** What a touch said, in a line: the author's own words, not the quoted thread below them. */
export function activityLine(a: Activity, contacts: readonly Contact[]): AnswerLine {
  const person = (address: string | undefined) =>
    contacts.find((c) => c.email.toLowerCase() === address?.toLowerCase())?.name ?? address;
  const heading =
    a.type === 'email'
      ? a.direction === 'inbound'
        ? `email from ${person(a.from) ?? 'the customer'}`
        : a.direction === 'internal'
          ? 'internal email'
          : `email to ${(a.to ?? []).map(person).join(', ') || 'the customer'}`
      : a.type === 'meeting'
        ? `meeting${a.status ? ` (${a.status})` : ''}${a.startsAt ? ` for ${day(a.startsAt)}` : ''}`
        : a.type;
  const text = a.body ? (a.type === 'email' ? freshText(a.body) : a.body) : '';
  const what = text ? `: “${clip(text, 160)}”` : a.subject ? `: ${a.subject}` : '';
  return line(`${day(a.occurredAt)} · ${heading}${what}`, refTo('activity', a.id));
}

/** Each contact with the last time they wrote or met with us, from the activities read. */
export function peopleLines(contacts: readonly Contact[], activities: readonly Activity[]): AnswerLine[] {
  return contacts.map((c) => {
    const email = c.email.toLowerCase();
    const theirs = activities.filter(
      (a) =>
        a.from?.toLowerCase() === email ||
        (a.type !== 'email' && [...(a.to ?? []), ...(a.cc ?? [])].some((t) => t.toLowerCase() === email)),
    );
    const last = theirs[0];
    const engagement = last
      ? `last heard from ${day(last.occurredAt)} (${theirs.length} touch${theirs.length === 1 ? '' : 'es'} in the recent history)`
      : 'no recent mail, call or meeting with them on record';
    return line(
      `${describeContact(c)}: ${engagement}`,
      refTo('contact', c.id),
      ...(last ? [refTo('activity', last.id)] : []),
    );
  });
}

function usageLines(evidence: Evidence): AnswerLine[] {
  const account = evidence.account;
  if (!account) return [];
  return (evidence.usage ?? []).flatMap((s) => {
    const latest = s.points.at(-1);
    if (!latest) return [];
    const trend =
      s.change === undefined
        ? ''
        : `, ${s.change < 0 ? 'down' : 'up'} ${Math.round(Math.abs(s.change) * 100)}% on the four weeks before${s.direction === 'sharp_drop' ? ' (a sharp drop)' : ''}`;
    const seats =
      s.metric === 'seats_used' && evidence.licensedSeats
        ? ` of ${evidence.licensedSeats} licensed seats`
        : '';
    return [
      line(
        `${s.metric.replace(/_/g, ' ')}: ${latest.value}${seats} in the week of ${day(latest.period)}${trend}`,
        refTo('usage', `${account.id}:${s.metric}`),
      ),
    ];
  });
}

export function composeResearch(
  evidence: Evidence,
  ctx: { asOf: string; recentActivities: number },
): ComposedAnswer {
  const { asOf } = ctx;
  const account = evidence.account;
  if (!account) return { status: 'failed', title: 'Account research', sections: [], citations: [] };
  const byDeal = new Map((evidence.assessments ?? []).map((a) => [a.opportunityId, a]));
  const findings = (evidence.assessments ?? []).flatMap((a) =>
    a.signals.flatMap((s) => {
      const l = signalLine(s, asOf, evidence.contacts);
      return l ? [{ ...l, text: `${evidence.deals.length > 1 ? `${a.opportunityId}: ` : ''}${l.text}` }] : [];
    }),
  );
  const sections: AnswerSection[] = [
    {
      heading: 'Open deals',
      lines: evidence.deals.length
        ? evidence.deals.map((o) => dealLine(o, asOf, byDeal.get(o.id)))
        : [line('No open deal on this account that you can see.', refTo('account', account.id))],
    },
    { heading: 'People', lines: peopleLines(evidence.contacts, evidence.activities) },
    {
      heading: 'Risks and open promises',
      lines: findings.length
        ? findings
        : [line('Nothing open: no overdue promise, unanswered question or risk on record.')],
    },
    {
      heading: 'Recent activity',
      lines: evidence.activities.length
        ? evidence.activities.slice(0, ctx.recentActivities).map((a) => activityLine(a, evidence.contacts))
        : [line('No activity on record.')],
    },
  ];
  const usage = usageLines(evidence);
  if (usage.length) sections.push({ heading: 'Usage', lines: usage });
  const owner = evidence.owner ? ` · owner ${evidence.owner.name}` : '';
  return {
    status: 'answered',
    title: `${account.name}${account.industry ? ` (${account.industry})` : ''}${owner}`,
    sections,
    citations: [],
  };
}
