import { describe, expect, it } from 'vitest';
import { stem } from '../../knowledge/text-tokens.ts';
import { americanSpelling, spellingStem } from './spelling.ts';

describe('americanSpelling', () => {
  it.each([
    ['centre', 'center'],
    ['organisation', 'organization'],
    ['customised', 'customized'],
    ['analyse', 'analyze'],
    ['behaviour', 'behavior'],
    ['catalogue', 'catalog'],
    ['cancelled', 'canceled'],
    ['licence', 'license'],
  ])('%s → %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
    expect(spellingStem(british)).toBe(stem(american));
  });

  it('leaves short words that only look alike', () => {
    for (const word of ['more', 'where', 'four', 'hours', 'rise', 'tell'])
      expect(americanSpelling(word)).toBe(word);
  });
});
