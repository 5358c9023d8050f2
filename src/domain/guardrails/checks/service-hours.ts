/**
 * Service hours: "Pro support runs Monday to Friday, 8:00 to 18:00" where the documents give Pro
 * Monday to Saturday, 7:00 to 19:00. Clock times are no figures to the figure check (a meeting at
 * 10am is no claim), so only sentences about when a service is there are read, and only against
 * hours the documents state.
 */

import { offsetAt, zoneNamed } from '../../dates/zone.ts';
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { ServiceHours } from '../index/service-hours.ts';
import { finding, inClause } from '../support/findings.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import { type ClockTime, clockTimes, dayRanges } from '../text/service-hours.ts';
import { zonesNamedIn } from '../text/time-zones.ts';

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

// "7:00 to 20:00 Eastern, which is 8 am to 9 pm your time": the same hours given in another zone.
const ZONE =
  /\b(?:Atlantic|Eastern|Central|Mountain|Pacific|Newfoundland|Alaska|Hawaii|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|IST|SGT|JST)\b/g;
const OWN_ZONE = /\b(?:your|local)\s+time\b|\bin your (?:time ?)?zone\b/i;
// "07:00 to 22:00 CET, which is 06:00 to 21:00 in Galway": the second zone named by a place.
const PLACE_ZONE = /\b(?:which|that)(?:'s| is)\s[^.;]*?\b(?:in|for)\s+[A-Z][a-z]/;
const RESTATING = new RegExp(String.raw`${ZONE.source}|\(|\b(?:which|that)(?:'s| is)\b|\bi\.e\.`, 'i');
const HALF_HOUR = 30;
const DAY = 24 * 60;
// A shift past midnight comes round again: 17:30 CET is 00:30 in Singapore.
const onClock = (minutes: number) => ((minutes % DAY) + DAY) % DAY;

/**
 * Times the sentence gives as documented hours restated in another zone: it names a second zone
 * ("your time", "Atlantic") and every time the documents do not give is a documented time it also
 * states, moved by one and the same shift. Hours shifted unevenly are no conversion.
 */
function convertedTimes(
  sentence: string,
  clause: string,
  times: readonly ClockTime[],
  pool: readonly ServiceHours[],
): Set<number> {
  const zones = new Set([...sentence.matchAll(ZONE)].map((m) => m[0].toLowerCase()));
  if (!OWN_ZONE.test(sentence) && !PLACE_ZONE.test(sentence) && zones.size < 2) return new Set();
  const documented = (t: ClockTime) => pool.some((h) => h.minutes.has(t.minutes));
  const given = times.filter(documented);
  const restated = times.filter((t) => !documented(t));
  if (given.length === 0 || restated.length === 0) return new Set();
  // The restated hours follow the documented ones past a zone or a "which is" ("9:00 to 18:00 your
  // time" restates nothing: 18:00 is the same range's other end).
  const between = clause.slice(given[0]!.end, Math.max(given[0]!.end, restated[0]!.start));
  if (!RESTATING.test(between)) return new Set();
  const sources = given.map((t) => t.minutes);
  const others = restated.map((t) => t.minutes);
  // Zones differ by whole or half hours (Newfoundland, India).
  const shifts = sources.map((s) => onClock(others[0]! - s)).filter((k) => k !== 0 && k % HALF_HOUR === 0);
  const shift = shifts.find((k) => others.every((t) => sources.includes(onClock(t - k))));
  return shift === undefined ? new Set() : new Set(others);
}

/**
 * "In Calgary time, support runs 5:00 am to 11:00 pm Mountain" where the documents give 7:00 to 1:00
 * Eastern: times the sentence gives in a zone it names, which are documented hours moved by the
 * difference between that zone and the one the documents give theirs in (at the index's date).
 */
function inNamedZone(sentence: string, pool: readonly ServiceHours[], at: number): (t: ClockTime) => boolean {
  const named = zonesNamedIn(sentence).flatMap((z) => zoneNamed(z) ?? []);
  const shifts = pool.flatMap((h) => {
    const from = zoneNamed(h.zone);
    if (!from) return [];
    return named
      .map((to) => offsetAt(to, at) - offsetAt(from, at))
      .filter((k) => k !== 0)
      .map((k) => ({ hours: h, shift: k }));
  });
  return (t) => shifts.some(({ hours, shift }) => hours.minutes.has(onClock(t.minutes - shift)));
}

export function checkServiceHours(asOf: string, deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
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
    // A plan row that says only "Business hours" leaves the clock to the page's general hours.
    const ownPlan = documented.filter((h) => h.plans.some((p) => plans.has(p)));
    const clocked = ownPlan.some((h) => h.minutes.size > 0);
    const pool: readonly ServiceHours[] =
      ownPlan.length === 0
        ? documented
        : clocked
          ? ownPlan
          : [...ownPlan, ...documented.filter((h) => h.plans.length === 0)];
    const converted = convertedTimes(sentence, clause.text, times, pool);
    const zoned = inNamedZone(sentence, pool, Date.parse(asOf));
    const unsupported = [
      ...times.filter((t) => !pool.some((h) => h.minutes.has(t.minutes))),
      ...ranges.filter((r) => !pool.some((h) => h.days.has(r.days))),
    ]
      .filter((s) => !isNegatedAt(clause.text, s.start, s.end))
      .filter((s) => !('minutes' in s && (converted.has(s.minutes) || zoned(s))));
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
