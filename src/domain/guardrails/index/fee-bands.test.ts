import { describe, expect, it } from 'vitest';
import { stem } from '../../knowledge/text-tokens.ts';
import { bandRange, readFeeBands } from './fee-bands.ts';

describe('bandRange', () => {
  it('reads the counts a band row covers, open at the top where the row says so', () => {
    expect(bandRange('Up to 5,000')).toEqual({ from: 0, to: 5000 });
    expect(bandRange('5,001 to 40,000')).toEqual({ from: 5001, to: 40000 });
    expect(bandRange('12 – 20')).toEqual({ from: 12, to: 20 });
    expect(bandRange('More than 40,000')).toEqual({ from: 40001, to: Number.POSITIVE_INFINITY });
    expect(bandRange('6 or more')).toEqual({ from: 6, to: Number.POSITIVE_INFINITY });
    expect(bandRange('about 300')).toBeUndefined();
    expect(bandRange('Stride')).toBeUndefined();
  });

  it('leaves the bound itself out of a band said as "fewer than" or "under"', () => {
    expect(bandRange('Fewer than 300')).toEqual({ from: 0, to: 299 });
    expect(bandRange('Under 300')).toEqual({ from: 0, to: 299 });
  });
});

describe('readFeeBands', () => {
  const text =
    'One-off fees.\n\n| Permits migrated | Fee |\n| --- | --- |\n' +
    '| Up to 5,000 | €750 |\n| 5,001 to 40,000 | €1,950 |\n| More than 40,000 | €3,600 |\n\n' +
    '| Plan | Per kiosk per month |\n| --- | --- |\n| Stride | €59 |\n';
  const bands = readFeeBands(text, (row) => ({
    source: 'chunk' as const,
    id: 'mg-prices',
    label: 'Price list',
    quote: row,
  }));

  it('reads one band per row of a table whose first column is a range of counts, and no other table', () => {
    expect(bands.map((b) => [b.from, b.to, b.amount, b.currency])).toEqual([
      [0, 5000, 750, 'EUR'],
      [5001, 40000, 1950, 'EUR'],
      [40001, Number.POSITIVE_INFINITY, 3600, 'EUR'],
    ]);
    expect([...bands[1]!.nouns]).toContain(stem('permits'));
    expect(bands[1]!.citation.quote).toBe('| 5,001 to 40,000 | €1,950 |');
  });
});
