/**
 * Amounts a deal's own record yields under another discount or term: the CRM holds a deal's total
 * under one programme ("$42,120 a year with the public-sector 10%"), and a rep comparing options
 * restates it at list, under the multi-year discount instead, or per year of a three-year total.
 */

/** One discount taken back off and another applied: `amount / from * to`, each a factor like 0.9. */
function rePriced(amount: number, from: readonly number[], to: readonly number[]): number[] {
  const values: number[] = [];
  for (const f of from) for (const t of to) values.push((amount / f) * t);
  return values;
}

const factorsOf = (percents: readonly number[]) => [
  1,
  ...new Set(percents.filter((p) => p > 0 && p < 100).map((p) => 1 - p / 100)),
];

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
  /** Other spans the figure may restate a record over: 1/12 of a year's record "a month", 12 of a month's "a year". */
  restated: readonly number[] = [],
  /** Documented discounts the record itself may carry, though the draft names none of them. */
  recordPercents: readonly number[] = [],
): boolean {
  const factors = factorsOf(percents);
  const recordFactors = factorsOf([...percents, ...recordPercents]);
  // A whole-term total is a year's times the term, and a year's is the total over the term; "month by
  // month" a year's record is a twelfth of it (a record's monthly amount, twelve of them a year).
  const spans = [
    1,
    ...new Set([
      ...termYears.filter((y) => y > 1).flatMap((y) => [y, 1 / y]),
      ...restated.filter((r) => r > 0),
    ]),
  ];
  // Exact to the unit the figure is written in: "CHF 1.50" is no rate of CHF 1.20 give or take half a franc.
  const step = Number.isInteger(value) ? Math.max(0.011, Math.min(0.5, value * 0.001)) : 0.011;
  const slack = Math.max(step, value * tolerance);
  return records.some((r) =>
    rePriced(r, recordFactors, factors).some((candidate) =>
      spans.some((span) => Math.abs(candidate * span - value) <= slack),
    ),
  );
}

/**
 * Whether `value` is a year's record amount plus one one-off fee of the price book: "about €36.6k in
 * year one including onboarding" on a deal whose CRM holds €30,108 a year and whose plan's
 * onboarding is €6,500. Why this stays safe: a handful of records times a handful of one-off lines,
 * each sum once (no discount, no count, no period), matched within the rounding the figure's own
 * digits show.
 */
export function isRecordPlusOneOff(
  value: number,
  records: readonly number[],
  oneOffs: readonly number[],
  slack: number,
): boolean {
  return records.some((r) => oneOffs.some((fee) => Math.abs(r + fee - value) <= slack));
}
