/** start_renewal: the contract end date from the record, and a renewal review proposed well before it. */
import { latestCustomerEmail } from '../deal-reading.ts';
import { type Composer, promiseDay } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { monthDayOf } from '../wording.ts';

const END = [
  'Your contract with us runs through {end}, so this is a good moment to plan the renewal together.',
  "Your subscription renews on {end}, and I'd like the next term to fit how your team works today.",
  "With your contract ending on {end}, I'd like to get ahead of the renewal rather than rush it.",
] as const;
const REVIEW = [
  "I'd suggest a short renewal review: how the team uses it today, what has changed, and what you need next year.",
  'A short review would help: what is working, what is not, and what the next term should cover.',
  "I'd like to hear what's working, what isn't, and who else should be part of the conversation.",
] as const;
// Each ask names the meeting before its days: a day after "call" or "free" is a plan, not a claimed date.
const ASKS = [
  'Would a call on {d1} or {d2} work for you?',
  'Could we find 30 minutes to talk on {d1} or {d2}?',
  'Are you free {d1} or {d2} for a short call?',
] as const;

export const startRenewal: Composer = (kit) => {
  const { reading } = kit;
  const end =
    reading.signals.one('renewal_window')?.contractEndDate ?? reading.context.opportunity.contractEndDate;
  if (!end) return undefined;
  const last = latestCustomerEmail(reading);
  const contact = primaryContact(reading, [last?.from]);
  if (!contact) return undefined;
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: reading.pick('subject', ['Planning your renewal', 'Your renewal', 'Renewal review']),
      paragraphs: [
        { text: reading.pick('end', END).replace('{end}', monthDayOf(end)) },
        { text: reading.pick('review', REVIEW), optional: true },
        {
          text: reading
            .pick('ask', ASKS)
            .replace('{d1}', promiseDay(reading, 2))
            .replace('{d2}', promiseDay(reading, 3)),
        },
      ],
    }),
    rationale: `${reading.assessment.why}. The draft gives the end date from the record and proposes a renewal review.`,
  };
};
