import { describe, expect, it } from 'vitest';
import { bandedAmounts, discountsFor, quantityDiscounts, volumeBands } from './volume-tiers.ts';

describe('volume bands from a price-book line', () => {
  const bands = volumeBands(0.4, 'First 500 GB a month; $0.30 from 501 to 5,000 GB; $0.22 above 5,000 GB');

  it('reads marginal bands, the first at the list price', () => {
    expect(bands).toEqual([
      { from: 0, to: 500, rate: 0.4 },
      { from: 500, to: 5000, rate: 0.3 },
      { from: 5000, to: Number.POSITIVE_INFINITY, rate: 0.22 },
    ]);
  });

  it('prices a volume across the bands it reaches, with each band on its own', () => {
    const [total, ...parts] = bandedAmounts(bands, 2000);
    expect(total).toBeCloseTo(650);
    expect(parts.map((p) => Math.round(p * 100) / 100)).toEqual([200, 450]);
    expect(bandedAmounts(bands, 6000)[0]).toBeCloseTo(200 + 1350 + 220);
  });

  it('finds no bands in a flat description', () => {
    expect(volumeBands(18, 'Traces and service maps; Professional and Enterprise')).toEqual([]);
  });
});

describe('a quantity discount table', () => {
  const text =
    'Desks: 1 to 19: list price.\n20 to 99 desks: 6%.\n100 or more: 11%.\n' +
    '1 to 3 outages a month: a credit of 10%.';
  const rows = quantityDiscounts(text, [6, 11]);

  it('reads the rows whose percentage the policy calls a volume band, not any range with a percent', () => {
    expect(rows).toEqual([
      { from: 20, to: 99, percent: 6 },
      { from: 100, to: Number.POSITIVE_INFINITY, percent: 11 },
    ]);
  });

  it('gives the band a size falls in, and none below the first', () => {
    expect(discountsFor(rows, [45])).toEqual([6]);
    expect(discountsFor(rows, [250])).toEqual([11]);
    expect(discountsFor(rows, [12])).toEqual([]);
  });
});
