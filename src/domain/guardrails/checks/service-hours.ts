/**
 * Service hours: "Pro support runs Monday to Friday, 8:00 to 18:00" where the documents give Pro
 * Monday to Saturday, 7:00 to 19:00. Clock times are no figures to the figure check (a meeting at
 * 10am is no claim), so only sentences about when a service is there are read, and only against
 * hours the documents state.
 */
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { ServiceHours } from '../index/service-hours.ts';
import { finding, inClause } from '../support/findings.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import { clockTimes, dayRanges } from '../text/service-hours.ts';

const HOURS_CONTEXT =
  /\b(?:support\w*|help ?desk|service desk|staffed|on[- ]call|hours|open|coverage|covered|reach(?:able)?|answer\w*|respon\w*|phone|email|chat)\b/i;
// A meeting, a call or a deadline at a time of day is the deal's own logistics, not a service's hours.
const LOGISTICS =
  /\b(?:meet\w*|demo|session|workshop|invite|calendar|see you|catch[- ]up|kick-?off|webinar|slot|agenda|join|tomorrow|today|tonight|this (?:morning|afternoon|evening)|next week|deadline|by \d|install\w*|deliver\w*|go[- ]live|cut-?over)\b/i;
// "Your depot runs 6am to 10pm": the customer's hours.
const THEIRS =
  /\b(?:your|their)\s+(?:[\w-]+\s+){0,2}(?:work|run|operat|open|shift|staff|hours|drivers|team|day)\w*/i;

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;

/** "Thursday's review at 2:30pm": a day named on its own, outside a run of days, is an appointment. */
function namesOneDay(sentence: string): boolean {
  const inRanges = dayRanges(sentence);
  return [...sentence.matchAll(WEEKDAY)].some(
    (m) => !inRanges.some((r) => m.index >= r.start && m.index < r.end),
  );
}

export function checkServiceHours(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const documented = deal.facts.serviceHours;
  if (documented.length === 0) return [];
  const findings: GuardFinding[] = [];
  for (const clause of analysis.clauses) {
    const sentence = clause.sentence.text;
    if (clause.question || isHedged(clause.text)) continue;
    if (!HOURS_CONTEXT.test(sentence) || LOGISTICS.test(sentence) || THEIRS.test(sentence)) continue;
    const times = clockTimes(clause.text);
    const ranges = dayRanges(clause.text);
    if (times.length === 0 && ranges.length === 0) continue;
    if (namesOneDay(sentence)) continue;
    // Hours stated for the plan the clause names, where the documents give that plan its own.
    const plans = new Set(clause.products.map((p) => p.sku));
    const ownPlan = documented.filter((h) => h.plans.some((p) => plans.has(p)));
    const pool: readonly ServiceHours[] = ownPlan.length > 0 ? ownPlan : documented;
    const unsupported = [
      ...times.filter((t) => !pool.some((h) => h.minutes.has(t.minutes))),
      ...ranges.filter((r) => !pool.some((h) => h.days.has(r.days))),
    ].filter((s) => !isNegatedAt(clause.text, s.start, s.end));
    for (const s of unsupported) {
      findings.push(
        finding(
          'claim',
          'block',
          inClause(clause, s),
          'service_hours',
          `${s.text} is not among the hours the documents give${ownPlan.length > 0 ? ' for that plan' : ''}`,
          pool[0]!.citation,
        ),
      );
    }
  }
  return findings;
}
