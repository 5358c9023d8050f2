/** re_engage: a short nudge with a reason to reply (what we last did together, an easy way out), never "just checking in". */
import { dayOf, latestCustomerEmail } from '../deal-reading.ts';
import type { Composer } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { fromOurSide, monthDay } from '../wording.ts';
import { meetingKind } from './meeting-words.ts';

const SINCE_MEETING = [
  "It's been a while since our {meeting} on {date}, so I'll keep this short.",
  "I don't want to crowd your inbox after our {meeting} on {date}, so one quick question.",
  'Since our {meeting} on {date} things have gone quiet, which usually means priorities moved.',
] as const;
const THEIR_PROMISE = [
  "Last time you mentioned you'd {what}; no rush, but I didn't want it to get lost.",
  "When we last spoke you were going to {what}. If it's stuck somewhere, I'm glad to help unstick it.",
] as const;
const QUIET = [
  "I haven't heard back on the {project}, so I'll keep this short.",
  "I know the {project} is one of many things on your plate, so I'll keep this brief.",
  "I haven't wanted to crowd your inbox about the {project}, so one quick question.",
] as const;
const EASY_OUT = [
  "If the timing has changed, that's useful for me to know too, and I'll step back until it suits you.",
  'If priorities have shifted, a one-line reply is plenty and I will pause until you are ready.',
  'If it would help, I can send a one-page summary for anyone else who needs to weigh in.',
  "If someone else on your side now owns this, I'd be grateful for a pointer.",
] as const;
const ASKS = [
  'Is the {project} still a priority for this quarter?',
  'Should I keep the {project} on your radar for now, or check back later in the year?',
  'Is this still something your team wants to pursue this quarter?',
  'Where does the {project} sit on your list right now?',
] as const;

export const reEngage: Composer = (kit) => {
  const { reading } = kit;
  const last = latestCustomerEmail(reading);
  const contact = primaryContact(reading, [last?.from]);
  if (!contact) return undefined;
  const meeting = reading.signals
    .of('meeting')
    .filter((m) => m.status === 'held')
    .at(-1);
  // "send the list of users" is worth recalling; a bare "review" says nothing the customer would recognise.
  const theirs = reading.signals
    .of('commitment')
    .filter((c) => c.party === 'them' && c.state === 'open' && c.what.trim().split(/\s+/).length >= 3)
    .at(-1);
  const project = reading.project;
  const opening = theirs
    ? reading.pick('their-promise', THEIR_PROMISE).replace('{what}', fromOurSide(theirs.what))
    : meeting
      ? reading
          .pick('since-meeting', SINCE_MEETING)
          .replace('{meeting}', meetingKind(meeting.subject))
          .replace('{date}', monthDay(dayOf(reading, meeting.startsAt)))
      : reading.pick('quiet', QUIET).replace('{project}', project);
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: reading.pick('subject', [
        `The ${project}`,
        `Quick question on the ${project}`,
        `Where things stand on the ${project}`,
      ]),
      replyTo: last,
      paragraphs: [
        { text: opening },
        { text: reading.pick('easy-out', EASY_OUT), optional: true },
        { text: reading.pick('ask', ASKS).replace('{project}', project) },
      ],
    }),
    rationale: `${reading.assessment.why}. The draft gives ${contact.name} a reason to reply and an easy way to say "not now".`,
  };
};
