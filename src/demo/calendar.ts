/** Calendar days as plain numbers (days since 1970-01-01), with the arithmetic and names that mail text needs. */
import { MONTHS, WEEKDAYS } from '../domain/dates/calendar.ts';

/** A calendar date, counted in days since 1970-01-01; no time zone is implied. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export { MONTHS, WEEKDAYS };

export const dayFromIso = (iso: string): Day =>
  Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
export const isoFromDay = (day: Day): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
export const dayFromYmd = (year: number, month: number, date: number): Day =>
  Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);

export function ymd(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 is Sunday, as in Date#getDay. 1970-01-01 was a Thursday. */
export const weekdayOf = (day: Day): number => (((day + 4) % 7) + 7) % 7;
export const isWeekend = (day: Day): boolean => weekdayOf(day) === 0 || weekdayOf(day) === 6;
export const mondayOf = (day: Day): Day => day - ((weekdayOf(day) + 6) % 7);
/** The Friday of the Monday-to-Sunday week that holds `day`. */
export const fridayOf = (day: Day): Day => mondayOf(day) + 4;

export function startOfMonth(day: Day): Day {
  const { year, month } = ymd(day);
  return dayFromYmd(year, month, 1);
}
export function endOfMonth(day: Day): Day {
  const { year, month } = ymd(day);
  return dayFromYmd(year, month + 1, 1) - 1;
}
/** The last day of the calendar quarter that holds `day`. */
export function endOfQuarter(day: Day): Day {
  const { year, month } = ymd(day);
  const lastMonth = Math.ceil(month / 3) * 3;
  return dayFromYmd(year, lastMonth + 1, 1) - 1;
}
export const quarterOf = (day: Day): number => Math.ceil(ymd(day).month / 3);

/** Moves a weekend day to the following Monday; business mail mostly happens on weekdays. */
export function nextWorkday(day: Day): Day {
  const wd = weekdayOf(day);
  if (wd === 6) return day + 2;
  if (wd === 0) return day + 1;
  return day;
}
/** Moves a weekend day back to the Friday before. */
export function previousWorkday(day: Day): Day {
  const wd = weekdayOf(day);
  if (wd === 6) return day - 1;
  if (wd === 0) return day - 2;
  return day;
}

export const monthName = (day: Day): string => MONTHS[ymd(day).month - 1] as string;
export const weekdayName = (day: Day): string => WEEKDAYS[weekdayOf(day)] as string;
export const shortWeekday = (day: Day): string => weekdayName(day).slice(0, 3);
export const shortMonth = (day: Day): string => monthName(day).slice(0, 3);

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
}

/** How dates are written: American "March 9", British and European "9 March". */
export type DateStyle = 'us' | 'intl';

export function monthDay(day: Day, style: DateStyle): string {
  const { date } = ymd(day);
  return style === 'us' ? `${monthName(day)} ${date}` : `${date} ${monthName(day)}`;
}
export function shortMonthDay(day: Day, style: DateStyle): string {
  const { date } = ymd(day);
  return style === 'us' ? `${shortMonth(day)} ${date}` : `${date} ${shortMonth(day)}`;
}
/** Numeric, as people type it: 3/9 in the US, 9/3 elsewhere. */
export function numericDate(day: Day, style: DateStyle): string {
  const { month, date } = ymd(day);
  return style === 'us' ? `${month}/${date}` : `${date}/${month}`;
}
/** For notes and labels: "Fri Mar 20". */
export const labelDate = (day: Day): string => `${shortWeekday(day)} ${shortMonth(day)} ${ymd(day).date}`;
