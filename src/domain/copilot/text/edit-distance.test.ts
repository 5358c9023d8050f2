import { describe, expect, it } from 'vitest';
import { editDistance, isTypoOf } from './edit-distance.ts';

describe('typo tolerance', () => {
  it('counts a swap of two letters as one slip', () => {
    expect(editDistance('breif', 'brief', 2)).toBe(1);
    expect(editDistance('globx', 'globex', 2)).toBe(1);
  });

  it('stops counting past the allowance', () => {
    expect(editDistance('initech', 'oscorp', 1)).toBe(2);
  });

  it('allows one slip in a name of five to eight letters, two beyond, none in a short one', () => {
    expect(isTypoOf('umbrela', 'umbrella')).toBe(true);
    expect(isTypoOf('wildflowerston', 'wildflowerstone')).toBe(true);
    expect(isTypoOf('acne', 'acme')).toBe(false);
    expect(isTypoOf('globeks', 'globex')).toBe(false);
  });

  it('does not forgive a wrong first letter', () => {
    expect(isTypoOf('klobex', 'globex')).toBe(false);
  });
});
