/**
 * Totals across the lines of a quote for one fleet or team size: "year one is £59,472 and £53,172 a
 * year after that" is 140 vehicles of a subscription (less its size band), of a leased tracker, and,
 * in year one, of an installation. No line of it appears in the draft; each is a price-book line
 * times the deal's size.
 *
 * Why this stays safe: the lines are the price book's own (a handful in the deal's currency), the
 * size is one the deal or the draft's counts state, a band applies to the plan only, a total has one
 * plan, at most one other recurring line and one one-off line (never a second plan), and a match
 * must be exact to the unit (no "about"): a few hundred candidates at ±0.5 around amounts in the
 * tens of thousands.
 */
import type { Period } from '../text/figures.ts';

export type QuoteLine = {
  price: number;
  period: Period | undefined;
  /** A plan the price book names ("Harbourlight Pro"), not a kind of thing sold beside one ("tracker"). */
  plan: boolean;
  /** The most units its rate prices (a graduated tier's size), if fewer than any. */
  capacity?: number;
};

export function quoteTotals(
  lines: readonly QuoteLine[],
  sizes: readonly number[],
  bandFactors: readonly number[],
): { month: number[]; year: number[]; firstYear: number[] } {
  // One plan per quote, and beside it only what is sold with a plan: two plans add up to nothing.
  const plans = lines.filter((l) => l.plan && l.period === 'month');
  const monthly = lines.filter((l) => !l.plan && l.period === 'month');
  const once = lines.filter((l) => !l.plan && (l.period === 'once' || l.period === undefined));
  const month: number[] = [];
  const year: number[] = [];
  const firstYear: number[] = [];
  for (const size of new Set(sizes.filter((s) => s > 1)))
    for (const plan of plans.filter((p) => size <= (p.capacity ?? size)))
      for (const band of new Set([1, ...bandFactors]))
        for (const other of [undefined, ...monthly]) {
          const perMonth = size * (plan.price * band + (other?.price ?? 0));
          month.push(perMonth);
          year.push(perMonth * 12);
          for (const fee of once) firstYear.push(perMonth * 12 + size * fee.price);
        }
  return { month, year, firstYear };
}

/** A plan of the price book priced per unit of the team's size, with the monthly minimum it may state. */
export type ScopePlan = { price: number; minimum: number | undefined };
/** An add-on and how many of it a quote buys: one per unit of the team ("size"), or given counts. */
export type ScopeAddOn = { price: number; counts: 'size' | readonly number[] };

// An add-on set larger than this is no scope a sentence can hold: its subsets would reach too many sums.
const MAX_SCOPE = 4;

/**
 * Totals of a plan for a team with add-ons beside it, each add-on bought per head of the team, once
 * (a flat line), or for a count of its own ("Expenses for 40 users"): "€25,574.40 on Complete" is
 * 150 × €14 plus 40 × €3, twelve months, less the 4% prepay discount. The plan's fee is never below
 * its stated minimum (45 employees × €5.50 is €247.50, so the €400 minimum), a plan-only discount
 * (a programme, an approval) applies to the plan's fee, and a quote-wide one (prepaying a year) to
 * every recurring line.
 *
 * Why this stays safe: the add-ons are at most MAX_SCOPE the draft's passage or the deal's own name
 * speaks of (their subsets, since a plan may include some of them), each has the one count its price
 * line's unit gives (or the few a record gives for a unit of its own), the plans are those the
 * sentence names, the factors are documented percentages, and a match is exact to the unit.
 */
export function scopedTotals(
  plans: readonly ScopePlan[],
  addOns: readonly ScopeAddOn[],
  sizes: readonly number[],
  planFactors: readonly number[],
  quoteFactors: readonly number[],
  onceFees: readonly number[],
): { month: number[]; year: number[]; firstYear: number[] } {
  const month: number[] = [];
  const year: number[] = [];
  const firstYear: number[] = [];
  if (addOns.length > MAX_SCOPE) return { month, year, firstYear };
  for (const size of new Set(sizes.filter((s) => s > 1))) {
    // Every way of buying the add-ons at this size: each left out, or bought at one of its counts.
    let extras = [0];
    for (const a of addOns) {
      const counts = a.counts === 'size' ? [size] : a.counts;
      extras = extras.flatMap((e) => [e, ...counts.map((c) => e + a.price * c)]);
    }
    for (const plan of plans) {
      const fee = Math.max(plan.price * size, plan.minimum ?? 0);
      // A plan alone at a size is the price support's own (a price times a count): only a scope
      // with an add-on in it, or a fee the minimum lifts, is a total this search may add.
      const floored = fee > plan.price * size;
      for (const g of new Set([1, ...planFactors]))
        for (const f of new Set([1, ...quoteFactors])) {
          // The plan's own discount stated again for the quote is the same discount, not a second one.
          if (f === g && f !== 1) continue;
          for (const extra of new Set(extras)) {
            if (extra === 0 && !floored) continue;
            const perMonth = f * (fee * g + extra);
            month.push(perMonth);
            year.push(perMonth * 12);
            for (const once of onceFees) firstYear.push(perMonth * 12 + once);
          }
        }
    }
  }
  return { month, year, firstYear };
}

/** Whether an amount is one of the totals for the period it names, exact to the unit it is written in. */
export function isOneOfTotals(
  figure: { value: number; period?: Period | undefined },
  totals: { month: readonly number[]; year: readonly number[]; firstYear: readonly number[] },
  centSlack: number,
): boolean {
  // A fee paid once is no sum of recurring lines.
  if (figure.period === 'once') return false;
  const candidates =
    figure.period === 'month'
      ? totals.month
      : figure.period === 'year'
        ? [...totals.year, ...totals.firstYear]
        : [...totals.month, ...totals.year, ...totals.firstYear];
  const slack = Number.isInteger(figure.value) ? 0.5 : centSlack;
  return candidates.some((c) => Math.abs(c - figure.value) <= slack);
}
