/** Dates: a contract end, a budget date or a deadline a draft states must be the one on record. */

import { addMonths, dayFromParts, parseDay, partsOfDay, weekdayOf } from '../../dates/calendar.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import { type DateFigure, extractFigures, type MonthFigure } from '../text/figures.ts';
import { dayInZone, zonesNamedIn, zonesOfAddress } from '../text/time-zones.ts';
import { CONDITIONAL } from './plan-figures.ts';

const FACT_DATE =
  /\b(?:contract|subscription|agreement|term|renew\w*|expir\w*|ends?|ending|runs? (?:through|until|till|to)|through|until|signed|invoice\w*|due|budget|fiscal|go[\s-]?live|launch\w*|start date|effective|valid|price|pricing|quote|opens?|closes?|freeze|finish(?:es|ed)?|trial|pilot)\b/gi;
const PLAN_DATE =
  /\b(?:meet\w*|call|chat|talk|speak|demo|session|walk ?through|workshop|catch up|sync|available|availability|free|open for|slot|calendar|invite|book|schedule|reschedule|work(?:s)? for|how about|suit|see you|visit|on-?site|kick-?off|join|I'll|I will|I can|I'd|we'll|we will|we can|let me|I'm going to|I plan to|send|get (?:it|this|that|them|the \w+) (?:to|over)|follow up|circle back|check in|reach out|touch base|by|before|ahead of|prior to|expect)\b/gi;
const MONTH_END =
  /\b(?:ends?|ending|expires?|expiring|expiry|runs? (?:through|until|till|to|out)|renews?|renewing|renewal (?:date )?is|is up|(?:comes?|coming) up(?: for renewal)?|is due|falls due|lapses?|terminates?|wraps? up)\s+(?:on\s+|in\s+|at\s+)?(?:(?:the\s+)?(?:end|start|beginning|middle|last day|final day) of\s+|early\s+|mid-?\s*|late\s+)?$/i;
const CONTRACT =
  /\b(?:contract|subscription|agreement|term|licen[cs]es?|renewal|plan|seats?|orders?|co-term\w*)\b/i;

// "your order's end on", "your current contract ends": the end of the contract in force, which no
// term to come moves.
const CURRENT_END =
  /\byour\s+(?:current\s+|existing\s+|present\s+)?(?:contract|order|subscription|agreement|term)(?:'s|’s)?\s+(?:end|ends|ending|expiry|expires|runs? (?:through|until|till|to))\s+(?:on\s+)?(?:the\s+)?$/i;

// "for a contract ending on 31 December 2027", "say a term starting 1 March": a date supposed to show
// how a rule works out, not one the deal is said to have.
const SUPPOSED =
  /\b(?:for|say|if|suppose|imagine|e\.g\.)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}(?:term|contract|subscription|renewal|order form)\s+(?:that\s+)?(?:ending|ends|starting|starts|running|runs)\s+(?:on\s+|until\s+|to\s+)?(?:the\s+)?$/i;

// "31/10/2026": a numeric date that can only be read day first, which tells how the draft writes them.
const DAY_FIRST = /\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:19|20)?\d{2}\b/;

/** The day after an ISO date, as month, day and year. */
function nextDay(iso: string | undefined): { month: number; day: number; year: number } | undefined {
  return iso ? partsOfDay(parseDay(iso.slice(0, 10)) + 1) : undefined;
}

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
  if (SUPPOSED.test(before)) return weekdayProblem(index, figure, at);
  const end = deal.contractEnd;
  // "Your contract ends on …" must give the contract's end date, not just any date on record.
  if (end && CONTRACT.test(clause.text) && MONTH_END.test(before.replace(/\b(?:on|the)\s*$/i, ''))) {
    // "30 June 2027" is not the 30 June 2026 on record, unless a term to come is counted to it.
    const endYear = Number(deal.opportunity.contractEndDate?.slice(0, 4));
    // "renews on 1/11/2026" after "ends 31/10/2026": the day after the end, written day first as the
    // draft's other dates are.
    const [month, day] =
      figure.ambiguous && DAY_FIRST.test(text) ? [figure.day, figure.month] : [figure.month, figure.day];
    const renewsOn = /\brenew\w*\s+(?:on\s+)?(?:the\s+)?$/i.test(before);
    const next = nextDay(deal.opportunity.contractEndDate);
    const right =
      ((month === end.month && day === end.day) ||
        (renewsOn && next !== undefined && month === next.month && day === next.day)) &&
      (!figure.year ||
        figure.year === endYear ||
        (renewsOn && figure.year === next?.year) ||
        (!CURRENT_END.test(before) && countedFromAnchor(index, deal, clause, figure)));
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
  const weekday = weekdayProblem(index, figure, at);
  // "unless notice is given by January 1": the day the notice period counts back to from the end of
  // the term, not any date a document happens to give.
  const { contractEndDate } = deal.opportunity;
  const notice = noticeDays(deal);
  // "notice at least 90 days before June 30" names the end the notice counts back from, not the deadline.
  const anchor = /\b(?:days?|weeks?|months?)['’]?\s+(?:before|prior to)\s+(?:\w+,?\s+)?(?:the\s+)?$/i.test(
    before,
  );
  if (contractEndDate && notice.length > 0 && NOTICE_BY.test(before) && !anchor) {
    if (countedFromAnchor(index, deal, clause, figure)) return weekday;
    return finding(
      'claim',
      'block',
      at,
      'date',
      `${figure.text} is not the notice deadline: ${notice.join(' or ')} days before the term ends ${contractEndDate}`,
      end?.citation,
    );
  }
  const supported = dateKeys(figure).some(
    (k) => deal.crm.dates.has(k) || deal.thread.dates.has(k) || deal.facts.dates.has(k),
  );
  if (supported || countedFromAnchor(index, deal, clause, figure)) return weekday;
  // "See you at our call on May 20" when the call on record is May 19.
  const meeting = bookedMeetingProblem(deal, clause, figure, at);
  if (meeting) return meeting;
  // "If they start on 1 May, the prorated charge to the end date…": a date supposed, no fact stated.
  if (CONDITIONAL.test(before)) return weekday;
  const after = text.slice(figure.end, clause.end);
  const fact = lastMatch(FACT_DATE, before);
  const plan = lastMatch(PLAN_DATE, before);
  // The nearest cue before the date decides; with none before it, only a fact named after it does
  // ("May 15 is your renewal date"). A bare date ("back in the office on March 16") states nothing.
  // "unless notice is given by December 12" states the contract's deadline, whatever "by" says elsewhere.
  const isFact =
    fact > plan || (fact < 0 && plan < 0 && lastMatch(FACT_DATE, after) >= 0) || NOTICE_BY.test(before);
  if (!isFact) return weekday;
  const reason = end
    ? `${figure.text} is not a date on record (the contract ends ${deal.opportunity.contractEndDate}; the deal closes ${deal.opportunity.closeDate})`
    : `${figure.text} is not a date on record (the deal closes ${deal.opportunity.closeDate}) nor one the thread mentions`;
  return finding('claim', 'block', at, 'date', reason, end?.citation);
}

/**
 * "Renews on 30 November unless either side gives 60 days' notice, so 1 October is the date": a date
 * worked out from a date on record, or one the same sentence states ("21 days from 1 October, so it
 * ends on 21 October"), and a period the sentence states. From a date on record, a sentence about a
 * term to come may also count a length the documents offer ("for a term ending 31 October 2027").
 * Days are counted either way a writer may count them: with the first day or without it.
 */
function countedFromAnchor(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: DateFigure,
): boolean {
  const { contractEndDate, closeDate, nextStepDate } = deal.opportunity;
  const records = [contractEndDate, closeDate, nextStepDate].flatMap((iso) => (iso ? [parseDay(iso)] : []));
  const sentenceFigures = extractFigures(clause.sentence.text);
  const stated = sentenceFigures.flatMap((f) =>
    f.type === 'date' && !f.ambiguous && (f.month !== figure.month || f.day !== figure.day)
      ? [dayOf(index, f)]
      : [],
  );
  const periods = sentenceFigures.flatMap((f) => (f.type === 'duration' ? [f] : []));
  const terms = NEXT_TERM.test(clause.sentence.text) ? offeredTermMonths(deal) : [];
  // A date written without its year is read forward: a year before the next step is no day it names.
  const earliest = parseDay(index.asOf) - 60;
  // "1/10/2026" may be read either way round: either reading counted from the anchor will do.
  const hits = (day: number) => {
    const p = partsOfDay(day);
    const sameDay =
      (p.month === figure.month && p.day === figure.day) ||
      (figure.ambiguous === true && p.month === figure.day && p.day === figure.month);
    return sameDay && (figure.year ? p.year === figure.year : day >= earliest);
  };
  const counted = (anchor: number, days: number | undefined, months: number | undefined) =>
    days !== undefined
      ? [anchor - days, anchor + days, anchor - days + 1, anchor + days - 1]
      : months !== undefined
        ? // "36 months, January 1, 2027 through December 31, 2029": a term ends the day before its anniversary.
          [
            addMonths(anchor, -months),
            addMonths(anchor, months),
            addMonths(anchor, months) - 1,
            addMonths(anchor, -months) + 1,
          ]
        : [];
  const fromPeriods = (anchor: number) =>
    periods.some((p) => {
      const days = p.unit === 'day' ? p.value : p.unit === 'week' ? p.value * 7 : undefined;
      const months = p.unit === 'month' ? p.value : p.unit === 'year' ? p.value * 12 : undefined;
      return counted(anchor, days, months).some(hits);
    });
  const end = contractEndDate ? parseDay(contractEndDate) : undefined;
  // Notice counted back from the end of the term by the documented notice period, the way a writer
  // counts it: with the last day, without it, or one more.
  const byNotice =
    end !== undefined &&
    /\bnotice\b/i.test(clause.sentence.text) &&
    noticeDays(deal).some((d) => [end - d, end - d + 1, end - d - 1].some(hits));
  // "This quote is valid until 15 October" where quotes are valid for 30 days: counted from today.
  const today = parseDay(index.asOf.slice(0, 10));
  const byValidity =
    VALID_UNTIL.test(clause.sentence.text) &&
    [...deal.facts.durationContexts].some(
      ([d, contexts]) =>
        contexts.some((c) => /\bvalid\b/i.test(c.citation.quote ?? '')) &&
        [today + d, today + d - 1, today + d + 1].some(hits),
    );
  return (
    byNotice ||
    byValidity ||
    [...records, ...stated].some(fromPeriods) ||
    records.some((r) => terms.some((m) => counted(r, undefined, m).some(hits)))
  );
}

// "valid until", "this pricing holds until", "the quote expires on": how long an offer stands.
const VALID_UNTIL = /\b(?:valid|good|holds?|stands?|open)\b[^.;]*\b(?:until|till|through|to)\b|\bexpires?\b/i;

// "notice is given by", "notice of non-renewal … before": a deadline the contract sets, not a plan.
const NOTICE_BY =
  /^(?:(?!\b(?:I|we)(?:'ll| will| can| shall)\b).)*\bnotice\b(?:[^.;:!?]*?\b(?:by|before|until|no later than)|\s+deadline\s+(?:is|of|falls on))\s+(?:\w+,?\s+)?(?:the\s+)?$/is;

/**
 * The notice periods the documents give, in days ("renews unless notice is given 60 days before the
 * end"): the account's own order form's where it gives one, else every notice period on the pages.
 */
function noticeDays(deal: DealContext): number[] {
  const own = deal.facts.contractMeasures.filter((m) => m.kind === 'duration' && m.stems.has('notic'));
  if (own.length > 0) return [...new Set(own.map((m) => m.value))];
  return [...deal.facts.durationContexts].flatMap(([d, contexts]) =>
    contexts.some((c) => /\bnotice\b/i.test(c.citation.quote ?? '')) ? [d] : [],
  );
}

/** The day a date figure names, a year-less one read as the next such day from the index's today. */
function dayOf(index: GuardIndex, f: DateFigure): number {
  const today = parseDay(index.asOf);
  const year = f.year ?? Number(index.asOf.slice(0, 4));
  const day = dayFromParts(year, f.month, f.day);
  return f.year || day >= today - 60 ? day : dayFromParts(year + 1, f.month, f.day);
}

// "A new 24-month term", "renewed for another term", "for a term ending…": a term still to come, whose
// end a writer counts; "your contract runs until…" states the current one's and must match the record.
const NEXT_TERM =
  /\b(?:new|next|another|further|renew\w*|extend\w*|would|if|for an? (?:\d+-\w+ )?(?:term|contract|subscription))\b/i;

// "Terms of 12, 24 or 36 months", "subscriptions run for 12 months": lengths a contract may run.
const TERM_OFFER = /\b(?:terms?|subscriptions?|contracts?|order forms?|renew\w*)\b/i;

/** The contract lengths, in months, the documents, programmes or approvals give the deal. */
function offeredTermMonths(deal: DealContext): number[] {
  const days = [
    ...[...deal.facts.durationContexts].flatMap(([d, contexts]) =>
      contexts.some((c) => TERM_OFFER.test(c.citation.quote ?? '')) ? [d] : [],
    ),
    ...deal.facts.discounts.programmes.flatMap((p) => (p.durationDays === undefined ? [] : [p.durationDays])),
    ...deal.approvals.flatMap((a) => (a.durationDays === undefined ? [] : [a.durationDays])),
  ];
  // A year is 360 days here, so whole years of terms come out as whole months.
  return [...new Set(days.filter((d) => d >= 360 && d % 360 === 0).map((d) => d / 30))];
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
    'block',
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

// "Thanks for the call on Tuesday": a call that has happened, not the one booked ahead.
const LOOKS_BACK =
  /\b(?:thanks?(?: you)? for (?:the|our|your|a)\s+(?:\w+\s+)?(?:call|chat|meeting|demo|conversation|time)|(?:good|great|nice) (?:to )?(?:speak|speaking|talk|talking|meet|meeting|catch|catching) (?:up )?(?:with you )?on|enjoyed (?:the|our)|as (?:we )?discussed on|we (?:spoke|talked|met) on)\b/i;

/** "See you Thursday for our call" when the call on record is on a Tuesday this week or next. */
const DAY_OF_MONTH = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/gi;

export function meetingWeekdayProblems(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
): GuardFinding[] {
  if (deal.meetings.length === 0 || clause.figures.some((f) => f.type === 'date')) return [];
  if (!BOOKED.test(clause.sentence.text) || clause.question || LOOKS_BACK.test(clause.sentence.text))
    return [];
  if (
    /\b(?:could|can|would|shall|how about|what about|instead|move|reschedul\w*|another|new time|or)\b/i.test(
      clause.sentence.text,
    )
  )
    return [];
  const today = parseDay(index.asOf);
  const days = meetingDays(deal, clause.sentence.text).map(parseDay);
  // A weekday named alone is one of the coming fortnight's.
  const upcoming = days.filter((d) => d >= today && d - today <= 14);
  const said = [
    ...(upcoming.length === 0 ? [] : [...clause.text.matchAll(WEEKDAY_NAME)]).map((m) => ({
      m,
      on: (d: number) =>
        upcoming.includes(d) &&
        weekdayOf(d) ===
          ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(m[1]!),
    })),
    // "on the 23rd": a day of the month, the meeting's month understood.
    ...[...clause.text.matchAll(DAY_OF_MONTH)].map((m) => ({
      m,
      on: (d: number) => partsOfDay(d).day === Number(m[1]),
    })),
  ];
  const findings: GuardFinding[] = [];
  for (const { m, on } of said) {
    if (days.some(on)) continue;
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
