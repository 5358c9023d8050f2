/** Our follow-ups when the customer has gone quiet, from a light touch to a last try, composed from parts. */
import type { Rng } from '../random.ts';
import { fromParts, sometimes } from './compose-parts.ts';
import type { Vars } from './vars.ts';

const FIRST_LEADS = [
  'Just bumping this to the top of your inbox.',
  'Circling back on my note from last week.',
  'Following up on the below.',
  'Wanted to float this back up.',
  'Checking in on this one.',
  'Quick nudge on my last email.',
  'Hope the week is treating you well. Following up here.',
];

const FIRST_ASKS = (v: Vars): string[] => [
  'Any thoughts so far?',
  `Have you had a chance to look at this with the ${v.company} team?`,
  'Any feedback on what I sent over?',
  'Is there anything missing that would help your review?',
  'Let me know where things stand when you get a minute.',
];
/** Only once a proposal is out: mentioning one earlier would put the stage behind the facts. */
const PROPOSAL_ASKS = ['Did the proposal land well with your team?', 'Did the numbers work on your side?'];

const OFFERS = [
  'Happy to walk through it live if that is easier.',
  'Glad to adjust the scope if the timing is not right.',
  'I can also send a shorter summary for your leadership team.',
  'A 15-minute call could save us a few emails.',
];

export function firstNudge(rng: Rng, v: Vars, proposalSent: boolean): string {
  const asks = proposalSent ? [...FIRST_ASKS(v), ...PROPOSAL_ASKS] : FIRST_ASKS(v);
  return fromParts(rng, FIRST_LEADS, asks, sometimes(0.45, OFFERS));
}

const SECOND_LEADS = [
  'I know things get busy.',
  'Trying you once more on this.',
  'I have not heard back, so I want to make sure I am not missing something.',
  'Following up one more time.',
  'Not sure my last notes made it through.',
];

const SECOND_ASKS = (v: Vars): string[] => [
  'Is this still a priority for this quarter?',
  'If the project is on hold, just let me know and I will stop chasing.',
  `Is ${v.plan} still on your radar?`,
  'Would a 15-minute call next week be easier than email?',
  'Should I be talking to someone else on your team about this?',
  'Has anything changed on your side?',
];

export function secondNudge(rng: Rng, v: Vars): string {
  return fromParts(rng, SECOND_LEADS, SECOND_ASKS(v));
}

/** Our reply that looks attentive but does not answer what the customer asked. */
export function nonAnswer(rng: Rng, v: Vars, proposalSent: boolean): string {
  return fromParts(
    rng,
    [
      'Thanks for the note!',
      'Great to hear from you.',
      'Thanks for getting back to me.',
      'Appreciate the update.',
      'Thanks!',
    ],
    [
      'Are you free for a quick call sometime next week to catch up?',
      `I am attaching our latest customer story from ${v.industry.toLowerCase()} in case it is useful.`,
      'By the way, we just shipped a new dashboard builder. Happy to show you when we next speak.',
      proposalSent
        ? 'Let me know when the team has had a chance to review the proposal.'
        : 'Let me know when the team has had a chance to digest the demo.',
      'How did the internal review go?',
      'I will loop in our solutions team so they are up to speed.',
    ],
  );
}

/** Our update on where the deal stands; proposals, numbers and order forms only once a proposal exists. */
export function standingUpdate(rng: Rng, v: Vars, proposalSent: boolean): string {
  const early = [
    'Sharing the materials we discussed, plus a rough timeline for a rollout.',
    'Here is the summary of where we landed and the open items on both sides.',
    'Wanted to confirm the next steps on your side.',
    `Attached are the slides from our session and a short note on how teams like ${v.company}'s usually start.`,
  ];
  const late = [
    `Attached is the updated proposal for ${v.seats} seats.`,
    'Checking in on where things stand with the proposal.',
    'Attached are the revised numbers we discussed.',
    'Following up with the rollout plan and the pricing summary.',
    'Here is the order form for your review.',
  ];
  return rng.pick(proposalSent ? [...late, ...early.slice(1, 3)] : early);
}
