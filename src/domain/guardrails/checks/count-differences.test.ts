import { describe, expect, it } from 'vitest';
import { extractFigures } from '../text/figures.ts';
import { isCountDifference } from './count-differences.ts';

const gap = (sentence: string, value: number, record: number[] = []) => {
  const draft = extractFigures(sentence);
  const figure = draft.find((f) => f.type === 'count' && f.value === value);
  if (figure?.type !== 'count') throw new Error('no such count');
  return isCountDifference(figure, sentence, { draft, record });
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
