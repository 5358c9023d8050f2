import { describe, expect, it } from 'vitest';
import type { Measure } from '../index/measures.ts';
import { measureStems } from '../index/measures.ts';
import { measuredNumbers } from '../text/measured-numbers.ts';
import { bandedContradiction, bandOf, countNear, isOtherBand } from './banded-periods.ts';

const chunk = { source: 'chunk' as const, id: 'lab#3', label: 'lab#3' };
// A lab-equipment vendor's calibration lead times, by the number of instruments.
const lines = [
  '- up to 20 instruments: calibrated within 5 working days;',
  '- 21 to 80 instruments: within 3 weeks;',
  '- more than 80 instruments: calibrated in batches over 5 to 6 weeks.',
];
const measures: Measure[] = lines.flatMap((quote) =>
  measuredNumbers(quote)
    .filter((n) => n.kind === 'duration')
    .map((n) => ({
      kind: n.kind,
      value: n.value,
      stems: measureStems(`Calibration lead times ${quote}`),
      plans: [],
      citation: { ...chunk, quote },
    })),
);
const judge = (sentence: string) => {
  const n = measuredNumbers(sentence).find((x) => x.kind === 'duration')!;
  return bandedContradiction(measures, n, measureStems(sentence), countNear(sentence, n))?.citation.quote;
};

describe('periods given by size band', () => {
  it('reads the band a document line opens with', () => {
    expect(bandOf(lines[0]!)).toEqual({ low: 0, high: 20, noun: 'instruments' });
    expect(bandOf(lines[1]!)).toEqual({ low: 21, high: 80, noun: 'instruments' });
    expect(bandOf(lines[2]!)).toEqual({ low: 81, high: Number.POSITIVE_INFINITY, noun: 'instruments' });
    expect(bandOf('Instruments are calibrated within 5 days.')).toBeUndefined();
  });

  it("holds a period said for a count to the count's band", () => {
    expect(judge('For your 45 analysers we calibrate within 3 weeks.')).toBeUndefined();
    expect(judge('All 120 analysers calibrated within 5 to 6 weeks is realistic.')).toBeUndefined();
    expect(judge('For your 45 analysers we calibrate within 5 working days.')).toBe(lines[1]);
    expect(judge('All 120 analysers calibrated within 3 weeks.')).toBe(lines[2]);
  });

  it('says nothing of a period with no count, or of another topic', () => {
    expect(judge('We calibrate within 5 working days.')).toBeUndefined();
    expect(judge('For 45 seats, onboarding takes 2 weeks.')).toBeUndefined();
  });
});

describe('a banded period said without a count', () => {
  const judgeFor = (sentence: string, size: number) => {
    const n = measuredNumbers(sentence).find((x) => x.kind === 'duration')!;
    return bandedContradiction(measures, n, measureStems(sentence), countNear(sentence, n) ?? size)?.citation
      .quote;
  };

  it("holds it to the band of the deal's size", () => {
    expect(judgeFor('Order by 9 March and calibration is done within 3 weeks.', 45)).toBeUndefined();
    expect(judgeFor('Order by 9 March and calibration is done within 5 working days.', 45)).toBe(lines[1]);
  });

  it("knows another band's period for what it is", () => {
    const n = measuredNumbers('calibrated within 3 weeks').find((x) => x.kind === 'duration')!;
    expect(isOtherBand(measures, measures[0]!, n)).toBe(true);
    const unbanded = measuredNumbers('calibrated within 9 weeks').find((x) => x.kind === 'duration')!;
    expect(isOtherBand(measures, measures[0]!, unbanded)).toBe(false);
  });
});

describe('bands listed part by part in one line', () => {
  // One sentence gives every band: "one kennel …; 2 to 5 kennels …; 6 kennels or more …", and six
  // weeks sits at the edge of two bands.
  const line =
    'Typical time from kick-off to go-live: one kennel 2 to 3 weeks; 2 to 5 kennels 4 to 6 weeks; 6 kennels or more 6 to 10 weeks.';
  const inLine: Measure[] = measuredNumbers(line)
    .filter((n) => n.kind === 'duration')
    .map((n) => ({
      kind: n.kind,
      value: n.value,
      stems: measureStems(line),
      plans: [],
      citation: { ...chunk, quote: line },
    }));
  const judgeLine = (sentence: string) => {
    const n = measuredNumbers(sentence).find((x) => x.kind === 'duration')!;
    return bandedContradiction(inLine, n, measureStems(sentence), countNear(sentence, n))?.citation.quote;
  };

  it("holds a period said for a count to the band of that count's part of the line", () => {
    expect(judgeLine('For all four kennels we would go live two to three weeks after kick-off.')).toBe(line);
    expect(
      judgeLine('For all four kennels we would go live four to six weeks after kick-off.'),
    ).toBeUndefined();
    expect(judgeLine('For your single kennel, go-live takes 2 weeks from kick-off.')).toBeUndefined();
    // Six weeks is both the 2-to-5 band's far end and the 6-or-more band's near one.
    expect(judgeLine('For seven kennels, go-live takes 6 to 10 weeks from kick-off.')).toBeUndefined();
    expect(judgeLine('For seven kennels, go-live takes 4 weeks from kick-off.')).toBe(line);
  });
});
