/** Promises with a date: ours ("I'll send the proposal by Friday") and the customer's ("PO by end of week"). */
import { capitalize } from './vars.ts';

/** Our promise; `what` is a topic's noun phrase and `when` a deadline phrase. */
export const OUR_PROMISES: ReadonlyArray<(what: string, when: string) => string> = [
  (what, when) => `Absolutely. I'll send ${what} ${when}.`,
  (what, when) => `Happy to. You'll have ${what} ${when}.`,
  (what, when) => `Let me pull ${what} together. Expect it ${when}.`,
  (what, when) => `Good call. I'll get ${what} over to you ${when}.`,
  (what, when) => `Working on ${what} now and will have it to you ${when}.`,
  (what, when) => `Makes sense. ${capitalize(what)} will be in your inbox ${when}.`,
  (what, when) => `I'm on it: ${what} ${when}.`,
  (what, when) => `Of course. I need to loop in our solutions team, but I'll send ${what} ${when}.`,
  (what, when) => `Thanks for flagging. I will follow up with ${what} ${when}.`,
];

/** How a delivery is introduced when it answers an earlier promise. */
export const DELIVERY_LEADS: readonly string[] = [
  'As promised,',
  'Following up as promised:',
  'Sorry this took a little longer than planned.',
  'Here you go.',
  '',
  'Quick follow-up on my note from earlier.',
];

/** A delivery with one of the leads above, keeping the sentence case right after a comma or colon. */
export function withDeliveryLead(lead: string, delivery: string): string {
  if (lead === '') return delivery;
  if (lead.endsWith(',') || lead.endsWith(':'))
    return `${lead} ${delivery.charAt(0).toLowerCase()}${delivery.slice(1)}`;
  return `${lead} ${delivery}`;
}

/** Things a customer promises to send us. */
const EARLY_DELIVERABLES = [
  'the team’s feedback',
  'a decision on the scope',
  'the sample data set for the proof of concept',
  'the security team’s sign-off',
  'our requirements document',
  'the list of reports we need on day one',
];
const LATE_DELIVERABLES = [
  'the signed order form',
  'our completed vendor onboarding forms',
  'the list of users we want to provision',
  'the PO',
  'our redlines on the MSA',
];

/** What a customer might promise to send; paperwork only once there is a proposal to sign. */
export const customerDeliverables = (proposalSent: boolean): readonly string[] =>
  proposalSent ? [...EARLY_DELIVERABLES.slice(0, 2), ...LATE_DELIVERABLES] : EARLY_DELIVERABLES;

export const CUSTOMER_PROMISES: ReadonlyArray<(what: string, when: string) => string> = [
  (what, when) => `I'll get you ${what} ${when}.`,
  (what, when) => `You should have ${what} ${when}.`,
  (what, when) => `I'm chasing internally and will send ${what} ${when}.`,
  (what, when) => `Expect ${what} from me ${when}.`,
  (what, when) => `I'll have ${what} back to you ${when}, promise.`,
];

/** Our nudge after the customer's own promised date passed. */
export const NUDGES_ON_THEIR_PROMISE: ReadonlyArray<(what: string) => string> = [
  (what) => `Just checking in on ${what}. Anything I can do to help move it along?`,
  (what) => `Wanted to see where ${what} landed. Happy to help if something is stuck on your side.`,
  (what) => `Any update on ${what}? No rush, just want to keep our timeline honest.`,
];
