/** Durations: a period a draft states (a trial, a retention, a response time) must be one on record. */
import { parseDay } from '../../dates/calendar.ts';
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext, FigureFacts } from '../index/deal-context.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { type FigureContext, topicStems } from '../index/knowledge-facts.ts';
import type { DurationFigure } from '../text/figures.ts';

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
const OWN_PLAN = /\b(?:I|we)\s*(?:'ll|’ll|will|can|could|would|'d|’d|am going to|'m going to)\b|\blet's\b/i;
const PROGRAMME_TERM =
  /\b(?:terms?|commit\w*|contracts?|renewals?|discount\w*|off|programmes?|programs?)\b|%/i;

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

export function durationProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: DurationFigure,
  block: (kind: 'claim', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
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
  const words = new Set(stems(clause.text));
  const short = figure.unit === 'minute' || figure.unit === 'hour';
  const known = (map: FigureFacts['durations']) =>
    [...map.keys()].some((d) => sameDuration(d, days, index.config.durationTolerance));
  const strong = STRONG_TIME_CLAIM.test(clause.text);
  // "I'll keep it to 30 minutes": the writer plans their own time, the product promises nothing.
  // "Would 20 minutes on Thursday work?" proposes the writer's meeting; it asserts nothing.
  const ownPlan =
    short && !strong && (OWN_PLAN.test(clause.text) || clause.question || known(deal.thread.durations));
  // A term a documented programme is priced on ("12% off on a three-year term") is an offer on the
  // price list, whatever term the customer's current contract ran for.
  const programmeTerm = deal.facts.discounts.programmes.some(
    (p) => p.durationDays !== undefined && sameDuration(p.durationDays, days, index.config.durationTolerance),
  );
  if (programmeTerm && PROGRAMME_TERM.test(clause.sentence.text)) return undefined;
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
    const context = deal.thread.durationContexts.filter(
      (c) => comparable(c) && [...c.stems].some((w) => words.has(w)),
    );
    if (
      context.length === 0 ||
      context.some((c) => sameDuration(c.days, days, index.config.durationTolerance))
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
  if (same.length > 0 || known(deal.facts.durations)) return undefined;
  if (TIME_LEFT.test(clause.text) && untilRecordDate(index, deal, days)) return undefined;
  return block(
    'claim',
    'duration',
    `${figure.text} is not a term, period or time the documents or the thread state`,
  );
}
