/** Calendar helpers the date rules share: the Friday of a week, a month named without a year, "next Tuesday". */
import {
  addBusinessDays,
  addMonths,
  dayFromParts,
  daysInMonth,
  mondayOf,
  partsOfDay,
  quarterRange,
  weekdayOf,
} from './calendar.ts';
import type { DatePrecision, DateReference } from './date-mentions.ts';

/** The days an expression names, inclusive, and how precise it is. */
export type Range = { from: number; to: number; precision: DatePrecision };

export const day = (d: number, precision: DatePrecision = 'day'): Range => ({ from: d, to: d, precision });
export const span = (from: number, to: number, precision: DatePrecision = 'span'): Range => ({
  from,
  to,
  precision,
});

/** The Friday that closes the working week of `d`; on a weekend, next week's Friday. */
export function fridayOf(d: number): number {
  const w = weekdayOf(d);
  return w === 6 || w === 0 ? mondayOf(d) + 7 + 4 : mondayOf(d) + 4;
}

/** Month-day without a year: the occurrence nearest the message, leaning forward (plans are about the future). */
export function inferYear(month: number, dom: number, ref: DateReference): number | undefined {
  const { year } = partsOfDay(ref.day);
  if (dom < 1 || dom > daysInMonth(year, month)) return undefined;
  const thisYear = dayFromParts(year, month, dom);
  if (thisYear < ref.day - 45) return dayFromParts(year + 1, month, dom);
  if (thisYear > ref.day + 300) return dayFromParts(year - 1, month, dom);
  return thisYear;
}

export function explicitDay(
  year: number | undefined,
  month: number,
  dom: number,
  ref: DateReference,
): number | undefined {
  if (month < 1 || month > 12 || dom < 1) return undefined;
  if (year === undefined) return inferYear(month, dom, ref);
  const y = year < 100 ? 2000 + year : year;
  if (dom > daysInMonth(y, month)) return undefined;
  return dayFromParts(y, month, dom);
}

/**
 * Month-first and day-first readings of a numeric date ("1/5"): US order unless the day-first reading is clearly
 * nearer the message. People write about the coming weeks, so a reading months away (or behind them) is the
 * unlikely one; a day in the past counts double, since plans look forward.
 */
export function nearerReading(
  monthFirst: number | undefined,
  dayFirst: number | undefined,
  ref: DateReference,
): number | undefined {
  if (monthFirst === undefined || dayFirst === undefined || monthFirst === dayFirst)
    return monthFirst ?? dayFirst;
  const distance = (d: number) => (d >= ref.day ? d - ref.day : 2 * (ref.day - d));
  return distance(dayFirst) < distance(monthFirst) ? dayFirst : monthFirst;
}

/** A month named without a year: this year's, unless it has already ended, then next year's. */
export function monthRange(month: number, ref: DateReference, year?: number): Range {
  const { year: refYear } = partsOfDay(ref.day);
  let y = year ?? refYear;
  if (year === undefined && dayFromParts(y, month, daysInMonth(y, month)) < ref.day) y += 1;
  return span(dayFromParts(y, month, 1), dayFromParts(y, month, daysInMonth(y, month)), 'month');
}

export function partOfMonth(part: string, m: Range): Range {
  const { year, month } = partsOfDay(m.from);
  const last = daysInMonth(year, month);
  const d = (n: number) => dayFromParts(year, month, Math.min(n, last));
  if (/^(early|beginning|start|first week)/.test(part)) return span(d(1), d(10), 'span');
  if (/^(mid|middle)/.test(part)) return day(d(15), 'span');
  if (/^(late|last week)/.test(part)) return span(d(21), d(last), 'span');
  if (/^end/.test(part)) return day(d(last), 'span');
  return m;
}

export function weekdayDate(ref: DateReference, wd: number, modifier: string | undefined): number {
  const today = weekdayOf(ref.day);
  const mod = (modifier ?? '').trim();
  if (/^next|^following/.test(mod)) {
    // "next Tuesday" is the Tuesday of next week (said on a weekend, the coming week).
    const base = today === 6 || today === 0 ? mondayOf(ref.day) + 7 : mondayOf(ref.day) + 7;
    return base + ((wd + 6) % 7);
  }
  let delta = (wd - today + 7) % 7;
  if (delta === 0 && !/^this/.test(mod)) delta = 7;
  return ref.day + delta;
}

export function quarterYear(q: number, yearText: string | undefined, ref: DateReference): number {
  if (yearText) {
    const y = Number(yearText);
    return y < 100 ? 2000 + y : y;
  }
  const { year } = partsOfDay(ref.day);
  return quarterRange(year, q).to < ref.day ? year + 1 : year;
}

export function addUnits(ref: DateReference, n: number, unit: string): number {
  if (/^(business|working) day/.test(unit)) return addBusinessDays(ref.day, n);
  if (/^day/.test(unit)) return ref.day + n;
  if (/^fortnight/.test(unit)) return ref.day + 14 * n;
  if (/^(week|wk)/.test(unit)) return ref.day + 7 * n;
  if (/^(month|mo)/.test(unit)) return addMonths(ref.day, n);
  if (/^quarter/.test(unit)) return addMonths(ref.day, 3 * n);
  if (/^(year|yr)/.test(unit)) return addMonths(ref.day, 12 * n);
  return ref.day + n;
}

/** Easter Sunday of a year (the anonymous Gregorian computus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

/** The nth weekday of a month (n = -1 for the last), e.g. US Thanksgiving is the 4th Thursday of November. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayFromParts(year, month, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = dayFromParts(year, month, daysInMonth(year, month));
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** A holiday's days in the year that has it next (on or after the message day, give or take a week). */
export function holidayRange(name: string, ref: DateReference): Range | undefined {
  const { year } = partsOfDay(ref.day);
  const inYear = (y: number): Range | undefined => {
    if (/easter/.test(name)) {
      const sunday = easterSunday(y);
      return span(sunday - 2, sunday + 1, 'span');
    }
    if (/thanksgiving/.test(name)) {
      const thursday = nthWeekday(y, 11, 4, 4);
      return span(thursday, thursday + 3, 'span');
    }
    if (/christmas|xmas/.test(name)) return span(dayFromParts(y, 12, 24), dayFromParts(y, 12, 26), 'span');
    if (/independence day|july 4th|4th of july|fourth of july/.test(name))
      return day(dayFromParts(y, 7, 4), 'span');
    if (/labou?r day/.test(name)) return day(nthWeekday(y, 9, 1, 1), 'span');
    if (/memorial day/.test(name)) return day(nthWeekday(y, 5, 1, -1), 'span');
    if (/summer/.test(name)) return span(dayFromParts(y, 6, 21), dayFromParts(y, 8, 31), 'span');
    return undefined;
  };
  const now = inYear(year);
  if (now && now.to >= ref.day - 7) return now;
  return inYear(year + 1);
}
