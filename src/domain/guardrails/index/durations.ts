/** Durations in one unit, so "12 months", "one year" and "annually" compare equal. */
import type { DurationUnit } from '../text/figures.ts';

// A month is 30 days and a year 360 here: what matters is that 12 months and a year meet exactly.
const DAYS: Record<DurationUnit, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
  year: 360,
};

export function durationInDays(value: number, unit: DurationUnit): number {
  return value * DAYS[unit];
}

export function sameDuration(a: number, b: number, tolerance = 0.02): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * tolerance;
}
