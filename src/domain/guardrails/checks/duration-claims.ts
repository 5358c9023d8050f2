/** Durations: a period a draft states (a trial, a retention, a response time) must be one on record. */
import { parseDay } from '../../dates/calendar.ts';
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext, FigureFacts } from '../index/deal-context.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { type FigureContext, type KnowledgeFacts, topicStems } from '../index/knowledge-facts.ts';
import { isWithinRange } from '../index/measures.ts';
import {
  isPossessiveLength,
  lengthNounAfter,
  type NamedLength,
  readNamedLengths,
} from '../index/named-lengths.ts';
import { isRequested } from '../text/claim-context.ts';
import { type DurationFigure, extractFigures } from '../text/figures.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';
import { boundPhrase, isPricedQuantity, isWorkedPeriod } from './measure-shapes.ts';
import { meetingsNamedIn } from './meeting-times.ts';

const TIME_CLAIM =
  /\b(?:keeps?|keeping|stores?|holds?|delet\w*|purg\w*|eras\w*|remov\w*|trial|live|setup|set up|set-up|implement\w*|onboard\w*|deploy\w*|install\w*|configur\w*|takes?|took|respon\w*|resol\w*|support|SLA|uptime|recover\w*|RTO|RPO|retention|retain\w*|restor\w*|migrat\w*|go[\s-]live|provision\w*|sync\w*|refresh\w*|latency|history|archive\w*|kept|stored|backups?|guarantee\w*)\b/i;
// "set up 30 minutes with our security lead" books a meeting; "setup takes 30 minutes" claims a fact.
const MEETING =
  /\b(?:call|meet\w*|chat|talk|sync|demo|session|walk ?through|catch[\s-]?up|conversation|review|workshop|time|slot|calendar|grab|find|book|with (?:me|us|our|you|your|the)|of your time)\b/i;
const STRONG_TIME_CLAIM =
  /\b(?:SLA|uptime|respon\w*|resol\w*|RTO|RPO|restor\w*|recover\w*|takes?|took|latency|refresh\w*|retention|retain\w*|backups?|live)\b/i;
const COMMERCIAL_TIME =
  /\b(?:trial|pilot|term|notice|refund|money-back|guarantee|free|payment|net|invoice|cancel\w*|commitment|contract|subscription|warranty|grace|lock\w*|price|pricing|discount)\b/i;
// "about seven weeks left": time to a date on the record, not a product term.
const TIME_LEFT =
  /\b(?:left|remaining|to go|away|until|till|before|runs? out|expires? in|ends? in|in about)\b/i;
const REQUIREMENT_AFTER =
  /^\s+(?:(?:retention|legal|regulatory|compliance|record-keeping)\s+)?(?:requirements?|obligations?|mandates?|rules?)\b/i;
const OWN_PLAN = /\b(?:I|we)\s*(?:'ll|’ll|will|can|could|would|'d|’d|am going to|'m going to)\b|\blet's\b/i;
const PROGRAMME_TERM =
  /\b(?:terms?|commit\w*|contracts?|renewals?|discount\w*|off|programmes?|programs?)\b|%/i;

// "I'm not able to commit to a five-year hold", "we can't promise a 2-hour fix": a period the writer
// refuses to commit to is no period promised. "I can't extend your 14-day trial" still states one.
const REFUSES = /\b(?:not\s+able\s+to|unable\s+to|not in a position to|can't|can’t|cannot|won't|won’t)\b/i;
const COMMITS_TO =
  /\b(?:commit(?:ting)?(?:\s+to)?|promis\w*|guarantee\w*|offer\w*|agree\w*\s+to|give|grant|accept|sign(?:\s+(?:off|up))?(?:\s+(?:on|to|for))?)\s+(?:you\s+)?(?:a|an|any)?\s*$/i;

/** The period is one the writer declines to commit to, or what someone asked for. */
function isDeclinedOrAsked(clause: string, rel: number): boolean {
  const before = clause.slice(0, rel);
  return isRequested(clause, rel) || (REFUSES.test(before) && COMMITS_TO.test(before));
}

const MEETING_NOUN = '(?:call|meeting|demo|session|review|walk-?through|workshop|sync|check-?in|catch-?up)';
// Where a period is the length of a meeting: "a 45-minute demo", "90 minutes for the demo", "the call
// runs 30 minutes", "we've blocked an hour".
// The booked meeting itself ("the demo", "our call", "Thursday's review"), not one still to book.
const NAMES_MEETING = new RegExp(
  String.raw`\b(?:the|our|your|this|that|tomorrow's|\w+day's)\s+(?:[\w-]+\s+){0,2}?${MEETING_NOUN}\b`,
  'i',
);
const A_MEETING = new RegExp(String.raw`\b${MEETING_NOUN}\b`, 'i');
const ADJECTIVE_OF = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?${MEETING_NOUN}\b`, 'i');
const LENGTH_AFTER = new RegExp(
  String.raw`^\s+(?:for|with)\s+(?:the|our|your|this|that)\s+(?:[\w-]+\s+){0,2}?${MEETING_NOUN}\b`,
  'i',
);
const LENGTH_BEFORE = new RegExp(
  String.raw`(?:\b${MEETING_NOUN}\s+(?:is|will be|runs?|lasts?|takes?)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?|\b(?:booked|blocked(?: out)?|scheduled|set aside|reserved)\s+(?:an?\s+|the\s+)?)$`,
  'i',
);
// A part of the meeting, or a change to it, is no statement of its length.
const NOT_ITS_LENGTH =
  /\b(?:first|last|final|extra|more|additional|another|spare|few|could|can|would|shall|how about|what about|instead|extend\w*|shorten\w*|move|reschedul\w*|new time|if)\b/i;

/**
 * "We've blocked 90 minutes for the demo" when the demo on record is 45 minutes: the length of a
 * booked meeting must be the one its invitation gives. `false` when the period is a meeting's length
 * that matches; `undefined` when it is no meeting's length at all.
 */
function meetingLengthProblem(
  index: GuardIndex,
  deal: DealContext,
  passage: string,
  clause: DraftClause,
  figure: DurationFigure,
  days: number,
  tolerance: number,
  block: (kind: 'claim', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
): GuardFinding | false | undefined {
  if (figure.unit !== 'minute' && figure.unit !== 'hour') return undefined;
  // "The workshop on Wednesday the 17th … It's a 30-minute session": the meeting the passage names by
  // its day, where it names one; else any booked meeting's length.
  const named = meetingsNamedIn(index, deal, passage).filter((m) => m.lengthDays !== undefined);
  const lengths = (named.length > 0 ? named : (deal.meetingStarts ?? [])).flatMap((m) =>
    m.lengthDays === undefined ? [] : [m.lengthDays],
  );
  if (lengths.length === 0 || clause.question || clause.field === 'subject') return undefined;
  const rel = figure.start - clause.start;
  const before = clause.text.slice(Math.max(0, rel - 40), rel);
  const after = clause.text.slice(rel + figure.text.length, rel + figure.text.length + 50);
  const isLength =
    (figure.adjectival && ADJECTIVE_OF.test(after)) || LENGTH_AFTER.test(after) || LENGTH_BEFORE.test(before);
  // "It's a 30-minute session" after the sentence that named the meeting by its day.
  const namesMeeting =
    NAMES_MEETING.test(clause.sentence.text) || (named.length > 0 && A_MEETING.test(clause.sentence.text));
  if (!isLength || !namesMeeting || NOT_ITS_LENGTH.test(clause.sentence.text)) return undefined;
  if (lengths.some((l) => sameDuration(l, days, tolerance))) return false;
  const minutes = lengths.map((l) => `${Math.round(l * 1440)} minutes`).join(' or ');
  return block('claim', 'meeting_length', `${figure.text}: the meeting on record is ${minutes}`);
}

const namedLengthsCache = new WeakMap<KnowledgeFacts, Map<string, NamedLength[]>>();

function namedLengthsOf(facts: KnowledgeFacts): Map<string, NamedLength[]> {
  let found = namedLengthsCache.get(facts);
  if (!found) {
    const sentences = [...facts.durationContexts.values()].flatMap((cs) =>
      cs.flatMap((c) => (c.citation.quote ? [{ text: c.citation.quote, citation: c.citation }] : [])),
    );
    found = readNamedLengths(sentences);
    namedLengthsCache.set(facts, found);
  }
  return found;
}

// "the pilot lasts 30 days", "a pilot of two weeks": the thing named before its length.
const NAMED_BEFORE =
  /\b([a-z][a-z-]{2,})\s+(?:is|lasts?|runs?|will (?:last|run|be)|of)\s+(?:for\s+)?(?:a\s+|about\s+|around\s+|only\s+|just\s+)?$/i;

/**
 * "The pilot is a 30-day one" when the documents offer a 21-day pilot: the length of a thing the
 * documents name by its length must be theirs, or one the deal's own thread gives it.
 */
function namedLengthProblem(
  deal: DealContext,
  clause: DraftClause,
  figure: DurationFigure,
  days: number,
  tolerance: number,
  block: (kind: 'claim', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
): GuardFinding | undefined {
  if (clause.field === 'subject' || clause.question) return undefined;
  const lengths = namedLengthsOf(deal.facts);
  if (lengths.size === 0) return undefined;
  const rel = figure.start - clause.start;
  const before = clause.text.slice(0, rel);
  const end = rel + figure.text.length;
  let noun =
    figure.adjectival || isPossessiveLength(clause.text, end) ? lengthNounAfter(clause.text, end) : undefined;
  // "the pilot is a 30-day one": the thing the sentence already named.
  if (figure.adjectival && /^\s+one\b/i.test(clause.text.slice(rel + figure.text.length)))
    noun = stems(before)
      .filter((w) => lengths.has(w))
      .pop();
  if (!noun && !figure.adjectival) {
    const m = NAMED_BEFORE.exec(before);
    noun = m ? stems(m[1]!)[0] : undefined;
  }
  const documented = noun ? lengths.get(noun) : undefined;
  if (!documented || documented.some((l) => sameDuration(l.days, days, tolerance))) return undefined;
  const ownThread = deal.thread.durationContexts.some(
    (c) => c.stems.has(noun!) && sameDuration(c.days, days, tolerance),
  );
  if (ownThread || CONDITIONAL_LENGTH.test(clause.sentence.text)) return undefined;
  return block(
    'claim',
    'duration',
    `${figure.text}: the documents give it ${documented.map((l) => `${Math.round(l.days)} days`).join(' or ')}`,
    documented[0]!.citation,
  );
}

// "if you need a 30-day pilot instead": asking for another length claims nothing about the offer.
const CONDITIONAL_LENGTH =
  /\b(?:instead|extend\w*|extension|longer|shorter|custom|ask\w*|request\w*|if you(?:'d| would)? (?:need|want|prefer|like)|would you (?:like|prefer))\b/i;

/** "Your contract has about three months left": the time from now to a date on the record. */
function untilRecordDate(index: GuardIndex, deal: DealContext, days: number): boolean {
  const today = parseDay(index.asOf);
  const { contractEndDate, closeDate, nextStepDate } = deal.opportunity;
  return [contractEndDate, closeDate, nextStepDate].some((iso) => {
    if (!iso) return false;
    const left = parseDay(iso) - today;
    return left > 0 && Math.abs(left - days) <= Math.max(3, left * 0.12);
  });
}

/**
 * "from May 1 to the end of your term on September 30, which is five months": the span between two
 * dates the passage states before it is worked out, not a term of ours. Dates without a year are
 * read in today's year, and a later date that reads earlier rolls over to the next year.
 */
function isSpanBetweenDates(index: GuardIndex, text: string, days: number): boolean {
  const year = Number(index.asOf.slice(0, 4));
  const dates = extractFigures(text).flatMap((f) =>
    f.type === 'date' && !f.ambiguous ? [{ ...f, year: f.year ?? year }] : [],
  );
  const dayOf = (d: { year: number; month: number; day: number }) =>
    parseDay(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
  for (let i = 0; i < dates.length; i++)
    for (let j = i + 1; j < dates.length; j++) {
      let span = dayOf(dates[j]!) - dayOf(dates[i]!);
      if (span < 0 && dates[j]!.year === year) span += 365;
      // Inclusive of both days ("May 1 to September 30" is 153 days, five months), or not.
      if (span > 0 && [span, span + 1].some((s) => Math.abs(s - days) <= Math.max(3, s * 0.05))) return true;
    }
  return false;
}

export function durationProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: DurationFigure,
  block: (kind: 'claim', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
  /** The clause's sentence and the one before, where the meeting it speaks of may be named by its day. */
  passage = clause.sentence.text,
): GuardFinding | undefined {
  const days = durationInDays(figure.value, figure.unit);
  // "24 hours a day, five days a week" is a schedule, not a period anyone promised.
  const text = clause.field === 'subject' ? '' : clause.text;
  const rel = figure.start - clause.start;
  if (
    rel >= 0 &&
    /^\s*(?:a|per|each|every)\s+(?:day|week|month|year)\b/i.test(text.slice(rel + figure.text.length))
  )
    return undefined;
  if (rel >= 0 && isPricedQuantity(text, rel + figure.text.length)) return undefined;
  if (isWorkedPeriod(clause.sentence.text, figure.start - clause.sentence.start, days)) return undefined;
  if (rel >= 0 && isDeclinedOrAsked(text, rel)) return undefined;
  // "for a five-year requirement your team would need to keep those exports": their rule, not our term.
  if (
    rel >= 0 &&
    REQUIREMENT_AFTER.test(text.slice(rel + figure.text.length)) &&
    !/\bour\s+$/i.test(text.slice(Math.max(0, rel - 5), rel))
  )
    return undefined;
  const length = meetingLengthProblem(
    index,
    deal,
    passage,
    clause,
    figure,
    days,
    index.config.durationTolerance,
    block,
  );
  if (length !== undefined) return length || undefined;
  const named = namedLengthProblem(deal, clause, figure, days, index.config.durationTolerance, block);
  if (named) return named;
  const words = new Set(stems(clause.text));
  const short = figure.unit === 'minute' || figure.unit === 'hour';
  const known = (map: FigureFacts['durations']) =>
    [...map.keys()].some((d) => sameDuration(d, days, index.config.durationTolerance));
  // "Your median first response was 42 minutes": a time the account's usage on record measured.
  if (known(deal.crm.durations)) return undefined;
  const strong = STRONG_TIME_CLAIM.test(clause.text);
  // "I'll keep it to 30 minutes": the writer plans their own time, the product promises nothing.
  // "Would 20 minutes on Thursday work?" proposes the writer's meeting; it asserts nothing.
  const ownPlan =
    short && !strong && (OWN_PLAN.test(clause.text) || clause.question || known(deal.thread.durations));
  // A term a documented programme is priced on ("12% off on a three-year term") is an offer on the
  // price list, whatever term the customer's current contract ran for.
  // So is the term an approval on record is for ("15% on a 36-month term"): the deal's to state.
  const offeredTerm = [...deal.facts.discounts.programmes, ...deal.approvals].some(
    (p) => p.durationDays !== undefined && sameDuration(p.durationDays, days, index.config.durationTolerance),
  );
  if (offeredTerm && PROGRAMME_TERM.test(clause.sentence.text)) return undefined;
  const matters = ownPlan
    ? false
    : short
      ? TIME_CLAIM.test(clause.text) && (!MEETING.test(clause.text) || strong)
      : figure.unit === 'day' || figure.unit === 'week'
        ? TIME_CLAIM.test(clause.text) || COMMERCIAL_TIME.test(clause.text)
        : figure.adjectival || TIME_CLAIM.test(clause.text) || COMMERCIAL_TIME.test(clause.text);
  if (!matters) {
    // Restating what the customer said ("redlines in about three weeks") must keep their number.
    const comparable = (c: { days: number }) =>
      Math.max(c.days, days) / Math.min(c.days, days) <= index.config.restatedDurationFactor;
    // A meeting's length ("Studio demo (45 min)") is only ever a meeting's: see meetingLengthProblem.
    const meetings = new Set((deal.meetingStarts ?? []).map((m) => m.id));
    const context = deal.thread.durationContexts.filter(
      (c) => comparable(c) && !meetings.has(c.citation.id) && [...c.stems].some((w) => words.has(w)),
    );
    // The thread cannot say otherwise of a period it states itself ("one year vs three years"), nor of
    // one the documents give the thing the sentence speaks of ("within 90 days of signing").
    if (context.length === 0 || known(deal.thread.durations)) return undefined;
    const topic = topicStems(clause.sentence.text);
    for (const [d, contexts] of deal.facts.durationContexts)
      if (
        sameDuration(d, days, index.config.durationTolerance) &&
        contexts.some((c) => [...c.stems].some((w) => topic.has(w)))
      )
        return undefined;
    return block(
      'claim',
      'duration',
      `${figure.text}: the thread says ${context[0]!.citation.label} otherwise`,
    );
  }
  // The thread backs a duration only for what it was about: a two-week pilot is no two-week go-live.
  const sameTopic = deal.thread.durationContexts.some(
    (c) =>
      sameDuration(c.days, days, index.config.durationTolerance) && [...c.stems].some((w) => words.has(w)),
  );
  if (sameTopic) return undefined;
  // So do the documents: a 30-day trial is no 30-day deletion window.
  const topic = topicStems(clause.text);
  for (const s of deal.ownStems) topic.delete(s);
  const aboutIt = (c: FigureContext) => [...c.stems].some((w) => topic.has(w));
  // Another documented period for the same quantity is the measure check's to judge (measure-claims.ts).
  const same: FigureContext[] = [];
  for (const [d, contexts] of deal.facts.durationContexts)
    if (sameDuration(d, days, index.config.durationTolerance)) same.push(...contexts);
  if (same.some(aboutIt)) return undefined;
  // "Two to three months" for a documented "8 to 12 weeks" of the same thing.
  const ranged = deal.facts.measures.filter((m) => isWithinRange(m, days, index.config.durationTolerance));
  if (ranged.some((m) => [...m.stems].some((w) => topic.has(w)))) return undefined;
  if (same.length > 0 || known(deal.facts.durations)) return undefined;
  if (describedPeriod(deal, figure, topicStems(clause.sentence.text))) return undefined;
  if (TIME_LEFT.test(clause.text) && untilRecordDate(index, deal, days)) return undefined;
  // The passage ends with the clause's sentence: the dates may be in the sentence before ("from 1 November,
  // co-termed to 28 February 2027. That's four months").
  const before = passage.length - clause.sentence.text.length + (figure.start - clause.sentence.start);
  if (isSpanBetweenDates(index, passage.slice(0, before), days)) return undefined;
  if (customersOwnPeriod(deal, clause, figure, known(deal.thread.durations))) return undefined;
  if (ofTheirOwnProcess(deal, clause.text.slice(0, rel))) return undefined;
  return block(
    'claim',
    'duration',
    `${figure.text} is not a term, period or time the documents or the thread state`,
  );
}

/**
 * "five years of history isn't covered by Ridge": a period the thread states, bound to a thing the
 * documents never speak of, is the customer's requirement restated, not a term of ours.
 */
function customersOwnPeriod(
  deal: DealContext,
  clause: DraftClause,
  figure: DurationFigure,
  inThread: boolean,
): boolean {
  if (!inThread || clause.field === 'subject') return false;
  const rel = figure.start - clause.start;
  const phrase = boundPhrase(clause.text, rel, rel + figure.text.length);
  const bound = phrase ? stems(phrase) : [];
  return bound.length > 0 && bound.every((w) => !deal.facts.publicWords.has(w));
}

// "two on-site days", "three remote training days": a number of days with words between them.
const DESCRIBED_PERIOD = new RegExp(
  String.raw`\b(?<num>${NUMBER})\s+(?:[a-z][\w-]*\s+){1,2}?(?<unit>minutes?|hours?|days?|weeks?|months?|years?)\b`,
  'gi',
);

/**
 * "Two days on site" where the onboarding page says "including two on-site days": a period a document
 * gives with a word between its number and its unit, in a sentence about the same thing.
 */
function describedPeriod(deal: DealContext, figure: DurationFigure, topic: ReadonlySet<string>): boolean {
  return deal.facts.sentenceStems.some((s) => {
    const quote = s.citation.quote;
    if (!quote || ![...s.stems].some((w) => topic.has(w))) return false;
    return [...quote.matchAll(DESCRIBED_PERIOD)].some(
      (m) =>
        parseNumber(m.groups!.num!) === figure.value &&
        m.groups!.unit!.toLowerCase().replace(/s$/, '') === figure.unit,
    );
  });
}

// "your security review takes about ten days", "your peak season starts in eight weeks": a period of
// something the customer does, said with the verb that gives it a length or a start.
const YOUR_SUBJECT =
  /\byour\s+((?:[a-z][\w'’-]*\s+){1,3}?)(?:usually\s+|typically\s+|normally\s+|often\s+)?(?:takes?|lasts?|runs?|needs?|starts?|begins?|opens?|closes?)\b[^.;:]{0,30}$/i;

/**
 * A period of the customer's own process, named by words no public document uses ("your security
 * review", "your peak season"): theirs to know, not a term of ours the documents could give. A
 * subject the documents do speak of ("your trial", "your onboarding") is still held to them.
 */
function ofTheirOwnProcess(deal: DealContext, before: string): boolean {
  const subject = YOUR_SUBJECT.exec(before)?.[1];
  if (!subject) return false;
  const words = stems(subject).filter((w) => w.length > 2);
  return words.length > 0 && words.every((w) => !deal.facts.publicWords.has(w));
}
