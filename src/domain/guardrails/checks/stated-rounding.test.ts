import { describe, expect, it } from 'vitest';
import { statedRounding, writtenRounding } from './stated-rounding.ts';

describe('statedRounding', () => {
  it('allows half a unit of the last digit a rounded figure states', () => {
    expect(statedRounding(42_000, 0.05)).toBe(500); // "about €42k" covers 41,640
    expect(statedRounding(7_300, 0.05)).toBe(73); // a hundredth, when the digits allow less
  });
  it('lets a precise figure round by a hundredth at most, whatever word comes before it', () => {
    expect(statedRounding(18_437, 0.05)).toBeCloseTo(184.37); // "about $18,437" is no cover for 18,900
    expect(statedRounding(12.4, 0.05)).toBeCloseTo(0.124);
  });
  it('never allows more than the share of the amount a rounded figure may take', () => {
    expect(statedRounding(300_000, 0.05)).toBe(15_000); // not the 50,000 of "three hundred thousand"
  });
});

describe('writtenRounding', () => {
  it('allows half a unit of the last digit written before the k or m', () => {
    expect(writtenRounding('€36.6k')).toBeCloseTo(50); // €36,608 is €36.6k, €36,800 is not
    expect(writtenRounding('£18k a year')).toBe(500);
    expect(writtenRounding('$1.25m')).toBeCloseTo(5_000);
  });
  it('gives nothing for a figure written in full', () => {
    expect(writtenRounding('€36,608')).toBeUndefined();
    expect(writtenRounding('$4,800 a year')).toBeUndefined();
  });
});
