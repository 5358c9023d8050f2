/** Triage signals as lines a rep reads in a research answer or a brief, each linked to the records behind it. */
import type { RecordRef } from '../../observations/observation-schema.ts';
import type { CommitmentSignal, Signal } from '../../signals/signal-schema.ts';
import type { Contact } from '../../workspace/workspace-schema.ts';
import type { AnswerLine } from '../copilot-schema.ts';
import { clip, day, daysBetween, line } from './format.ts';

const refsOf = (s: Signal): RecordRef[] => s.refs;

const said = (s: { span?: { text: string } | undefined }) => (s.span ? ` (“${clip(s.span.text, 120)}”)` : '');

function who(email: string | undefined, contacts: readonly Contact[]): string {
  if (!email) return 'the customer';
  return contacts.find((c) => c.email.toLowerCase() === email.toLowerCase())?.name ?? email;
}

/** "We promised … by Fri Feb 20: not delivered, 10 days late" with the words that made the promise. */
export function commitmentLine(c: CommitmentSignal, asOf: string): AnswerLine {
  const late = daysBetween(c.dueOn, asOf);
  const state =
    c.state === 'kept'
      ? 'delivered'
      : c.state === 'replaced'
        ? 'replaced by a later promise'
        : late > 0
          ? `not delivered, ${late} day${late === 1 ? '' : 's'} late`
          : late === 0
            ? 'due today'
            : `due in ${-late} day${late === -1 ? '' : 's'}`;
  const party = c.party === 'us' ? 'We promised to' : 'They promised to';
  return line(
    `${party} ${c.what} by ${day(c.dueOn)} (made ${day(c.madeAt)}): ${state}${said(c)}`,
    ...refsOf(c),
  );
}

const USAGE_WORDS = (change: number) =>
  `${change < 0 ? 'down' : 'up'} ${Math.round(Math.abs(change) * 100)}%`;

/** A line for each signal a rep should hear about; quiet facts (engagement, kept promises) return undefined. */
export function signalLine(s: Signal, asOf: string, contacts: readonly Contact[]): AnswerLine | undefined {
  switch (s.kind) {
    case 'commitment':
      return s.state === 'open' ? commitmentLine(s, asOf) : undefined;
    case 'customer_request':
      return s.state === 'open'
        ? line(
            `Open ${s.topic} from ${who(s.askedBy, contacts)} since ${day(s.askedAt)}: “${clip(s.text, 140)}”`,
            ...refsOf(s),
          )
        : undefined;
    case 'deferral':
      return s.state === 'waiting'
        ? line(`Asked us to wait until ${day(s.resumeOn)}: ${clip(s.reason, 120)}${said(s)}`, ...refsOf(s))
        : undefined;
    case 'risk':
      return s.state === 'open'
        ? line(
            `Risk (${s.type}${s.competitor ? `: ${s.competitor}` : ''}) raised ${day(s.at)}: “${clip(s.text, 140)}”`,
            ...refsOf(s),
          )
        : undefined;
    case 'stakeholder':
      if (s.change === 'single_threaded')
        return line(`Single-threaded: only ${s.name ?? 'one person'} has engaged on this deal`, ...refsOf(s));
      return line(
        `${s.name ?? s.email ?? 'A contact'}${s.role ? ` (${s.role.replace('_', ' ')})` : ''} ${s.change.replace('_', ' ')}${s.at ? ` on ${day(s.at)}` : ''}${s.replacedBy.length ? `; since then: ${s.replacedBy.join(', ')}` : ''}`,
        ...refsOf(s),
      );
    case 'usage_trend':
      return line(
        `${s.metric.replace(/_/g, ' ')}: ${s.latest} in the week of ${day(s.latestPeriod)}, ${USAGE_WORDS(s.change)} on the four weeks before`,
        ...refsOf(s),
      );
    case 'seat_utilisation':
      return line(
        `${s.used} of ${s.licensed} licensed seats in use (${Math.round(s.ratio * 100)}%) in the week of ${day(s.period)}`,
        ...refsOf(s),
      );
    case 'renewal_window':
      return s.open
        ? line(
            `Contract ends ${day(s.contractEndDate)}; the renewal window opened ${day(s.opensOn)}; ${s.conversationUnderWay ? 'a renewal conversation is under way' : 'no renewal conversation yet'}`,
            ...refsOf(s),
          )
        : undefined;
    case 'crm_hygiene':
      return line(`CRM: ${s.detail}`, ...refsOf(s));
    case 'meeting':
      return s.status === 'booked'
        ? line(`Meeting booked ${day(s.startsAt)}${s.subject ? `: ${s.subject}` : ''}`, ...refsOf(s))
        : s.status === 'missed' || s.status === 'cancelled'
          ? line(
              `Meeting ${s.status} on ${day(s.startsAt)}${s.rebookedBy ? ' (picked back up since)' : ''}`,
              ...refsOf(s),
            )
          : undefined;
    case 'engagement':
    case 'instruction_ignored':
      return undefined;
  }
}
