/**
 * Clock times a draft gives a booked meeting: "Thursday, 10 December, 14:00" must be when the meeting
 * on that day starts where one of its readers is (the attendees' countries, a zone the sentence names)
 * or in UTC. A time proposed, asked about or said in the writer's own time is no statement of it.
 */
import { parseDay, partsOfDay, weekdayOf } from '../../dates/calendar.ts';
import { localTime, UTC, zoneNamed } from '../../dates/zone.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import { extractFigures } from '../text/figures.ts';
import { clockTimes, dayRanges } from '../text/service-hours.ts';
import { zonesNamedIn, zonesOfAddress } from '../text/time-zones.ts';

type Meeting = NonNullable<DealContext['meetingStarts']>[number];

const PROPOSING =
  /\b(?:could|can|would|shall|how about|what about|instead|move|moved|reschedul\w*|another|new time|free|available|availability|suit|works? for|or|if)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_NAME = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
// "Thursday, 10 December, 14:00", "on 5 March at 3pm": a time said right after the day is when the
// meeting starts; one said further on ("Graham leaves at 11:30") may be anything of that day.
const DAY_THEN_TIME = /^[\s,]*(?:(?:at|from|(?:starts?|begins?|kicks? off) at)\s+)?$/i;
// A weekday named alone means the meeting of the next fortnight on that day.
const WEEKDAY_REACH = 14;

const SAID_ZONE = /\b(your|their|my|our) time\b/i;
const sellerAddresses = (index: GuardIndex) => index.sellerDomains.map((d) => `@${d}`);

/** The zones a meeting's time may be given in: UTC, the attendees' countries and the seller's own. */
function readerZones(index: GuardIndex, meeting: Meeting): string[] {
  const addresses = [...meeting.attendees, ...sellerAddresses(index)];
  return [...new Set(['UTC', ...addresses.flatMap(zonesOfAddress), ...(meeting.zones ?? [])])];
}

/** Whether the sentence names the day the meeting falls on in `zone`, by date or by weekday. */
function namesDay(index: GuardIndex, sentence: string, meeting: Meeting, zone: string): boolean {
  const ms = Date.parse(meeting.startsAt);
  const day = localTime(ms, zoneNamed(zone) ?? UTC).day;
  const { month, day: date } = partsOfDay(day);
  const dated = extractFigures(sentence).some(
    (f) => f.type === 'date' && f.month === month && f.day === date && !f.ambiguous,
  );
  if (dated) return true;
  const ahead = day - parseDay(index.asOf);
  if (ahead < 0 || ahead > WEEKDAY_REACH) return false;
  return [...sentence.matchAll(WEEKDAY_NAME)].some(
    (m) => WEEKDAYS.indexOf(m[1]!.toLowerCase()) === weekdayOf(day),
  );
}

/** The booked meetings a passage names by their day, in any of their readers' zones. */
export function meetingsNamedIn(index: GuardIndex, deal: DealContext, passage: string): Meeting[] {
  return (deal.meetingStarts ?? []).filter((m) =>
    readerZones(index, m).some((zone) => namesDay(index, passage, m, zone)),
  );
}

// "11:00 US Eastern", "9am (AWST)", "10:00 Lisbon time": a time followed by a zone's name or code.
const ZONE_AFTER = /^\s*\(?\s*(?:[A-Z]{2,5}\b|[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*(?:\s+time)?\b)/;

/** A time said in a zone this reader does not know: no statement it can weigh. */
function inUnknownZone(time: string, after: string): boolean {
  const zone = ZONE_AFTER.exec(after);
  if (!zone || /^\s*\(?\s*(?:in|on|at|with)\b/i.test(zone[0])) return false;
  return zonesNamedIn(`${time}${zone[0]}`).length === 0;
}

/** Where each day the sentence names (a date or a weekday) ends. */
function dayMentionEnds(sentence: string): number[] {
  return [
    ...extractFigures(sentence).flatMap((f) => (f.type === 'date' ? [f.end] : [])),
    ...[...sentence.matchAll(WEEKDAY_NAME)].map((m) => m.index + m[0].length),
  ];
}

export function meetingTimeProblems(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
): GuardFinding[] {
  const meetings = deal.meetingStarts ?? [];
  const sentence = clause.sentence.text;
  // "Monday to Friday, 8 a.m. to 8 p.m. Eastern": hours kept every week, not a meeting's time.
  if (meetings.length === 0 || clause.question || PROPOSING.test(sentence) || dayRanges(sentence).length > 0)
    return [];
  const times = clockTimes(clause.text);
  if (times.length === 0) return [];
  const named = zonesNamedIn(sentence);
  const dated = meetings.filter((m) =>
    [...named, ...readerZones(index, m)].some((z) => namesDay(index, sentence, m, z)),
  );
  // A sentence dating two meetings, or none, says nothing of which one a time belongs to.
  if (dated.length !== 1) return [];
  const meeting = dated[0]!;
  const ms = Date.parse(meeting.startsAt);
  // A zone the sentence names is the one its times are in; "your time" is the attendees', "my time"
  // the seller's, and said where their addresses give no zone, a time in it is none this reader can weigh.
  const said = SAID_ZONE.exec(sentence)?.[1]?.toLowerCase();
  const theirs =
    said === undefined
      ? []
      : said === 'your' || said === 'their'
        ? meeting.attendees
        : sellerAddresses(index);
  const own = [...new Set(theirs.flatMap(zonesOfAddress))];
  if (named.length === 0 && said !== undefined && own.length === 0) return [];
  const zones = named.length > 0 ? named : said !== undefined ? own : readerZones(index, meeting);
  const starts = zones.map((z) => localTime(ms, zoneNamed(z) ?? UTC).minute);
  const offset = clause.start - clause.sentence.start;
  const days = dayMentionEnds(sentence);
  const findings: GuardFinding[] = [];
  for (const time of times) {
    const at = offset + time.start;
    const dayEnd = Math.max(-1, ...days.filter((end) => end <= at));
    if (dayEnd < 0 || !DAY_THEN_TIME.test(sentence.slice(dayEnd, at))) continue;
    if (inUnknownZone(time.text, clause.text.slice(time.end, time.end + 30))) continue;
    if (starts.includes(time.minutes)) continue;
    const start = clause.start + time.start;
    findings.push(
      finding(
        'claim',
        'block',
        { field: clause.field, start, end: start + time.text.length, text: time.text },
        'meeting_time',
        `${time.text}: the meeting on record starts at ${meeting.startsAt} (UTC)`,
      ),
    );
  }
  return findings;
}
