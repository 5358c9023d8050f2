import { describe, expect, it } from 'vitest';
import { parseNumber } from './number-words.ts';

describe('numbers in words', () => {
  it.each([
    ['seven', 7],
    ['thirty-two', 32],
    ['a hundred', 100],
    ['four hundred', 400],
    ['eight thousand', 8000],
    ['forty-five thousand', 45000],
    ['a thousand', 1000],
    ['one hundred and thirty', 130],
    ['two hundred forty-five', 245],
    ['2,750', 2750],
    ['ten thousand nine hundred and twenty', 10920],
    ['twelve thousand and five', 12005],
  ])('reads %s', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });
});
