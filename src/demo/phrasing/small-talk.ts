/** The connective tissue of business mail: openers, acknowledgements and closers, from both sides. */
import type { Bank } from './vars.ts';

/** Neutral enough to open a new thread or a reply. */
export const OUR_OPENERS: Bank = [
  () => 'Hope your week is off to a good start.',
  (v) => `Hope all is well at ${v.company}.`,
  () => 'Hope you are doing well.',
  () => 'Quick note from my side.',
  () => 'Hope things are calmer this week.',
];

export const OUR_CLOSERS: Bank = [
  () => 'Let me know if you have any questions.',
  () => 'Happy to jump on a call if that is easier.',
  () => 'Shout if anything is unclear.',
  () => 'Let me know what you think.',
  (v) => `Looking forward to working with the ${v.company} team.`,
  () => 'Any questions, just reply here.',
  () => 'Talk soon.',
];

/** Neutral enough to open a new thread or a reply. */
export const THEIR_OPENERS: Bank = [
  () => 'Quick one from me.',
  () => 'Hope you are well.',
  () => 'Hope your week is going OK.',
  () => 'Sorry, it has been a hectic couple of weeks here.',
  () => 'Apologies for the delay on my side.',
];

const ACK_HEADS = [
  'Thanks',
  'Thank you',
  'Got it, thanks',
  'Received, thank you',
  'Perfect, thanks',
  'Great',
  'Appreciate it',
  'Many thanks',
  'Thanks so much',
];
const ACK_TAILS = [
  '',
  'this is helpful.',
  "I'll share it with the team.",
  'passing this along to finance.',
  'exactly what we needed.',
  'will take a look and circulate internally.',
  'will review this week.',
  'appreciate the quick turnaround.',
  'that answers it.',
];

/** A short acknowledgement that closes a loop and asks for nothing. */
export const THEIR_ACKS: Bank = ACK_HEADS.flatMap((head) =>
  ACK_TAILS.map((tail) => () => (tail === '' ? `${head}!` : `${head}, ${tail}`)),
);

export const THEIR_CLOSERS: Bank = [
  () => 'Thanks in advance.',
  () => 'Appreciate your help.',
  () => 'Thanks!',
  () => 'Let me know.',
  () => 'Thanks again.',
];

/** Upbeat but empty: says nothing that needs an answer. */
export const THEIR_SMALL_NEWS: Bank = [
  () => 'The team has been playing with the trial workspace and the feedback is good so far.',
  (v) => `A few people at ${v.company} have asked when they can get access.`,
  () => 'We had our planning session last week, and this project is still on the list.',
  (v) => `Our ops leads liked what they saw of ${v.plan}.`,
  () => 'Things are busy here with the quarter, but we are making progress internally.',
  () => 'I walked my manager through the deck and she liked the reporting piece.',
];
