import { describe, expect, it } from 'vitest';
import { isRecordPlusOneOff, isRepricedRecord } from './repriced-amounts.ts';

describe('isRepricedRecord', () => {
  // A CRM total of $50,400 a year: 300 licences at $14 a month.
  const records = [50_400];
  it('restates a yearly record month by month when the figure may be monthly', () => {
    expect(isRepricedRecord(4_200, records, [], [], 0, [1 / 12])).toBe(true);
    // Under a 10% discount the draft names, a month of it.
    expect(isRepricedRecord(3_780, records, [10], [], 0, [1 / 12])).toBe(true);
  });
  it('keeps a monthly restatement exact, and takes none a yearly figure cannot be', () => {
    expect(isRepricedRecord(4_450, records, [], [], 0, [1 / 12])).toBe(false);
    // "$4,200 a year" is no restatement of a $50,400 year.
    expect(isRepricedRecord(4_200, records, [], [], 0, [12])).toBe(false);
  });
  it('keeps a rate written in cents exact to the cent', () => {
    expect(isRepricedRecord(1.2, [1.2], [], [], 0)).toBe(true);
    // "1.50 a unit" is no restatement of a 1.20 rate give or take half a unit.
    expect(isRepricedRecord(1.5, [1.2], [], [], 0)).toBe(false);
  });
});

describe('isRecordPlusOneOff', () => {
  it('adds one one-off fee to a year on record, within the rounding the figure shows', () => {
    expect(isRecordPlusOneOff(21_400, [18_900], [2_500, 4_000], 50)).toBe(true); // "€21.4k"
    expect(isRecordPlusOneOff(21_900, [18_900], [2_500, 4_000], 50)).toBe(false);
    // Two fees at once are no such sum.
    expect(isRecordPlusOneOff(25_400, [18_900], [2_500, 4_000], 0.5)).toBe(false);
  });
});
