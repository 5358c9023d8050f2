/**
 * A quote's total for the scope a deal is about: a plan for the team, with the add-ons the draft's
 * passage or the deal's name speaks of, each bought per head, flat, or for a count of its own (see
 * `scopedTotals`). The price book's rows say which: "€2.00 per employee per month" is bought for
 * everyone, "€300 per month, flat" once, "€3.00 per expense user per month" for the expense users
 * a record or the draft counts.
 */
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import type { MoneyFigure } from '../text/figures.ts';
import { isStatedMinimum, statedPeriod, statedUnit } from './fact-period.ts';
import { kindOf } from './products-by-kind.ts';
import { isOneOfTotals, type ScopeAddOn, type ScopePlan, scopedTotals } from './quote-totals.ts';

export type ScopeInput = {
  /** Plans the figure's sentence names; none, and every plan of the book in the deal's currency. */
  planSkus: readonly string[];
  /** Add-ons the passage or the deal's name speaks of. */
  addOnSkus: readonly string[];
  /** Team sizes the deal or the draft states. */
  sizes: readonly number[];
  /** Counts an add-on of a unit of its own may be bought for (the draft's counts, the thread's quantities). */
  counts: readonly number[];
  /** Documented percentages off the plan's fee only (programmes, approvals, size bands). */
  planPercents: readonly number[];
  /** Percentages the draft states, which may apply to every recurring line (an annual prepay discount). */
  quotePercents: readonly number[];
};

/** The unit the facts of `sku` price it per ("employee", "flat"), if any of them says. */
function unitOf(deal: DealContext, sku: string, price: number): string | undefined {
  for (const f of deal.facts.money)
    if (f.skus.includes(sku) && f.value === price) {
      const unit = statedUnit(f.value, f.citation);
      if (unit) return unit;
    }
  return undefined;
}

/** The monthly minimum the facts of `sku` state ("Minimum monthly fee: €400"). */
function minimumOf(deal: DealContext, sku: string): number | undefined {
  const found = deal.facts.money.filter(
    (f) =>
      f.skus.length === 1 &&
      f.skus[0] === sku &&
      isStatedMinimum(f.value, f.citation) &&
      statedPeriod(f.value, f.citation) === 'month',
  );
  const values = [...new Set(found.map((f) => f.value))];
  return values.length === 1 ? values[0] : undefined;
}

export function isScopedQuoteTotal(
  index: GuardIndex,
  deal: DealContext,
  figure: MoneyFigure,
  input: ScopeInput,
): boolean {
  const book = index.catalog.products.filter(
    (p) => p.currency === deal.opportunity.currency && p.bands.length === 0,
  );
  const isPlan = (p: (typeof book)[number]) =>
    p.period === 'month' && !deal.facts.addOns.has(p.sku) && kindOf(p, index.sellerName) === undefined;
  const named = book.filter((p) => isPlan(p) && input.planSkus.includes(p.sku));
  const planLines = named.length > 0 ? named : book.filter(isPlan);
  // The plans of one quote count one unit (employees, clinicians); a plan whose rows never say is
  // taken to count the same as those that do.
  const units = new Set(planLines.flatMap((p) => unitOf(deal, p.sku, p.listPrice) ?? []));
  if (planLines.length === 0 || units.size > 1) return false;
  const teamUnit = [...units][0];
  const plans: ScopePlan[] = planLines.map((p) => ({ price: p.listPrice, minimum: minimumOf(deal, p.sku) }));
  const own = [...new Set(input.counts.filter((c) => c > 1))];
  const addOns: ScopeAddOn[] = book
    .filter((p) => input.addOnSkus.includes(p.sku) && p.period === 'month')
    .map((p) => {
      const unit = unitOf(deal, p.sku, p.listPrice);
      if (unit === undefined || unit === teamUnit) return { price: p.listPrice, counts: 'size' as const };
      return { price: p.listPrice, counts: unit === 'flat' ? [1] : [1, ...own] };
    });
  const onceFees = book
    .filter((p) => (p.period === 'once' || p.period === undefined) && !p.perSeat)
    .map((p) => p.listPrice);
  const factor = (p: number) => 1 - p / 100;
  const totals = scopedTotals(
    plans,
    addOns,
    input.sizes,
    input.planPercents.map(factor),
    input.quotePercents.map(factor),
    onceFees,
  );
  // Exact to the unit written: half a euro of "€26,640", half a cent of "€25,574.40".
  return isOneOfTotals(figure, totals, 0.006);
}
