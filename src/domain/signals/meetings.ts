/** Meetings on the deal: booked ahead, held, missed or cancelled (and whether anything was rebooked). */
import { formatDay } from '../dates/calendar.ts';
import { datesIn } from '../dates/dates-in-text.ts';
import { localTime, startOfLocalDay } from '../dates/zone.ts';
import type { ReadActivity } from '../mail/read-activity.ts';
import { activityRef, type DealEvidence, sentenceSpan } from './deal-evidence.ts';
import { isConversation } from './reply-reading.ts';
import { hasCue } from './sentence-cues.ts';
import type { MeetingSignal } from './signal-schema.ts';

const CONFIRMED =
  /\b(?:works|suits|fits|(?:is|sounds) (?:perfect|fine|good|great)|it is|it's a date|confirmed|confirming|see you (?:on|then|next|at)|(?:invite|invitation) (?:sent|is on its way|coming|to follow)|sent (?:an|the|you an|over an|a calendar) invite|calendar invite|(?:is |are |we're |we are |all )?(?:booked|locked in|scheduled) (?:for|on|in)|on the calendar|(?:talk|speak) (?:to you )?(?:then|on)|looking forward to (?:our|the) (?:call|meeting|demo|session|chat|review|workshop))\b/;

/** A calendar notice that someone turned the invitation down: "Declined: Pricing review @ Thu 11 Jun". */
const DECLINE_SUBJECT = /^(?:declined|decline|rejected|refused)\s*:\s*/;
const DECLINE_BODY = /\bhas declined (?:this|the|your) (?:invitation|invite|meeting|event)\b/;
/** The people whose absence empties a meeting of its purpose. */
const DECIDING_ROLES = new Set(['champion', 'economic_buyer', 'decision_maker']);

/** The customer's notice declining this booked meeting, when the one who declined is a person the meeting needs. */
function declinedBy(e: DealEvidence, meeting: ReadActivity): ReadActivity | undefined {
  const subject = meeting.lowerSubject.trim();
  if (!subject) return undefined;
  for (const r of e.timeline) {
    if (r.at < meeting.at || r.party !== 'them' || r.activity.type !== 'email' || !r.from) continue;
    const notice = DECLINE_SUBJECT.exec(r.lowerSubject);
    if (!notice && !DECLINE_BODY.test(r.lowerBody)) continue;
    const about = r.lowerSubject.slice(notice ? notice[0].length : 0);
    if (!about.startsWith(subject) && !r.lowerBody.includes(subject)) continue;
    const role = e.contactsByEmail.get(r.from)?.role;
    if (role === undefined || DECIDING_ROLES.has(role)) return r;
  }
  return undefined;
}

function startOf(a: { startsAt?: string | undefined; occurredAt: string }): number {
  return Date.parse(a.startsAt ?? a.occurredAt);
}

export function extractMeetings(e: DealEvidence): MeetingSignal[] {
  const meetings = e.timeline.filter((r) => r.activity.type === 'meeting');
  const out: MeetingSignal[] = [];
  for (const r of meetings) {
    const a = r.activity;
    const start = startOf(a);
    let status: MeetingSignal['status'];
    if (a.status === 'no_show') status = 'missed';
    else if (a.status === 'cancelled') status = 'cancelled';
    else if (a.status === 'completed') status = 'held';
    else if (e.gate.reached(start)) status = 'held';
    // The calendar still says booked, but the person the meeting was for has declined it.
    else status = declinedBy(e, r) ? 'cancelled' : 'booked';
    const signal: MeetingSignal = {
      kind: 'meeting',
      status,
      startsAt: new Date(start).toISOString(),
      ...(a.subject ? { subject: a.subject } : {}),
      refs: [activityRef(r)],
    };
    if (status === 'missed' || status === 'cancelled') {
      const rebook =
        meetings.find(
          (m) =>
            m !== r &&
            startOf(m.activity) > start &&
            m.activity.status !== 'cancelled' &&
            m.activity.status !== 'no_show',
        ) ?? e.timeline.find((x) => x.activity.type === 'call' && x.at > start && isConversation(x, e.gate));
      if (rebook) signal.rebookedBy = rebook.activity.id;
    }
    out.push(signal);
  }
  // A time agreed in mail ("Wednesday at 2pm works") is a booking even before the invite is logged.
  const bookedDays = new Set(out.map((m) => localTime(Date.parse(m.startsAt), e.zone).day));
  for (const r of e.timeline) {
    if (r.activity.type !== 'email' || r.automated) continue;
    for (const s of r.sentences) {
      if (s.question || !hasCue(s, 'confirm') || e.ignored.has(s) || !CONFIRMED.test(s.lower)) continue;
      const d = datesIn(s.lower, r.written).find((m) => m.precision === 'day' && m.from >= r.written.day);
      if (!d || bookedDays.has(d.from)) continue;
      if (e.gate.reached(startOfLocalDay(d.from + 1, e.zone))) continue;
      bookedDays.add(d.from);
      out.push({
        kind: 'meeting',
        status: 'booked',
        startsAt: new Date(startOfLocalDay(d.from, e.zone)).toISOString(),
        subject: `agreed in mail for ${formatDay(d.from)}`,
        refs: [activityRef(r)],
        span: sentenceSpan(r, s),
      });
    }
  }
  return out;
}
