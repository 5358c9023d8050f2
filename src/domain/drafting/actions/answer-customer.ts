/** answer_customer: reply to the customer's open questions, each answered from a cited source or promised by a date. */
import type { CustomerRequestSignal } from '../../signals/signal-schema.ts';
import { latestCustomerEmail } from '../deal-reading.ts';
import type { Composer, DraftKit } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { answerBlock } from './answers.ts';
import { proposeExpansion } from './propose-expansion.ts';
import { replyToSignal } from './thread.ts';

const PROMPT_THANKS = {
  one: ['Thanks for the question.', 'Good question, thank you.', 'Thanks for asking.'],
  many: ['Thanks for the questions.', 'Good questions, thank you.', 'Thanks for sending these over.'],
};
const LATE_THANKS = {
  one: [
    'Sorry for the slow reply on this.',
    'Apologies for taking a few days on this.',
    'Thanks for your patience on this one.',
  ],
  many: [
    'Sorry for the slow reply, and thanks for your patience.',
    'Apologies for taking a few days on these.',
    'Thanks for bearing with me on these.',
  ],
};
const ASKS = [
  'Does that cover what you needed?',
  'Does that answer it, or is there more your team needs before the next step?',
  'Is there anything else your team needs from us to move forward?',
  'Let me know if any of that raises more questions.',
];

// Older than this, the customer has been waiting long enough to deserve an apology, not a thank-you.
const SLOW_REPLY_DAYS = 2;

export function openRequests(kit: DraftKit): CustomerRequestSignal[] {
  return kit.reading.signals
    .of('customer_request')
    .filter((r) => r.state === 'open' && r.topic !== 'chase')
    .sort((a, b) => a.askedAt.localeCompare(b.askedAt));
}

export const answerCustomer: Composer = (kit) => {
  const { reading } = kit;
  const requests = openRequests(kit);
  if (requests.length === 0) return undefined;
  // "What would 25 more look like?" is answered with the seats on record and the price book.
  if (requests.every((r) => r.topic === 'expansion')) return proposeExpansion(kit);
  const latest = requests[requests.length - 1]!;
  const contact = primaryContact(reading, [latest.askedBy, ...requests.map((r) => r.askedBy)]);
  if (!contact) return undefined;
  const block = answerBlock(kit, requests);
  const waited = (Date.parse(reading.context.asOf) - Date.parse(latest.askedAt)) / 86_400_000;
  const bank = waited > SLOW_REPLY_DAYS ? LATE_THANKS : PROMPT_THANKS;
  const opening = reading.pick('thanks', block.answered + block.pending > 1 ? bank.many : bank.one);
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: `Your questions on the ${reading.project}`,
      replyTo: replyToSignal(reading, latest) ?? latestCustomerEmail(reading),
      paragraphs: [
        { text: opening },
        ...block.paragraphs,
        { text: reading.pick('ask', ASKS), optional: true },
      ],
      citations: block.citations,
    }),
    rationale: `${reading.assessment.why}. The draft answers ${block.answered} of ${block.answered + block.pending} from cited sources${block.pending ? ` and promises the rest by a date` : ''}.`,
  };
};
