import { describe, expect, it } from 'vitest';
import { extractFigures } from '../text/figures.ts';
import { isCountDifference } from './count-differences.ts';

const gap = (sentence: string, value: number, record: number[] = [], ofNoun: number[] = []) => {
  const draft = extractFigures(sentence);
  const figure = draft.find((f) => f.type === 'count' && f.value === value);
  if (figure?.type !== 'count') throw new Error('no such count');
  return isCountDifference(figure, sentence, { draft, record, recordOf: () => ofNoun });
};

describe('counts worked out as a gap', () => {
  it('accepts the gap between a stated count and one on record, said as a gap', () => {
    expect(gap('With 640 dashboards you have 140 dashboards more than the plan allows.', 140, [500])).toBe(
      true,
    );
    expect(gap('Of your 80 users, 30 users are left to invite.', 30, [50])).toBe(true);
  });

  it('refuses a count that is no gap, or a sentence that speaks of none', () => {
    expect(gap('With 640 dashboards you have 150 dashboards more than the plan allows.', 150, [500])).toBe(
      false,
    );
    expect(gap('With 640 dashboards, 140 dashboards refresh hourly.', 140, [500])).toBe(false);
  });
});

describe('counts worked out as a balance', () => {
  // Two dashboards counts stated, and the 200 a plan includes on record.
  it('accepts the balance of two stated counts and one the record holds of the noun', () => {
    expect(
      gap(
        'You have built 260 dashboards so far; with the 200 included dashboards spent first, 40 dashboards of the add-on block remain.',
        40,
        [],
        [200, 100],
      ),
    ).toBe(true);
  });

  it('refuses a balance the operands do not give, or one the record counts of nothing', () => {
    expect(
      gap(
        'You have built 260 dashboards so far; with the 200 included dashboards spent first, 70 dashboards of the add-on block remain.',
        70,
        [],
        [200, 100],
      ),
    ).toBe(false);
    expect(
      gap(
        'You have built 260 dashboards so far; with the 200 included dashboards spent first, 40 dashboards of the add-on block remain.',
        40,
        [100],
        [],
      ),
    ).toBe(false);
  });
});

describe('counts worked out per item', () => {
  it('accepts a count of items times a number said per item', () => {
    expect(gap('Your 120 kiosks at 15 dashboards each need 1,800 dashboards.', 1800)).toBe(true);
    expect(gap('At 44 stores, roughly 2.5 dashboards apiece, plan for about 110 dashboards.', 110)).toBe(
      true,
    );
  });

  it('refuses a product the numbers do not give, or numbers said per nothing', () => {
    expect(gap('Your 120 kiosks at 15 dashboards each need 2,000 dashboards.', 2000)).toBe(false);
    expect(gap('Your 120 kiosks and 15 dashboards mean 1,800 dashboards.', 1800)).toBe(false);
    expect(gap('Your 120 kiosks at $15 each come to 1,800 dashboards.', 1800)).toBe(false);
  });
});
