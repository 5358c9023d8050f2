/** Dates: a contract end, a budget date or a deadline a draft states must be the one on record. */
import { addMonths, dayFromParts, parseDay, partsOfDay, weekdayOf } from '../../dates/calendar.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import { type DateFigure, extractFigures, type MonthFigure } from '../text/figures.ts';
import { dayInZone, zonesNamedIn, zonesOfAddress } from '../text/time-zones.ts';

const FACT_DATE =
  /\b(?:contract|subscription|agreement|term|renew\w*|expir\w*|ends?|ending|runs? (?:through|until|till|to)|through|until|signed|invoice\w*|due|budget|fiscal|go[\s-]?live|launch\w*|start date|effective|valid|price|pricing|quote|opens?|closes?|freeze)\b/gi;
const PLAN_DATE =
  /\b(?:meet\w*|call|chat|talk|speak|demo|session|walk ?through|workshop|catch up|sync|available|availability|free|open for|slot|calendar|invite|book|schedule|reschedule|work(?:s)? for|how about|suit|see you|visit|on-?site|kick-?off|join|I'll|I will|I can|I'd|we'll|we will|we can|let me|I'm going to|I plan to|send|get (?:it|this|that|them|the \w+) (?:to|over)|follow up|circle back|check in|reach out|touch base|by|before|ahead of|prior to|expect)\b/gi;
const MONTH_END =
  /\b(?:ends?|ending|expires?|expiring|expiry|runs? (?:through|until|till|to|out)|renews?|renewing|renewal (?:date )?is|is up|(?:comes?|coming) up(?: for renewal)?|is due|falls due|lapses?|terminates?|wraps? up)\s+(?:on\s+|in\s+|at\s+)?(?:(?:the\s+)?(?:end|start|beginning|middle) of\s+|early\s+|mid-?\s*|late\s+)?$/i;
const CONTRACT = /\b(?:contract|subscription|agreement|term|licen[cs]es?|renewal|plan|seats?)\b/i;

function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

function dateKeys(f: DateFigure): string[] {
  const readings = f.ambiguous
    ? [
        [f.month, f.day],
        [f.day, f.month],
      ]
    : [[f.month, f.day]];
  return readings.map(([m, d]) => (f.year ? `${f.year}-${m}-${d}` : `${m}-${d}`));
}

export function dateProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: DateFigure,
  text: string,
  at: { field: DraftClause['field']; start: number; end: number; text: string },
): GuardFinding | undefined {
  const before = text.slice(clause.start, figure.start);
  const end = deal.contractEnd;
  // "Your contract ends on …" must give the contract's end date, not just any date on record.
  if (end && CONTRACT.test(clause.text) && MONTH_END.test(before.replace(/\b(?:on|the)\s*$/i, ''))) {
    const right = figure.month === end.month && figure.day === end.day;
    if (right) return weekdayProblem(index, figure, at);
    return finding(
      'claim',
      'block',
      at,
      'date',
      `${figure.text}: the contract ends ${deal.opportunity.contractEndDate}`,
      end.citation,
    );
  }
  const supported = dateKeys(figure).some(
    (k) => deal.crm.dates.has(k) || deal.thread.dates.has(k) || deal.facts.dates.has(k),
  );
  const weekday = weekdayProblem(index, figure, at);
  if (supported || countedFromRecord(deal, clause, figure)) return weekday;
  // "See you at our call on May 20" when the call on record is May 19.
  const meeting = bookedMeetingProblem(deal, clause, figure, at);
  if (meeting) return meeting;
  const after = text.slice(figure.end, clause.end);
  const fact = lastMatch(FACT_DATE, before);
  const plan = lastMatch(PLAN_DATE, before);
  // The nearest cue before the date decides; with none before it, only a fact named after it does
  // ("May 15 is your renewal date"). A bare date ("back in the office on March 16") states nothing.
  const isFact = fact > plan || (fact < 0 && plan < 0 && lastMatch(FACT_DATE, after) >= 0);
  if (!isFact) return weekday;
  const reason = end
    ? `${figure.text} is not a date on record (the contract ends ${deal.opportunity.contractEndDate}; the deal closes ${deal.opportunity.closeDate})`
    : `${figure.text} is not a date on record (the deal closes ${deal.opportunity.closeDate}) nor one the thread mentions`;
  return finding('claim', 'block', at, 'date', reason, end?.citation);
}

/**
 * "Renews on 30 November unless either side gives 60 days' notice, so 1 October is the date": a date
 * worked out from a date on record and a period the same sentence states.
 */
function countedFromRecord(deal: DealContext, clause: DraftClause, figure: DateFigure): boolean {
  const { contractEndDate, closeDate, nextStepDate } = deal.opportunity;
  const records = [contractEndDate, closeDate, nextStepDate].flatMap((iso) => (iso ? [parseDay(iso)] : []));
  const periods = extractFigures(clause.sentence.text).flatMap((f) => (f.type === 'duration' ? [f] : []));
  const hits = (day: number) => {
    const p = partsOfDay(day);
    return p.month === figure.month && p.day === figure.day && (!figure.year || p.year === figure.year);
  };
  return records.some((record) =>
    periods.some((p) => {
      const days = p.unit === 'day' ? p.value : p.unit === 'week' ? p.value * 7 : undefined;
      const months = p.unit === 'month' ? p.value : p.unit === 'year' ? p.value * 12 : undefined;
      const candidates =
        days !== undefined
          ? [record - days, record + days]
          : months !== undefined
            ? [addMonths(record, -months), addMonths(record, months)]
            : [];
      return candidates.some(hits);
    }),
  );
}

function weekdayProblem(
  index: GuardIndex,
  figure: DateFigure,
  at: { field: DraftClause['field']; start: number; end: number; text: string },
): GuardFinding | undefined {
  if (figure.weekday === undefined || figure.ambiguous) return undefined;
  const today = parseDay(index.asOf);
  let year = figure.year ?? Number(index.asOf.slice(0, 4));
  // A year-less date more than two months back means next year's ("January 5" written in November).
  if (!figure.year && dayFromParts(year, figure.month, figure.day) < today - 60) year++;
  const actual = weekdayOf(dayFromParts(year, figure.month, figure.day));
  if (actual === figure.weekday) return undefined;
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return finding(
    'claim',
    'warn',
    at,
    'weekday',
    `${figure.text}: that date is a ${names[actual]} in ${year}`,
  );
}

export function monthProblem(
  deal: DealContext,
  figure: MonthFigure,
  text: string,
  block: (kind: 'claim', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
): GuardFinding | undefined {
  const end = deal.contractEnd;
  if (!end) return undefined;
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  if (
    !MONTH_END.test(
      `${before.replace(/\b(?:the\s+)?(?:end|start|beginning|middle) of\s*$/i, '').trimEnd()} `,
    ) &&
    !MONTH_END.test(before)
  ) {
    return undefined;
  }
  if (figure.month === end.month || deal.thread.months.has(figure.month)) return undefined;
  return block(
    'claim',
    'date',
    `${figure.text}: the contract ends ${deal.opportunity.contractEndDate}`,
    end.citation,
  );
}

// A reference to a meeting already booked: "our call", "the demo", "see you", "as scheduled".
const BOOKED =
  /\b(?:our|the|your|this|next|upcoming)\s+(?:[\w-]+\s+)?(?:call|meeting|demo|session|review|workshop|walkthrough|sync|catch-?up)\b|\bsee you\b|\b(?:booked|scheduled|confirmed)\b|\b(?:look|looking) forward to (?:seeing|meeting|speaking|talking|walking|catching up|our|the)\b/i;

/**
 * The days the deal's meetings fall on: in UTC, in any time zone the sentence names ("10am Sydney
 * time" puts 23:00 UTC on the 14th on the 15th) and in the attendees' own, where their addresses
 * say which country they are in.
 */
function meetingDays(deal: DealContext, sentence: string): string[] {
  const named = zonesNamedIn(sentence);
  const local = (deal.meetingStarts ?? []).flatMap((m) => {
    const zones = new Set([...named, ...m.attendees.flatMap(zonesOfAddress)]);
    return [...zones].map((z) => dayInZone(m.startsAt, z));
  });
  return [...new Set([...deal.meetings, ...local])];
}

function bookedMeetingProblem(
  deal: DealContext,
  clause: DraftClause,
  figure: DateFigure,
  at: { field: DraftClause['field']; start: number; end: number; text: string },
): GuardFinding | undefined {
  if (deal.meetings.length === 0 || !BOOKED.test(clause.sentence.text)) return undefined;
  // Proposing a new time ("could we meet on May 21?") is no statement of the booked one.
  if (
    clause.question ||
    /\b(?:could|can|would|shall|how about|what about|instead|move|reschedul\w*|another|new time)\b/i.test(
      clause.sentence.text,
    )
  )
    return undefined;
  const days = meetingDays(deal, clause.sentence.text).map(
    (d) => [Number(d.slice(5, 7)), Number(d.slice(8, 10))] as const,
  );
  const readings = figure.ambiguous
    ? [
        [figure.month, figure.day],
        [figure.day, figure.month],
      ]
    : [[figure.month, figure.day]];
  if (readings.some(([m, d]) => days.some(([mm, dd]) => mm === m && dd === d))) return undefined;
  return finding(
    'claim',
    'block',
    at,
    'meeting_date',
    `${figure.text}: the meeting on record is on ${deal.meetings.join(', ')}`,
  );
}

const WEEKDAY_NAME = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;

/** "See you Thursday for our call" when the call on record is on a Tuesday this week or next. */
export function meetingWeekdayProblems(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
): GuardFinding[] {
  if (deal.meetings.length === 0 || clause.figures.some((f) => f.type === 'date')) return [];
  if (!BOOKED.test(clause.sentence.text) || clause.question) return [];
  if (
    /\b(?:could|can|would|shall|how about|what about|instead|move|reschedul\w*|another|new time|or)\b/i.test(
      clause.sentence.text,
    )
  )
    return [];
  const today = parseDay(index.asOf);
  const upcoming = meetingDays(deal, clause.sentence.text)
    .map(parseDay)
    .filter((d) => d >= today && d - today <= 14);
  if (upcoming.length === 0) return [];
  const findings: GuardFinding[] = [];
  for (const m of clause.text.matchAll(WEEKDAY_NAME)) {
    const weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(
      m[1]!,
    );
    if (upcoming.some((d) => weekdayOf(d) === weekday)) continue;
    const start = clause.start + m.index;
    findings.push(
      finding(
        'claim',
        'block',
        { field: clause.field, start, end: start + m[0].length, text: m[0] },
        'meeting_date',
        `${m[0]}: the meeting on record is on ${deal.meetings.join(', ')}`,
      ),
    );
  }
  return findings;
}
