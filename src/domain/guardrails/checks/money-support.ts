/** Whether an amount follows from a documented price: list, per year, per term, discounted, or times a seat count. */
import type { GuardCitation } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { MoneyFigure, Period } from '../text/figures.ts';

export type MoneyContext = {
  /** Products the sentence names; empty when it names none. */
  skus: readonly string[];
  /** Seat counts on record or named in the draft, for totals. */
  counts: readonly number[];
  /** Discount percentages the draft states (checked against policy on their own). */
  discounts: readonly number[];
  /** Term lengths the draft states, in months, for whole-term totals. */
  months: readonly number[];
  tolerance: number;
};

/** How many of `period` one list-price period makes: a monthly price is 12 per year. */
function periodFactors(
  base: Period | undefined,
  stated: Period | undefined,
  months: readonly number[],
): number[] {
  const perMonth: Record<Period, number> = { month: 1, quarter: 3, year: 12, once: Number.NaN };
  if (base === undefined || base === 'once') return stated === undefined || stated === 'once' ? [1] : [];
  if (stated !== undefined && stated !== 'once') return [perMonth[stated] / perMonth[base]];
  // No period stated: the amount may be per period, per year or for a whole term.
  return [...new Set([1, 3, 12, 24, 36, ...months].map((m) => m / perMonth[base]))];
}

export function moneySupport(
  deal: DealContext,
  figure: MoneyFigure,
  context: MoneyContext,
): GuardCitation | undefined {
  const close = (candidate: number) =>
    Math.abs(candidate - figure.value) <= Math.max(0.011, candidate * context.tolerance);
  for (const [value, citation] of [...deal.crm.money, ...deal.thread.money])
    if (close(value)) return citation;

  const programmes = deal.facts.discounts.programmes.map((p) => p.percent);
  const discounts = [0, ...programmes, ...context.discounts];
  const factors = new Set<number>([1]);
  for (const a of discounts) {
    factors.add(1 - a / 100);
    for (const b of discounts) factors.add((1 - a / 100) * (1 - b / 100));
  }
  const counts = [1, ...context.counts.filter((c) => c > 0)];
  for (const fact of deal.facts.money) {
    if (context.skus.length > 0 && fact.skus.length > 0 && !fact.skus.some((s) => context.skus.includes(s)))
      continue;
    for (const period of periodFactors(fact.period, figure.period, context.months)) {
      for (const discount of factors) {
        for (const count of counts) if (close(fact.value * period * discount * count)) return fact.citation;
      }
    }
  }
  return undefined;
}
