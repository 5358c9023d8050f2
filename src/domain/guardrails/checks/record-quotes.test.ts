import { describe, expect, it } from 'vitest';
import { oneOffSums, recordQuoteTotals } from './record-quotes.ts';

// A deal recorded at 41,400 a year: a 40,000 plan fee less 10% (three years) and a 5,400 add-on.
// One-off: a 7,000 set-up, and sensors at 250 each for the 12 rooms on record.
const quote = {
  records: [41_400],
  planPrices: [40_000],
  recordFactors: [1, 0.95, 0.9],
  quoteFactors: [1, 0.95],
  years: [3],
  oneOffs: [
    { price: 7_000, counts: [1] },
    { price: 250, counts: [12] },
  ],
};

describe('recordQuoteTotals', () => {
  const totals = recordQuoteTotals(quote);
  it('adds the first year’s one-off lines to a year or the whole term of the record', () => {
    expect(totals).toContain(41_400 + 7_000 + 3_000);
    expect(totals).toContain(3 * 41_400 + 10_000);
  });
  it('moves the plan line from the record’s discount to the one the draft invokes', () => {
    // 41,400 + 40,000 × (0.95 − 0.9)
    expect(totals).toContain(43_400);
  });
  it('counts the one-off lines once, never every year, and never re-prices the add-on', () => {
    expect(totals).not.toContain(3 * (41_400 + 10_000));
    expect(totals).not.toContain(41_400 + 5_400 * 0.05);
  });
  it('gives two or more one-off lines on their own, but no single line (the price support owns those)', () => {
    expect(totals).toContain(10_000);
    expect(totals).not.toContain(7_000);
  });
});

describe('oneOffSums', () => {
  it('buys each line at one of its counts or leaves it out', () => {
    expect(oneOffSums([{ price: 100, counts: [1, 3] }]).sort((a, b) => a - b)).toEqual([0, 100, 300]);
  });
  it('adds no more than three lines', () => {
    const lines = [1, 10, 100, 1_000].map((price) => ({ price, counts: [1] }));
    expect(oneOffSums(lines)).not.toContain(1_111);
    expect(oneOffSums(lines)).toContain(111);
  });
});
