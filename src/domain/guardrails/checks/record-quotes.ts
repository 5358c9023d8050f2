/**
 * Totals a rep builds on the deal's recorded yearly amount: "CHF 31,560 in year one, then CHF 15,900 a
 * year" is the CRM's CHF 15,900 plus the one-off onboarding and fourteen gateways; "AUD 246,240 over
 * the three years" is three years of the record plus the same one-off lines; "CHF 16,380 on two
 * years" is the record with its plan line moved from the three-year discount to the two-year one.
 *
 * Why this stays safe: the base is an amount on the deal's record, never a price-book line; the plan
 * line is re-priced only between documented discounts; the one-off lines are the price book's own,
 * each once or at a count the deal or the draft states, and a match is exact to the unit written.
 */

/** A one-off line of the price book and the counts it may be bought at ([1] for a fee paid once). */
export type OneOffLine = { price: number; counts: readonly number[] };

export type RecordQuote = {
  /** The deal's recorded yearly amounts. */
  records: readonly number[];
  /** List prices of the plan lines the record may hold, which a re-pricing moves between factors. */
  planPrices: readonly number[];
  /** Factors the plan line may carry in the record: 1 and every documented discount of the deal. */
  recordFactors: readonly number[];
  /** Factors the quote may move it to: 1 and the discounts the draft invokes. */
  quoteFactors: readonly number[];
  /** Whole-term lengths in years the draft states. */
  years: readonly number[];
  /** The one-off lines a first year may carry. */
  oneOffs: readonly OneOffLine[];
};

// One-off lines a first year adds: more and any amount is some subset of them.
const MAX_ONE_OFFS = 3;

/** Every first-year extra: each line left out or bought at one of its counts, at most MAX_ONE_OFFS of them. */
export function oneOffSums(lines: readonly OneOffLine[]): number[] {
  let sums = [{ total: 0, lines: 0 }];
  for (const line of lines)
    sums = sums.flatMap((s) =>
      s.lines >= MAX_ONE_OFFS
        ? [s]
        : [
            s,
            ...[...new Set(line.counts)].map((c) => ({
              total: s.total + line.price * c,
              lines: s.lines + 1,
            })),
          ],
    );
  return [...new Set(sums.map((s) => s.total))];
}

/** The recurring amounts: each record as it stands, or with its plan line moved to another documented discount. */
function recurringAmounts(quote: RecordQuote): number[] {
  const amounts = new Set(quote.records);
  for (const record of quote.records)
    for (const price of quote.planPrices)
      for (const from of quote.recordFactors)
        for (const to of quote.quoteFactors)
          if (from !== to && record + price * (to - from) > 0) amounts.add(record + price * (to - from));
  return [...amounts];
}

/**
 * The totals of the quote: a year of the recurring amount, a whole term of it, either with the
 * one-off lines of the first year, and the one-off lines on their own (two or more of them).
 */
export function recordQuoteTotals(quote: RecordQuote): number[] {
  const extras = oneOffSums(quote.oneOffs);
  const totals = new Set<number>();
  for (const recurring of recurringAmounts(quote))
    for (const years of new Set([1, ...quote.years.filter((y) => y > 1)]))
      for (const extra of extras) totals.add(recurring * years + extra);
  const single = new Set(quote.oneOffs.flatMap((l) => l.counts.map((c) => l.price * c)));
  for (const extra of extras) if (extra > 0 && !single.has(extra)) totals.add(extra);
  return [...totals];
}
