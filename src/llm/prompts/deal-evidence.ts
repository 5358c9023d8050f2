/** Renders a deal's facts, the engine's findings and the thread for a model, and remembers what each evidence id points at. */
import { WEEKDAYS } from '../../domain/dates/calendar.ts';
import type { Observation, QuotedSpan, RecordRef } from '../../domain/observations/observation-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { Activity } from '../../domain/workspace/workspace-schema.ts';
import type { Assessment } from '../../services/missions/mission-ports.ts';
import { untrusted } from '../untrusted-text.ts';

/** What an id the model may cite stands for: the records behind it, and the words when there are some. */
export type CitableEvidence = { title: string; refs: RecordRef[]; span?: QuotedSpan | undefined };

export type RenderedEvidence = {
  text: string;
  citable: ReadonlyMap<string, CitableEvidence>;
  thread: Activity[];
};

// Enough of the thread to read the conversation; older mail is summarised by the engine's findings.
const THREAD_ACTIVITIES = 12;
const BODY_CHARS = 1_500;

/** The deal's own activities and the account's unattributed ones, oldest first, the latest few. */
export function dealThread(context: DealContext, limit = THREAD_ACTIVITIES): Activity[] {
  const id = context.opportunity.id;
  return context.activities
    .filter((a) => a.opportunityId === id || a.opportunityId === undefined)
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.id.localeCompare(b.id))
    .slice(-limit);
}

function activityTag(a: Activity): string {
  if (a.type !== 'email') return a.type;
  if (a.direction === 'inbound') return 'customer_email';
  if (a.direction === 'outbound') return 'our_email';
  return 'internal_email';
}

/** The day, not the instant: the same evidence on the same day renders (and caches) the same prompt. */
function asOfDay(asOf: string): string {
  const day = new Date(asOf);
  return `${day.toISOString().slice(0, 10)} (${WEEKDAYS[day.getUTCDay()]})`;
}

function dealFacts(context: DealContext): string {
  const o = context.opportunity;
  const lines = [
    `name: ${o.name}`,
    `account: ${context.account.name}${context.account.domain ? ` (${context.account.domain})` : ''}`,
    `type: ${o.type}`,
    `stage: ${o.stage}`,
    `amount: ${o.amount} ${o.currency}`,
    `close date: ${o.closeDate}`,
    o.nextStep ? `next step: ${o.nextStep}${o.nextStepDate ? ` (by ${o.nextStepDate})` : ''}` : undefined,
    o.contractEndDate ? `contract ends: ${o.contractEndDate}` : undefined,
    o.licensedSeats !== undefined ? `licensed seats: ${o.licensedSeats}` : undefined,
    context.owner ? `owner (the rep): ${context.owner.name} <${context.owner.email}>` : undefined,
    `seller: ${context.seller.name}`,
  ].filter((l) => l !== undefined);
  return untrusted('deal', { id: o.id, as_of: asOfDay(context.asOf) }, lines.join('\n'));
}

function contacts(context: DealContext): string {
  const lines = context.contacts.map(
    (c) =>
      `${c.name} <${c.email}>${c.title ? `, ${c.title}` : ''}${c.role ? `, role ${c.role}` : ''}, status ${c.status ?? 'active'}`,
  );
  return untrusted('contacts', {}, lines.join('\n') || '(none on record)');
}

function evidenceElement(id: string, o: Observation): string {
  const refs = o.refs.map((r) => `${r.type}:${r.id}${r.field ? `.${r.field}` : ''}`).join(' ');
  const text = [o.title, o.detail, o.span ? `quoted from ${o.span.activityId}: "${o.span.text}"` : undefined]
    .filter((l) => l !== undefined)
    .join('\n');
  // The engine's findings quote customer mail: flagged like the mail itself.
  return untrusted('evidence', { id, kind: o.kind, refs }, text, 1_000);
}

/** Signals are the engine's typed facts; the prompt gets them without their offsets, which only a UI needs. */
function signals(assessment: Assessment): string | undefined {
  if (assessment.signals.length === 0) return undefined;
  const lines = assessment.signals.map(({ refs: _refs, span: _span, ...facts }) => JSON.stringify(facts));
  return untrusted('signals', {}, lines.join('\n'), 6_000);
}

export function renderDealEvidence(context: DealContext, assessment: Assessment): RenderedEvidence {
  const citable = new Map<string, CitableEvidence>();
  const parts: string[] = [dealFacts(context), contacts(context)];

  parts.push(
    untrusted(
      'engine_assessment',
      {
        verdict: assessment.verdict,
        actions: assessment.actions.join(' '),
        resume_on: assessment.resumeOn,
      },
      assessment.why,
      1_000,
    ),
  );
  const findings = assessment.observations.filter((o) => o.kind === 'evidence' || o.kind === 'reasoning');
  findings.forEach((o, i) => {
    const id = `E${i + 1}`;
    citable.set(id, { title: o.title, refs: o.refs, span: o.span });
    parts.push(evidenceElement(id, o));
  });
  const typed = signals(assessment);
  if (typed) parts.push(typed);

  const thread = dealThread(context);
  for (const a of thread) {
    citable.set(a.id, {
      title: `${a.type} ${a.subject ?? ''}`.trim(),
      refs: [{ type: 'activity', id: a.id }],
    });
    parts.push(
      untrusted(
        activityTag(a),
        {
          id: a.id,
          at: a.occurredAt,
          from: a.from,
          to: a.to?.join(', '),
          subject: a.subject,
          status: a.status,
          starts_at: a.startsAt,
        },
        a.body ?? '',
        BODY_CHARS,
      ),
    );
  }
  return { text: parts.join('\n\n'), citable, thread };
}
