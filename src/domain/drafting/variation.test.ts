import { describe, expect, it } from 'vitest';
import { pickerFor } from './variation.ts';

const options = ['a', 'b', 'c', 'd', 'e'] as const;

describe('pickerFor', () => {
  it('chooses the same phrasing for the same deal and slot every time', () => {
    expect(pickerFor('o-1')('opening', options)).toBe(pickerFor('o-1')('opening', options));
  });

  it('spreads deals across every phrasing', () => {
    const chosen = new Set(Array.from({ length: 60 }, (_, i) => pickerFor(`o-${i}`)('opening', options)));
    expect(chosen.size).toBe(options.length);
  });

  it('chooses independently per slot, so one deal does not get every first option', () => {
    const pick = pickerFor('o-7');
    const slots = Array.from({ length: 12 }, (_, i) => pick(`slot-${i}`, options));
    expect(new Set(slots).size).toBeGreaterThan(1);
  });
});
