/** How the measure checks weigh words and compare a draft's number with a documented quantity. */
import { sameDuration } from '../index/durations.ts';
import { isWithinRange, type Measure } from '../index/measures.ts';
import type { MeasuredNumber } from '../text/measured-numbers.ts';

// A rare word is in at most a quarter of the documented quantities.
export const RARE = Math.log(4);

export type Weights = { idf: (w: string) => number; measured: (w: string) => boolean };
const weightsCache = new WeakMap<readonly Measure[], Weights>();

/** Rare words say more about which quantity a sentence gives than common ones ("ticket", "plan"). */
export function weightsOf(measures: readonly Measure[]): Weights {
  const cached = weightsCache.get(measures);
  if (cached) return cached;
  const df = new Map<string, number>();
  for (const m of measures) for (const w of m.stems) df.set(w, (df.get(w) ?? 0) + 1);
  const n = measures.length;
  const weights = {
    idf: (w: string) => Math.log(n / Math.max(1, df.get(w) ?? 0)),
    measured: (w: string) => df.has(w),
  };
  weightsCache.set(measures, weights);
  return weights;
}

// "1 TB" and "1,024 GB" are one size.
export const SIZE_TOLERANCE = 0.03;
export const sameValue = (m: Measure, n: MeasuredNumber, tolerance: number) =>
  m.kind === 'duration'
    ? sameDuration(m.value, n.value, tolerance) || isWithinRange(m, n.value, tolerance)
    : m.kind === 'size'
      ? sameDuration(m.value, n.value, SIZE_TOLERANCE)
      : Math.abs(m.value - n.value) < 1e-9;

// "4 to 6 weeks", "10-20 days": the two ends of one range.
export const RANGE_BETWEEN = /^\s*(?:to|-|–|—|or|and)\s*$/i;

/** "4 to 6 weeks": two numbers joined as the ends of one range. */
export const oneRange = (text: string, a: MeasuredNumber, b: MeasuredNumber) =>
  RANGE_BETWEEN.test(a.start < b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));

// Periods of different orders measure different things: "four business hours" is no "7 days' notice".
export const comparable = (m: Measure, n: MeasuredNumber, order: number) =>
  m.kind !== 'duration' || Math.max(m.value, n.value) / Math.min(m.value, n.value) <= order;
