/**
 * Amounts a deal's own record yields under another discount or term: the CRM holds a deal's total
 * under one programme ("$42,120 a year with the public-sector 10%"), and a rep comparing options
 * restates it at list, under the multi-year discount instead, or per year of a three-year total.
 */

/** One discount taken back off and another applied: `amount / from * to`, each a factor like 0.9. */
function rePriced(amount: number, factors: readonly number[]): number[] {
  const values: number[] = [];
  for (const from of factors) for (const to of factors) values.push((amount / from) * to);
  return values;
}

/**
 * Whether `value` is a record amount re-priced by the draft's own discounts and terms. Exact to the
 * dollar (or to `tolerance` of it when the draft rounds): these are few candidates, each a clear
 * arithmetic step from a figure the customer has already seen.
 */
export function isRepricedRecord(
  value: number,
  records: readonly number[],
  percents: readonly number[],
  termYears: readonly number[],
  tolerance: number,
): boolean {
  const factors = [1, ...new Set(percents.filter((p) => p > 0 && p < 100).map((p) => 1 - p / 100))];
  // A whole-term total is a year's times the term, and a year's is the total over the term.
  const spans = [1, ...new Set(termYears.filter((y) => y > 1).flatMap((y) => [y, 1 / y]))];
  const slack = Math.max(0.5, value * tolerance);
  return records.some((r) =>
    rePriced(r, factors).some((candidate) =>
      spans.some((span) => Math.abs(candidate * span - value) <= slack),
    ),
  );
}
