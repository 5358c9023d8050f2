/**
 * A meeting brief in Markdown-ready sections: the meeting and who attends in what role, what each side promised,
 * open questions, usage, the products and price points in play with citations, a suggested agenda and questions.
 */

import type { Signal } from '../../signals/signal-schema.ts';
import type { DealAssessment } from '../../triage/assessment-schema.ts';
import type { Activity, Contact } from '../../workspace/workspace-schema.ts';
import type { AnswerLine, AnswerSection, ComposedAnswer, CopilotRoute } from '../copilot-schema.ts';
import type { Evidence } from '../evidence.ts';
import { briefQuestions, suggestedAgenda } from './brief-agenda.ts';
import { pricePointLines, pricePoints } from './brief-sources.ts';
import { clip, day, describeContact, line, refTo } from './format.ts';
import { dealLine } from './research.ts';
import { commitmentLine, signalLine } from './signal-lines.ts';

function meetingOf(route: CopilotRoute, evidence: Evidence): Activity | undefined {
  return evidence.activities.find((a) => a.id === route.meetingId);
}

/** Who is in the room: the meeting's attendees, else the people on the deal's recent thread, else every active contact. */
function attendees(
  meeting: Activity | undefined,
  evidence: Evidence,
): { known: Contact[]; unknown: string[] } {
  const byEmail = new Map(evidence.contacts.map((c) => [c.email.toLowerCase(), c]));
  const invited = meeting ? [...(meeting.to ?? []), ...(meeting.cc ?? [])] : [];
  // A meeting logged without its invite list says nothing about who comes: the thread's people are the best guess.
  const addresses = invited.length
    ? invited
    : evidence.activities.flatMap((a) => [a.from ?? '', ...(a.to ?? []), ...(a.cc ?? [])]);
  const known = [...new Set(addresses.map((a) => a.toLowerCase()))].flatMap((a) => byEmail.get(a) ?? []);
  const unknown = invited.filter((a) => !byEmail.has(a.toLowerCase()) && !isOurs(a, evidence));
  if (known.length > 0 || unknown.length > 0) return { known, unknown };
  return { known: evidence.contacts.filter((c) => (c.status ?? 'active') === 'active'), unknown: [] };
}

const isOurs = (address: string, evidence: Evidence) =>
  evidence.sellerDomains.some((d) => address.toLowerCase().endsWith(`@${d.toLowerCase()}`));

const signalsOf = (assessments: readonly DealAssessment[]): Signal[] => assessments.flatMap((a) => a.signals);

export function composeBrief(route: CopilotRoute, evidence: Evidence, asOf: string): ComposedAnswer {
  const account = evidence.account;
  if (!account) return { status: 'failed', title: 'Meeting brief', sections: [], citations: [] };
  const deal = evidence.opportunity;
  const assessments = evidence.assessments ?? [];
  const signals = signalsOf(assessments);
  const meeting = meetingOf(route, evidence);
  const people = attendees(meeting, evidence);
  const sections: AnswerSection[] = [];

  const header: AnswerLine[] = [];
  if (meeting)
    header.push(
      line(
        `${meeting.subject ?? 'Meeting'} on ${day(meeting.startsAt ?? meeting.occurredAt)} at ${(meeting.startsAt ?? meeting.occurredAt).slice(11, 16)} UTC`,
        refTo('activity', meeting.id),
      ),
    );
  else
    header.push(
      line(
        `No meeting booked${deal ? ' on this deal' : ''}: this brief covers where things stand as of ${day(asOf)}.`,
      ),
    );
  if (deal)
    header.push(
      dealLine(
        deal,
        asOf,
        assessments.find((a) => a.opportunityId === deal.id),
      ),
    );
  else header.push(line(`No open deal on ${account.name} that you can see.`, refTo('account', account.id)));
  sections.push({ heading: 'The meeting', lines: header });

  sections.push({
    heading: 'Who will be there',
    lines: [
      ...people.known.map((c) => line(describeContact(c), refTo('contact', c.id))),
      ...people.unknown.map((a) => line(`${a} (not a contact in the CRM yet)`)),
      ...(people.known.length + people.unknown.length === 0
        ? [line('Nobody from their side on record yet.')]
        : []),
    ],
  });

  const promises = (party: 'us' | 'them') =>
    signals.flatMap((s) =>
      s.kind === 'commitment' && s.party === party && s.state !== 'replaced' ? [commitmentLine(s, asOf)] : [],
    );
  const ours = promises('us');
  const theirs = promises('them');
  sections.push({
    heading: 'What we promised',
    lines: ours.length ? ours : [line('No promise of ours on record.')],
  });
  sections.push({
    heading: 'What they promised',
    lines: theirs.length ? theirs : [line('No promise of theirs on record.')],
  });

  const open = signals.flatMap((s) =>
    (s.kind === 'customer_request' && s.state === 'open') ||
    (s.kind === 'risk' && s.state === 'open') ||
    (s.kind === 'deferral' && s.state === 'waiting')
      ? [signalLine(s, asOf, evidence.contacts)!]
      : [],
  );
  sections.push({
    heading: 'Open questions and risks',
    lines: open.length ? open : [line('Nothing unanswered on record.')],
  });

  const usage = signals.flatMap((s) =>
    s.kind === 'usage_trend' || s.kind === 'seat_utilisation' || s.kind === 'renewal_window'
      ? [signalLine(s, asOf, evidence.contacts)].filter((l): l is AnswerLine => l !== undefined)
      : [],
  );
  if (usage.length) sections.push({ heading: 'Usage and contract', lines: usage });

  const prices = pricePointLines(pricePoints(evidence));
  sections.push({
    heading: 'Products and price points in play',
    lines: prices.lines.length
      ? prices.lines
      : [
          line(
            'The knowledge base has no price or term that bears on this deal; quote nothing you cannot cite.',
          ),
        ],
  });

  const recent = evidence.activities
    .slice(0, 3)
    .map((a) =>
      line(
        `${day(a.occurredAt)} · ${a.type}${a.subject ? ` “${clip(a.subject, 60)}”` : ''}`,
        refTo('activity', a.id),
      ),
    );
  if (recent.length) sections.push({ heading: 'Latest touches', lines: recent });

  sections.push({ heading: 'Suggested agenda', lines: suggestedAgenda(signals, deal, asOf) });
  sections.push({ heading: 'Questions to ask', lines: briefQuestions(signals, deal, people.known) });

  const title = `Brief: ${deal ? `${deal.name} (${deal.id})` : account.name}${meeting ? ` · ${meeting.subject ?? 'meeting'} ${day(meeting.startsAt ?? meeting.occurredAt)}` : ''}`;
  return { status: 'answered', title, sections, citations: prices.citations };
}
