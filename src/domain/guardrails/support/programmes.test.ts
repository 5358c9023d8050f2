import { describe, expect, it } from 'vitest';
import type { DiscountProgramme } from '../index/discount-policy.ts';
import { conditionStems } from '../index/discount-policy.ts';
import { programmesNamed } from './programmes.ts';

const programme = (
  percent: number,
  durationDays: number | undefined,
  condition: string,
): DiscountProgramme => ({
  percent,
  durationDays,
  conditionStems: conditionStems(condition),
  skus: [],
  citation: { source: 'chunk', id: `doc-programmes#${percent}`, label: 'Programmes' },
});

// A school discount that lasts a first year, and a three-year commitment.
const schools = programme(15, 365, 'school');
const threeYear = programme(9, 1095, 'multi-year commitment');

describe('programmesNamed', () => {
  it('keeps a programme the draft names by its condition when its only duration is a notice period', () => {
    const text = 'As a school you get the school discount, and you can cancel on 30 days notice.';
    expect(programmesNamed([schools, threeYear], text, [30])).toEqual([schools]);
  });

  it('still judges a term-tied programme by the term the draft states', () => {
    expect(programmesNamed([threeYear], 'On a two-year multi-year commitment.', [730])).toEqual([]);
    expect(programmesNamed([threeYear], 'Signed for three years.', [1095])).toEqual([threeYear]);
  });

  it('takes no programme from a short duration alone', () => {
    expect(programmesNamed([schools], 'The pilot runs for 30 days.', [30])).toEqual([]);
  });
});
