/** reschedule: a new invite for the missed or cancelled meeting, same subject, with times in the rep's working hours. */
import { dayOf, latestCustomerEmail, writableContact } from '../deal-reading.ts';
import type { Composer } from '../draft-kit.ts';
import { meetingOptions } from '../meeting-times.ts';
import { primaryContact } from '../recipients.ts';
import { longDay } from '../wording.ts';

const MISSED = [
  'We didn\'t manage to connect for "{subject}" {when}, so here are new times to pick it back up.',
  'Sorry we missed each other {when}. Here are new times for "{subject}" so we keep the momentum.',
] as const;
const CANCELLED = [
  '"{subject}" {when} was cancelled, so here are new times to pick it back up.',
  'Picking "{subject}" back up after it was cancelled {when}.',
] as const;
const CLOSE = [
  'Pick whichever time suits you, or reply with one that works better.',
  'If none of these work, reply with a time that does and I will move mine.',
] as const;

// Within a week a weekday is clear ("on Wednesday") and names no calendar date a reader could misread by a zone.
const WEEKDAY_ONLY_DAYS = 6;

export const reschedule: Composer = (kit) => {
  const { reading } = kit;
  const missed = reading.signals
    .of('meeting')
    .filter((m) => (m.status === 'missed' || m.status === 'cancelled') && !m.rebookedBy)
    .at(-1);
  if (!missed) return undefined;
  const meeting = reading.timeline.find((r) => r.activity.id === missed.refs[0]?.id);
  const invited = (meeting?.activity.to ?? [])
    .map((a) => writableContact(reading, a))
    .filter((c) => c !== undefined);
  const attendees = invited.length > 0 ? invited : [primaryContact(reading)].filter((c) => c !== undefined);
  if (attendees.length === 0) return undefined;
  const subject = missed.subject ?? meeting?.activity.subject ?? `The ${reading.project}`;
  const bank = missed.status === 'cancelled' ? CANCELLED : MISSED;
  const day = dayOf(reading, missed.startsAt);
  const when =
    reading.today - day <= WEEKDAY_ONLY_DAYS ? `on ${longDay(day).split(',')[0]}` : `on ${longDay(day)}`;
  const agenda = [
    reading.pick('opening', bank).replace('{subject}', subject).replace('{when}', when),
    reading.pick('close', CLOSE),
  ].join(' ');
  const options = meetingOptions(reading);
  const threadId = latestCustomerEmail(reading)?.activity.threadId;
  return {
    payload: {
      kind: 'schedule_meeting',
      meeting: {
        attendees: [...new Set(attendees.map((c) => c.email))],
        subject,
        agenda,
        durationMinutes: reading.config.meetingMinutes,
        timeOptions: options,
        ...(threadId ? { threadId } : {}),
      },
    },
    rationale: `${reading.assessment.why}. Offers ${options.length} times in ${reading.rep.first}'s working hours.`,
  };
};
