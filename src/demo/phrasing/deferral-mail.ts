/** Why customers ask us to wait, how they reassure us that they still mean it, and how we accept the wait. */
import type { Rng } from '../random.ts';
import { fromParts, sometimes } from './compose-parts.ts';
import type { Bank } from './vars.ts';

export const DEFERRAL_REASONS: Bank = [
  () => 'Interesting timing, but we are in a spending freeze right now.',
  () => 'We are heads-down on an ERP migration and nobody has the bandwidth to evaluate anything new.',
  () => 'Budget for this will not be released before the new fiscal year.',
  () => 'We are going through a reorg and I do not know yet who will own this.',
  () => 'Quarter-end is eating all of our time at the moment.',
  () => 'Our new VP of Operations starts soon, and she will want a say in this.',
  () => 'The team is tied up with our annual audit.',
  () => 'Priorities shifted after our last leadership meeting, so this is paused for now.',
  () => 'Two of the people who need to be in the room are out for the next while.',
  () => 'We just kicked off our busiest season, so new projects are on ice.',
  (v) => `Finance wants to close the books before anyone at ${v.company} signs new contracts.`,
  () => 'I have been pulled onto an urgent project and cannot give this the attention it deserves right now.',
];

export const DEFERRAL_REASSURANCES: Bank = [
  () => 'We are still interested.',
  () => 'This is still on our roadmap for the year.',
  (v) => `Nothing has changed on our side about ${v.plan}; it is purely timing.`,
  () => 'To be clear, this is not a no.',
  () => 'I do want to get this done.',
  () => 'The business case has not changed.',
  () => '',
];

/** Our reply that accepts the wait, without opening anything new; `when` is "then" or "on March 9". */
export function deferralAck(rng: Rng, when: string): string {
  return fromParts(
    rng,
    [
      'Understood, thanks for the clarity.',
      'Makes sense.',
      'No problem at all.',
      'Thanks for letting me know.',
      'Totally understand.',
      'Appreciate the heads-up.',
    ],
    [
      `I'll reach out ${when}.`,
      `I've made a note to follow up ${when}.`,
      `Talk ${when}.`,
      `I'll check back ${when}.`,
      `I'll put it in my calendar and come back to you ${when}.`,
    ],
    sometimes(0.4, [
      'Good luck with everything in the meantime.',
      'Shout if anything changes before.',
      'Hope the crunch passes quickly.',
      'If it helps, I can send a short summary for whoever picks this up.',
    ]),
  );
}

/** Legal or procurement reviews with a stated timeline: a wait the customer owns. */
export const REVIEW_TIMELINES: ReadonlyArray<(when: string) => string> = [
  (when) =>
    `Our legal team is working through the MSA; they expect to be done ${when}. We are committed to moving forward.`,
  (when) =>
    `Procurement has the paperwork now. Their standard review takes a while, and they told me to expect an answer ${when}.`,
  (when) => `Legal is reviewing the contract. Expect their redlines ${when}.`,
  (when) =>
    `The vendor risk review has started; the committee signs off ${when}. Nothing needed from you until then.`,
  (when) => `Counsel has the order form and MSA in their queue and promised comments ${when}.`,
  (when) =>
    `Our DPO is reviewing the data processing terms and will come back ${when}; everything else is agreed.`,
];
