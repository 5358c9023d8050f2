/**
 * A number said of a documented quantity must be the documents' number for it: "Team keeps one year of
 * history" when the pricing table gives Team two years, "announced three days ahead" when the service
 * levels say seven. A number the documents give that quantity (for that plan, or for every plan) passes.
 */
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { sameDuration } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import type { Measure } from '../index/measures.ts';
import { plansOf, stemsNear } from '../index/measures.ts';
import { isDiscountPercent } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { isAskingOnly } from '../text/claim-context.ts';
import { type MeasuredNumber, measuredNumbers } from '../text/measured-numbers.ts';

// Two meaningful words in common, one of them rare (in at most a quarter of the documented
// quantities), before a document's other number contradicts; one rare word will do for a period the
// draft and the document both give to the same plan ("Professional trial: 30 days" against 21).
const MIN_SHARED = 2;
const RARE = Math.log(4);
// A document giving the same number to something sharing a rare word with the sentence backs it,
// unless another number's quantity is plainly closer ("searchable for 90 days" vs "audit log kept 400 days").
const SUPPORT_MARGIN = 2;
// "year two", "tier 3", "24/7": numbers that name, not measure.
const NAMING_BEFORE =
  /\b(?:year|month|week|day|phase|tier|level|step|option|version|page|section|round|part|question|item|point|clause|line|lot|no\.|number)\s+#?$/i;
// "140 x £27 x 12": an operand of a sum worked out for the reader.
const OPERAND_AFTER = /^\s*[x×*]\s*[$€£]?\s*\d/i;
const OPERAND_BEFORE = /\d\s*[x×*]\s*$/i;
// "up to 200 hosts": a count of the metered unit said as a limit is a claim; "200 hosts" alone is the deal's size.
const LIMIT_BEFORE =
  /\b(?:up to|max(?:imum)?(?: of)?|at most|no more than|limit(?:ed)? (?:of|to)|capped at|includes?|allows?)\s+$/i;

/** "60 vehicles on Pro", "for 320 trucks": a count of the unit the price book sells by, which the customer chooses. */
function countOfWhatIsSold(metered: RegExp | undefined, text: string, start: number): boolean {
  if (!metered || LIMIT_BEFORE.test(text.slice(Math.max(0, start - 25), start))) return false;
  const pattern = new RegExp(metered.source, 'iy');
  pattern.lastIndex = start;
  return pattern.test(text);
}
// A percentage in a sentence about money is a price change, which the discount check owns.
const PRICE_WORDS =
  /\b(?:price\w*|cost\w*|fees?|discount\w*|off|save\w*|savings?|cheaper|comes? down|pay\w*)\b|[$€£]/i;

// "your 40 agents", "you have 15 users": the customer's own headcount, never a documented limit.
const OWN_COUNT =
  /\b(?:your|you have|you've|you're|you are|you now have|you'd have|for|of|with|across|all|those|these|the|at)\s+(?:[\w-]+\s+){0,2}$/i;
const SEAT_AFTER = /^\s+(?:agents?|seats?|users?|licen[cs]es?|people|staff|members?)\b/i;
const THRESHOLD_AFTER = /^\s*(?:\+|or (?:more|fewer|above|over|less)|and (?:above|up|over))/i;
const EXAMPLE = /\b(?:say|e\.g\.|for example|for instance|suppose|imagine)\b[,:]?\s*$/i;

type Weights = { idf: (w: string) => number };
const weightsCache = new WeakMap<readonly Measure[], Weights>();

/** Rare words say more about which quantity a sentence gives than common ones ("ticket", "plan"). */
function weightsOf(measures: readonly Measure[]): Weights {
  const cached = weightsCache.get(measures);
  if (cached) return cached;
  const df = new Map<string, number>();
  for (const m of measures) for (const w of m.stems) df.set(w, (df.get(w) ?? 0) + 1);
  const n = measures.length;
  const weights = { idf: (w: string) => Math.log(n / Math.max(1, df.get(w) ?? 0)) };
  weightsCache.set(measures, weights);
  return weights;
}

const sameValue = (m: Measure, n: MeasuredNumber, tolerance: number) =>
  m.kind === 'duration' ? sameDuration(m.value, n.value, tolerance) : Math.abs(m.value - n.value) < 1e-9;

/**
 * Whether the deal's record already holds this period or percentage (a term the customer asked about).
 * Plain counts are left out: a thread full of headcounts would excuse any limit.
 */
function onRecord(deal: DealContext, n: MeasuredNumber, tolerance: number): boolean {
  if (n.kind === 'duration')
    return [...deal.thread.durations.keys(), ...deal.crm.durations.keys()].some((d) =>
      sameDuration(d, n.value, tolerance),
    );
  if (n.kind === 'percent') return deal.thread.percents.has(n.value) || deal.crm.percents.has(n.value);
  return false;
}

export function measureProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): GuardFinding[] {
  const measures = deal.facts.measures;
  if (measures.length === 0 || isAskingOnly(clause.text, clause.question)) return [];
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const numbers = measuredNumbers(clause.text, index.catalog.metered);
  if (numbers.length === 0) return [];
  const names = clause.products.map((p) => ({ start: p.start - clause.start, end: p.end - clause.start }));
  const words = stemsNear(clause.text, numbers, names);
  for (const w of deal.ownStems) for (const set of words) set.delete(w);
  const plans = sentencePlans(analysis, clause, index, deal);
  const named = sentenceProducts(analysis, clause);
  const findings: GuardFinding[] = [];
  numbers.forEach((n, i) => {
    const start = clause.start + n.start;
    const end = clause.start + n.end;
    if (notAQuantityClaim(deal, clause, text, n, start, end, index.config.durationTolerance)) return;
    if (countOfWhatIsSold(index.catalog.metered, text, start)) return;
    const contrary = contradiction(index, measures, n, words[i]!, plans(n.start, n.end), named);
    if (!contrary) return;
    const said = clause.text.slice(n.start, n.end);
    const quote = contrary.citation.quote ?? contrary.citation.label;
    findings.push(
      finding(
        'claim',
        'block',
        { field: clause.field, start, end, text: said },
        'documented_quantity',
        `${said}: the documents give another figure for this ("${quote}")`,
        contrary.citation,
      ),
    );
  });
  return findings;
}

/** Numbers that claim no documented quantity: a discount, an example, a name, the customer's own count. */
function notAQuantityClaim(
  deal: DealContext,
  clause: DraftClause,
  text: string,
  n: MeasuredNumber,
  start: number,
  end: number,
  tolerance: number,
): boolean {
  const before = text.slice(Math.max(clause.start, start - 30), start);
  const after = text.slice(end, end + 20);
  if (n.kind === 'percent') {
    const figure = { type: 'percent', value: n.value, start, end, text: text.slice(start, end) } as const;
    if (isDiscountPercent(text, figure) || PRICE_WORDS.test(clause.text)) return true;
  }
  if (EXAMPLE.test(before) || NAMING_BEFORE.test(before) || onRecord(deal, n, tolerance)) return true;
  if (OPERAND_AFTER.test(after) || OPERAND_BEFORE.test(before)) return true;
  return (
    n.kind === 'number' && !THRESHOLD_AFTER.test(after) && (SEAT_AFTER.test(after) || OWN_COUNT.test(before))
  );
}

/**
 * The documented quantity this number contradicts, if any. A plan named with the number is held to
 * what the documents give that plan; a general statement speaks for a plan only when no document
 * gives the plan its own number. A number said of no plan ("two help centres would fit") claims no
 * plan's figure: only a general one contradicts it, though any plan's may back it.
 */
function contradiction(
  index: GuardIndex,
  measures: readonly Measure[],
  n: MeasuredNumber,
  near: ReadonlySet<string>,
  plan: readonly string[],
  named: ReadonlySet<string>,
): Measure | undefined {
  const { idf } = weightsOf(measures);
  const tolerance = index.config.durationTolerance;
  const scored = measures
    .filter((m) => m.kind === n.kind && comparable(m, n, index.config.restatedDurationFactor))
    .map((m) => {
      const shared = [...m.stems].filter((w) => near.has(w));
      const weight = shared.reduce((s, w) => s + idf(w), 0);
      return { m, shared: shared.length, weight, rare: shared.some((w) => idf(w) >= RARE) };
    })
    .filter((s) => s.shared > 0);
  const forPlan = scored.filter((s) => s.m.plans.some((p) => plan.includes(p)));
  const general = scored.filter((s) => s.m.plans.length === 0);
  const pool = plan.length === 0 ? general : forPlan.length > 0 ? forPlan : general;
  // "The support package brings P1 response to 2 hours on Business": an add-on (or any product) the
  // sentence names backs the number the documents give it, whichever plan it is bought on.
  const ofNamed = scored.filter((s) => s.m.plans.some((p) => named.has(p)));
  const backing = plan.length === 0 ? scored : [...pool, ...ofNamed];
  const support = Math.max(0, ...backing.filter((s) => sameValue(s.m, n, tolerance)).map((s) => s.weight));
  // A sentence that gives the number itself ("1 hour for urgent tickets and 4 business hours for
  // the rest") backs it, whichever of its parts the draft means.
  const statesIt = (c: Measure['citation']) =>
    measures.some((m) => m.citation === c && sameValue(m, n, tolerance));
  const needed = pool === forPlan && n.kind === 'duration' ? 1 : MIN_SHARED;
  const contrary = pool
    .filter((s) => !sameValue(s.m, n, tolerance) && s.shared >= needed && s.rare && !statesIt(s.m.citation))
    .sort((a, b) => b.weight - a.weight)[0];
  return contrary && contrary.weight >= support * SUPPORT_MARGIN ? contrary.m : undefined;
}

// Periods of different orders measure different things: "four business hours" is no "7 days' notice".
const comparable = (m: Measure, n: MeasuredNumber, order: number) =>
  m.kind !== 'duration' || Math.max(m.value, n.value) / Math.min(m.value, n.value) <= order;

/** Every product the clause's sentence names, add-ons included. */
function sentenceProducts(analysis: DraftAnalysis, clause: DraftClause): Set<string> {
  const same = analysis.clauses.filter(
    (o) => o.field === clause.field && o.sentence.start === clause.sentence.start,
  );
  return new Set(same.flatMap((o) => o.products.map((p) => p.sku)));
}

/**
 * The plans a number in this clause is said of: those its own clause names around it, else the last
 * plan an earlier clause of the sentence named ("On Enterprise, …, other tickets within four hours").
 */
function sentencePlans(analysis: DraftAnalysis, clause: DraftClause, index: GuardIndex, deal: DealContext) {
  const isPlan = (sku: string) => !deal.facts.addOns.has(sku);
  const family = (skus: readonly string[]) => [
    ...new Set(skus.filter(isPlan).flatMap((s) => index.catalog.lines.get(s) ?? [s])),
  ];
  const local = clause.products.map((p) => ({
    sku: p.sku,
    start: p.start - clause.start,
    end: p.end - clause.start,
  }));
  const earlier = analysis.clauses
    .filter(
      (o) => o.field === clause.field && o.sentence.start === clause.sentence.start && o.start < clause.start,
    )
    .flatMap((o) => o.products);
  const fallback = earlier.length > 0 ? [earlier[earlier.length - 1]!.sku] : [];
  return (start: number, end: number) => {
    const own = plansOf(clause.text, local, start, end);
    return family(own.length > 0 ? own : fallback);
  };
}
