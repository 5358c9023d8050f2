import { describe, expect, it } from 'vitest';
import { measuredNumbers } from './measured-numbers.ts';

const read = (text: string) => measuredNumbers(text).map((n) => `${n.kind}:${n.value}`);

describe('numbers stated as a quantity', () => {
  it('reads periods in days, percentages and plain counts, words included', () => {
    expect(read('Crates are kept for two weeks, 99.5% of the time, across five bays.')).toEqual([
      'duration:14',
      'percent:99.5',
      'number:5',
    ]);
  });

  it('reads a table cell and a threshold', () => {
    expect(read('Crew: Docking bays: 12.')).toEqual(['number:12']);
    expect(read('A harbour pilot for fleets of 30 or more hulls.')).toEqual(['number:30']);
  });

  it('leaves out money, years, names with digits and round-the-clock cover', () => {
    expect(read('ISO 9001 since 2019, TLS 1.3, 24/7 cover, $40 a seat.')).toEqual([]);
  });
});
