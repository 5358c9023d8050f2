/** What reps type into the CRM after a call or as a note: terse, abbreviated, internal. */
import type { Bank } from './vars.ts';

export const DISCOVERY_NOTES: Bank = [
  (v) =>
    `Disco call w/ ${v.contact.first}. Pain: weekly reporting takes 2 analysts ~3 days. Current stack: spreadsheets + legacy BI. Budget owner is the CFO. Timeline: this quarter if possible.`,
  (v) =>
    `Intro call. ${v.contact.name} (${v.contact.title}) runs the project. ~${v.seats} potential users. Wants demo for the team next.`,
  (v) =>
    `Good first call. ${v.company} outgrew their current reporting; needs SSO + warehouse connector. Next: demo.`,
];

export const CHECKIN_NOTES: Bank = [
  (v) => `Check-in call with ${v.contact.first}. Team is happy, using dashboards daily. No issues raised.`,
  (v) => `Spoke with ${v.contact.first}: adoption steady; CS already ran a refresher for their new hires.`,
  () => 'Quarterly check-in. Usage healthy, support tickets low. Nothing open.',
];

export const COMPETITOR_CALL_NOTES: Bank = [
  (v) =>
    `Call with ${v.contact.first}. They are also evaluating ${v.competitor}; ${v.competitor} quoted lower. Need to send a comparison and rework pricing.`,
  (v) =>
    `${v.contact.first} mentioned ${v.competitor} is offering a free pilot. Team leaning their way unless we respond.`,
  (v) =>
    `Heard from ${v.contact.first} that IT prefers ${v.competitor}. Need to address before the decision meeting.`,
];

export const PRICE_CALL_NOTES: Bank = [
  (v) =>
    `${v.contact.first} said the CFO pushed back hard on price on Friday. Risk of losing this on budget unless we come back with options.`,
  (v) => `Call: ${v.company} says we are ~30% over budget. Asked what we can do on price.`,
];

export const DOUBT_CALL_NOTES: Bank = [
  (v) =>
    `Call: IT lead at ${v.company} doubts we can handle their data volumes. Asked for proof. Need to respond.`,
  (v) =>
    `${v.contact.first} worried about adoption after a failed BI rollout last year. Wants to see how we would avoid a repeat.`,
];

export const INTERNAL_NOTES: Bank = [
  (v) =>
    `Account plan: ${v.company} is a good fit for ${v.plan}. Champion engaged, economic buyer identified.`,
  () => 'Added the IT lead to the opportunity contacts.',
  () => 'Mutual action plan shared with the customer.',
  () => 'Pricing approved by manager within the standard discount band.',
];
