import { describe, expect, it } from 'vitest';
import { isOneOfTotals, quoteTotals, scopedTotals } from './quote-totals.ts';

// Per desk per month: booking plans at 8 and 12, a sensor rented at 3; a sensor bought at 40, once.
const lines = [
  { price: 8, period: 'month' as const, plan: true },
  { price: 12, period: 'month' as const, plan: true },
  { price: 3, period: 'month' as const, plan: false },
  { price: 40, period: 'once' as const, plan: false },
];

describe('quoteTotals', () => {
  it('reads no fee paid once as a sum of recurring lines', () => {
    const totals = quoteTotals(lines, [50], []);
    // 50 desks × 8 × 12 is a year of the plan, but "4,800 one-off" is a fee, not that year.
    expect(isOneOfTotals({ value: 4800, period: 'year' }, totals, 0.011)).toBe(true);
    expect(isOneOfTotals({ value: 4800, period: 'once' }, totals, 0.011)).toBe(false);
  });
  const totals = quoteTotals(lines, [60], [0.9]);
  it('adds the plan (less its band), another recurring line and a one-off line for the size', () => {
    // 60 × (8 × 0.9 + 3) = 612 a month; 7,344 a year; 7,344 + 2,400 in the first year.
    expect(totals.month).toContain(612);
    expect(totals.year).toContain(7_344);
    expect(totals.firstYear).toContain(9_744);
  });
  it('never applies the band to the second line or counts a one-off every year', () => {
    expect(totals.year.some((t) => Math.abs(t - 60 * (8 + 3) * 0.9 * 12) < 0.5)).toBe(false);
    expect(totals.year).not.toContain(9_744);
    // Two plans are no quote: 60 × (8 × 0.9 + 12) a month.
    expect(totals.month.some((t) => Math.abs(t - 60 * (8 * 0.9 + 12)) < 0.5)).toBe(false);
  });
});

describe('scopedTotals', () => {
  // Per desk a month: a plan at 10 with a 300 minimum; a sensor per desk at 2, a gateway per floor
  // at 50 (3 floors on record), a flat support line at 100; prepaying takes 5% off every line.
  const plans = [{ price: 10, minimum: 300 }];
  const addOns = [
    { price: 2, counts: 'size' as const },
    { price: 50, counts: [1, 3] },
    { price: 100, counts: [1] },
  ];
  it('adds each add-on at its own count, under a quote-wide discount', () => {
    const totals = scopedTotals(plans, addOns, [80], [], [0.95], []);
    // (800 + 160 + 150 + 100) × 12 × 0.95
    expect(totals.year.some((t) => Math.abs(t - 13_794) < 0.01)).toBe(true);
    // a subset: the plan and the gateways only, at list
    expect(totals.month).toContain(950);
    // the plan alone is no scope: a price times a count is checked elsewhere
    expect(totals.month).not.toContain(800);
  });
  it('never goes below the minimum, and never buys a flat line per desk', () => {
    const small = scopedTotals(plans, addOns, [20], [], [], []);
    expect(small.month).toContain(300); // 20 × 10 is 200, under the 300 minimum
    expect(small.month).not.toContain(200);
    const totals = scopedTotals(plans, addOns, [80], [], [], []);
    expect(totals.month).not.toContain(800 + 100 * 80);
  });
  it('applies a plan-only discount to the plan alone, and the same percentage once', () => {
    const totals = scopedTotals(plans, addOns, [80], [0.9], [0.9], []);
    expect(totals.month).toContain(800 * 0.9 + 160);
    expect(totals.month.some((t) => Math.abs(t - 800 * 0.81) < 0.01)).toBe(false);
  });
});
