import { describe, expect, it } from 'vitest';
import { finding } from '../support/findings.ts';
import { dropDerived } from './derived-figures.ts';

// "Pro includes 15 office users, so 23 extra": the 23 is the customer's 38 less the 15 included.
const extra = finding(
  'claim',
  'block',
  { field: 'body', start: 40, end: 48, text: '23 extra' },
  'count',
  '23 extra is not a figure the documents give (they state 15)',
);
const input = (recordCounts: number[]) => ({
  figures: [],
  recordCounts,
  factors: [1],
  bases: () => [],
  approximateTolerance: 0.05,
  quantities: [15],
});

describe('a count of extras', () => {
  it('is the difference of a count on record and one the draft states', () => {
    expect(dropDerived([extra], input([38]))).toEqual([]);
  });

  it('stays blocked when no two counts give it', () => {
    expect(dropDerived([extra], input([40]))).toEqual([extra]);
  });
});
