/** Meetings in mail and on the calendar: titles, confirmations, cancellations and what happens after a no-show. */
import type { Rng } from '../random.ts';
import { fromParts, sometimes } from './compose-parts.ts';
import type { Bank } from './vars.ts';

export const MEETING_TITLES = {
  discovery: ['Discovery call', 'Intro call', 'Intro: {seller} <> {company}', 'Getting to know {company}'],
  demo: [
    'Product demo',
    '{seller} demo for the {company} team',
    'Platform walkthrough',
    'Demo: dashboards and reporting',
  ],
  technical: [
    'Technical deep dive',
    'Security review with IT',
    'Connector walkthrough',
    'Architecture review',
  ],
  proposal: ['Proposal review', 'Pricing review', 'Walk through the proposal'],
  negotiation: ['Contract review', 'Commercials call', 'Final terms'],
  renewal: ['Renewal planning', 'Annual business review', 'QBR and renewal', 'Renewal check-in'],
  checkin: ['Check-in', 'Quarterly check-in', 'Usage review'],
} as const;
export type MeetingPurpose = keyof typeof MEETING_TITLES;

/** The customer confirms a time; `when` is e.g. "Tuesday, March 24 at 2:00 PM". */
export function theyConfirm(rng: Rng, when: string): string {
  return fromParts(
    rng,
    [
      `${when} works.`,
      `${when} is good for us.`,
      `Confirmed for ${when}.`,
      `Let's do ${when}.`,
      `${when} it is.`,
      `Yes, ${when} suits.`,
    ],
    sometimes(0.7, [
      "I'll bring our procurement lead.",
      'Invite sent to the rest of the team.',
      'Looking forward to it.',
      'I accepted the invite.',
      'I will ask our IT lead to join for the second half.',
      'I have blocked the time for our whole team.',
      'Could you keep it to 45 minutes?',
    ]),
  ).replace('Could you keep it to 45 minutes?', 'We have a hard stop after 45 minutes.');
}

/** We confirm a booked time in mail. */
export function weBook(rng: Rng, when: string): string {
  return fromParts(
    rng,
    [
      `Great, I've sent an invite for ${when}.`,
      `Locked in for ${when}.`,
      `Perfect. ${when} it is; invite is on its way.`,
      `Done: you should see an invite for ${when}.`,
      `Booked for ${when}.`,
    ],
    sometimes(0.6, [
      'The calendar invite has a video link.',
      'The agenda is in the invite.',
      'I will bring our solutions engineer.',
      'If anyone else should join, feel free to forward the invite.',
      'Let me know if you want to cover anything specific.',
    ]),
  );
}

/** We propose a time. */
export function weProposeTime(rng: Rng, when: string, what: string): string {
  return fromParts(
    rng,
    [
      `Would ${when} work for ${what}?`,
      `How does ${when} look for ${what}?`,
      `Could we do ${when} for ${what}?`,
      `I can do ${when} for ${what}, if that suits.`,
    ],
    sometimes(0.3, ['Happy to move it if not.', 'Otherwise send me two or three slots that work for you.']),
  );
}

export function theyCancel(rng: Rng): string {
  return fromParts(
    rng,
    [
      'Something came up and I need to cancel our session.',
      'Apologies, I have to pull out of our call.',
      'I need to cancel our meeting this week, sorry for the short notice.',
      'Our team has a conflict with the slot, so we need to cancel.',
      'Unfortunately we have to cancel tomorrow.',
    ],
    [
      'I will get back to you with a new time.',
      'Things are on fire here. Will reschedule.',
      'Let me check calendars and come back to you.',
      'I will propose a new date once things settle.',
      'Will be in touch about another slot.',
    ],
  );
}

export function afterNoShow(rng: Rng): string {
  return fromParts(
    rng,
    [
      'Sorry we missed each other today.',
      'Looks like we got our wires crossed on the call today.',
      'I did not see you on the call this morning. Hope all is well.',
      'I waited on the line for 15 minutes but we did not connect.',
    ],
    [
      'Want to find another time?',
      'Happy to reschedule whenever suits.',
      'Shall we pick another slot?',
      'Send me a couple of times that work and I will make it happen.',
    ],
  );
}

export const RECAPS: Bank = [
  (v) =>
    `Thanks for the time today. As discussed, I have attached the slides and the recording. Summary: your team wants to replace the weekly spreadsheet reports with live dashboards, and ${v.plan} fits that well.`,
  () =>
    'Great session today. Recording and slides are attached. The main requirements I heard: connector to your warehouse, scheduled reports for the regional managers, and SSO.',
  () => 'Thanks for walking us through your current process. Recap attached; shout if I missed anything.',
  (v) =>
    `Quick recap of today: the team liked the drill-downs, wants to see it on your own data, and ${v.contact.first} will line up IT for a technical session.`,
  () =>
    'Thank you for hosting us. Notes from the session are attached, along with the two dashboards we built live.',
  (v) =>
    `Appreciate everyone joining. Summary attached: ${v.seats} users across three regions, weekly board pack, warehouse in the cloud. Next: technical review.`,
];
