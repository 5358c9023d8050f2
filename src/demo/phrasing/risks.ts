/** Customer doubts that need an answer: a competitor, a price objection, an adoption or integration worry. */
import type { Bank } from './vars.ts';

export const COMPETITOR_MENTIONS: Bank = [
  (v) =>
    `Full transparency: we are also talking to ${v.competitor}, and their proposal came in noticeably lower.`,
  (v) =>
    `Our IT team is pushing for ${v.competitor} since some of them used it at a previous job. Why should we pick you instead?`,
  (v) => `${v.competitor} offered us a free pilot. Can you match that, or explain why we should not take it?`,
  (v) =>
    `Someone in finance forwarded me a ${v.competitor} brochure that claims they do everything you do for less. How do you compare?`,
];

export const PRICE_OBJECTIONS: Bank = [
  () => 'The quote is about 30% above what we budgeted. I am not sure I can get this approved as it stands.',
  (v) =>
    `My CFO's first reaction to the proposal was that ${v.seats} seats at this price is hard to justify.`,
  () => 'Honestly the price is the sticking point. Is there anything you can do?',
  () => 'We love the product but the numbers do not work for us this year.',
];

export const DOUBTS: Bank = [
  () =>
    'I am worried about adoption. Our last BI rollout stalled after a month and people went back to spreadsheets.',
  () => 'Our data team is skeptical that the connector will keep up with our volumes.',
  () => 'There is some concern internally about how long implementation will take given our small IT team.',
  () => 'Our security lead has reservations about another vendor holding our customer data.',
];

/** Our real answer to a risk, used where we did respond (so the risk is handled, not ignored). */
export const RISK_RESPONSES: Bank = [
  (v) =>
    `Thanks for telling me about ${v.competitor}. I put together a short comparison and would love to walk you through it on Thursday.`,
  () =>
    'Understood on the budget. Let me bring a couple of options to our call, including a phased rollout that starts smaller.',
  () =>
    'Totally fair concern. I have asked our customer success lead to join the next call to share how similar teams drove adoption.',
];
