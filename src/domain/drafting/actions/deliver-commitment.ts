/** deliver_commitment: own the missed date in one line and give a firm new one; never invent the deliverable. */
import { parseDay } from '../../dates/calendar.ts';
import type { CommitmentSignal } from '../../signals/signal-schema.ts';
import { latestCustomerEmail } from '../deal-reading.ts';
import { type Composer, promiseDay } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { longDayOf } from '../wording.ts';
import { openRequests } from './answer-customer.ts';
import { answerBlock } from './answers.ts';
import { replyToSignal } from './thread.ts';

// The due date always follows "by": after a promise's words it reads as the plan it was, not a claimed fact.
const OWN_IT = [
  "I said I'd {what} by {due}, and I didn't. I'm sorry about that.",
  'I owe you an apology: I promised to {what} by {due} and missed it.',
  "I told you I'd {what} by {due}, and I let that date slip. That's on me.",
  "I promised you I'd {what} by {due}, and I missed it; sorry for the wait.",
] as const;
const OWN_FOLLOW_UP = [
  "I said I'd follow up by {due}, and I didn't. Sorry about that.",
  'I promised to get back to you by {due} and missed it; my apologies.',
] as const;
const NEW_DATE = [
  "You'll have it by {day}.",
  'It will be with you by {day} at the latest.',
  "I'm finishing it now and will send it by {day}.",
  "I'll have it in your inbox by {day}.",
] as const;
const CHASED = [
  'Thanks for the nudge.',
  'Thanks for following up, and fair to ask.',
  'You were right to chase.',
];
const ASKS = [
  "If anything has changed on your side since we spoke, tell me and I'll build it in.",
  "Is there anything you'd like me to cover in it that we haven't discussed?",
  'Does {day} still work for your timeline?',
  'Who else on your side should receive it?',
] as const;

/** The promise behind the action: ours, still open, already due; the longest overdue first. */
export function overduePromise(
  commitments: readonly CommitmentSignal[],
  today: number,
): CommitmentSignal | undefined {
  return commitments
    .filter((c) => c.party === 'us' && c.state === 'open' && parseDay(c.dueOn) < today)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
}

/** "send The SOC 2 report over to you" → "send the SOC 2 report": the promise as a verb phrase we can repeat. */
export function promisedAction(what: string): string {
  return what
    .replace(/\b(The|A|An)\b/g, (w) => w.toLowerCase())
    .replace(/(?:\s+(?:by|on|before|until|the|over|to you))+$/i, '')
    .trim();
}

export const deliverCommitment: Composer = (kit) => {
  const { reading } = kit;
  const promise = overduePromise(reading.signals.of('commitment'), reading.today);
  if (!promise) return undefined;
  const made = reading.timeline.find((r) => r.activity.id === promise.refs[0]?.id);
  const chase = reading.signals
    .of('customer_request')
    .filter((r) => r.state === 'open' && r.topic === 'chase')
    .at(-1);
  const contact = primaryContact(reading, [chase?.askedBy, ...(made?.recipients ?? [])]);
  if (!contact) return undefined;
  const due = longDayOf(promise.dueOn);
  const day = promiseDay(reading, reading.config.redeliveryBusinessDays);
  const followUp =
    promise.followUp || /^(?:follow up|get back to you|circle back|check in)$/i.test(promise.what.trim());
  const ownIt = followUp
    ? reading.pick('own-it', OWN_FOLLOW_UP).replace('{due}', due)
    : reading.pick('own-it', OWN_IT).replace('{what}', promisedAction(promise.what)).replace('{due}', due);
  const questions = openRequests(kit).filter((r) => r.topic !== 'expansion');
  const answers = answerBlock(kit, questions.slice(-1));
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: `Following up on what I promised`,
      replyTo: (chase && replyToSignal(reading, chase)) ?? latestCustomerEmail(reading),
      paragraphs: [
        ...(chase ? [{ text: reading.pick('chased', CHASED) }] : []),
        { text: ownIt },
        ...(followUp ? [] : [{ text: reading.pick('new-date', NEW_DATE).replace('{day}', day) }]),
        ...answers.paragraphs.map((p) => ({ ...p, optional: true })),
        { text: reading.pick('ask', ASKS).replace('{day}', day), optional: true },
      ],
      citations: answers.citations,
    }),
    rationale: `${reading.assessment.why}. The draft owns the slip and commits to ${day}; attach the deliverable before sending.`,
  };
};
