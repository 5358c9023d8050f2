/**
 * respond_to_risk: take the concern seriously and move it to a conversation about the customer's needs. Never names
 * a competitor or talks one down, and never offers a discount: both are for a person to decide.
 */
import type { RiskSignal } from '../../signals/signal-schema.ts';
import { latestCustomerEmail } from '../deal-reading.ts';
import { type Composer, promiseDay } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { replyToSignal } from './thread.ts';

const OPENINGS: Record<RiskSignal['type'], readonly string[]> = {
  competitor: [
    "Thanks for being upfront that you're weighing other options; that helps me a lot.",
    "I appreciate you telling me you're looking at alternatives.",
    'Thanks for the candour about the other options on the table.',
  ],
  pricing: [
    'Thanks for being straight with me on price.',
    'I appreciate you telling me how the price landed.',
    "That's fair feedback on price, and I'd rather hear it now than later.",
  ],
  doubt: [
    "That's a fair question, and I'd rather answer it properly than with a sales pitch.",
    "Fair question. I'd like to answer it for your situation rather than in general.",
  ],
  pause: [
    'Thanks for letting me know where things stand.',
    'Understood, and thanks for keeping me in the loop.',
  ],
  loss: ['Thanks for letting me know.'],
};
const MIDDLES: Record<RiskSignal['type'], readonly string[]> = {
  competitor: [
    "Rather than trade feature lists, I'd suggest we go through the two or three things that matter most to your team, and I'll show you how we handle each.",
    'The most useful comparison is against your own requirements, so I would like to walk through those with you.',
    "Every option looks good on paper; what matters is how each handles your team's actual work, and I'd like to show you ours.",
  ],
  pricing: [
    "Before we talk numbers, I'd like to understand how it's being weighed: the total, the cost per seat, or when the spend lands.",
    'It would help to understand what the price is being compared with, so we are looking at the same scope.',
    'I would like to understand which part of it is hard to justify, so we can look at the scope together.',
  ],
  doubt: [
    'The honest answer depends on what your team needs most, and I would rather hear that from you than guess.',
    'It comes down to what your team needs to get done, so I would like to start there.',
  ],
  pause: [
    "If it's useful, I can share anything that would help make the case internally when the time is right.",
  ],
  loss: [],
};
// Each ask names the meeting before its days: a day after "call" or "free" is a plan, not a claimed date.
const ASKS = [
  'Could we find 30 minutes to talk on {d1} or {d2}?',
  'Would a short call on {d1} or {d2} work for you?',
  "I'm free {d1} or {d2} to go over it together; would either suit you?",
] as const;

/** The open concern behind the action: a competitor, price or doubt, latest first. */
export function openRisk(risks: readonly RiskSignal[]): RiskSignal | undefined {
  return risks.filter((r) => r.state === 'open' && r.type !== 'loss').at(-1);
}

export const respondToRisk: Composer = (kit) => {
  const { reading } = kit;
  const risk = openRisk(reading.signals.of('risk'));
  if (!risk) return undefined;
  const source = replyToSignal(reading, risk);
  const contact = primaryContact(reading, [source?.from, latestCustomerEmail(reading)?.from]);
  if (!contact) return undefined;
  const middle = MIDDLES[risk.type];
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: `The ${reading.project}`,
      replyTo: source ?? latestCustomerEmail(reading),
      paragraphs: [
        { text: reading.pick('opening', OPENINGS[risk.type]) },
        ...(middle.length ? [{ text: reading.pick('middle', middle) }] : []),
        {
          text: reading
            .pick('ask', ASKS)
            .replace('{d1}', promiseDay(reading, 1))
            .replace('{d2}', promiseDay(reading, 2)),
        },
      ],
    }),
    rationale: `${reading.assessment.why}. The draft answers the concern without naming anyone else or offering a discount; decide on terms before sending.`,
  };
};
