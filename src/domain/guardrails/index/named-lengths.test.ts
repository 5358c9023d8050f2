import { describe, expect, it } from 'vitest';
import { lengthNounAfter, readNamedLengths } from './named-lengths.ts';

const citation = { source: 'chunk' as const, id: 'd#1', label: 'd#1' };
const read = (...texts: string[]) =>
  Object.fromEntries(
    [...readNamedLengths(texts.map((text) => ({ text, citation })))].map(([k, v]) => [
      k,
      v.map((l) => l.days),
    ]),
  );

describe('things the documents name by their length', () => {
  it('reads "a free 10-day sandbox" as the sandbox lasting ten days', () => {
    expect(read('Every team gets a free 10-day sandbox to try imports.')).toEqual({ sandbox: [10] });
  });

  it('leaves out periods counted from something else, contract terms and nouns given several lengths', () => {
    expect(read('Cancel within 45 days of the sandbox closing.', 'A 24-month term saves 5%.')).toEqual({});
    expect(read('Lite has 7-day history.', 'Max has 90-day history.')).toEqual({});
  });

  it('finds the noun right after a length, past a describing word', () => {
    const text = 'a 3-week guided onboarding';
    expect(lengthNounAfter(text, text.indexOf('3-week') + 6)).toBe('onboard');
    expect(lengthNounAfter('a 3-week window', 8)).toBeUndefined();
  });
});
