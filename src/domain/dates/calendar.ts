/** Calendar-date arithmetic on epoch days (days since 1970-01-01): fast, time-zone free, no Date objects kept. */

export const DAY_MS = 86_400_000;

/** 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** English names, indexed by Weekday and by month - 1. */
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil; no Date object). */
export function dayFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Parses YYYY-MM-DD (the first ten characters of any ISO string) to an epoch day. */
export function parseDay(iso: string): number {
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  return dayFromParts(year, digit(iso, 5) * 10 + digit(iso, 6), digit(iso, 8) * 10 + digit(iso, 9));
}

/** The inverse of dayFromParts (civil_from_days). */
export function partsOfDay(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatDay(day: number): string {
  const p = partsOfDay(day);
  return `${p.year < 1000 ? String(p.year).padStart(4, '0') : p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

export function weekdayOf(day: number): Weekday {
  // 1970-01-01 was a Thursday.
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 30;
}

export function startOfMonth(day: number): number {
  const p = partsOfDay(day);
  return dayFromParts(p.year, p.month, 1);
}

export function endOfMonth(day: number): number {
  const p = partsOfDay(day);
  return dayFromParts(p.year, p.month, daysInMonth(p.year, p.month));
}

/** The same day of the month `n` months later, clamped to the month's length (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: number, n: number): number {
  const p = partsOfDay(day);
  const total = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromParts(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export function quarterOf(day: number): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const p = partsOfDay(day);
  return { year: p.year, quarter: (Math.floor((p.month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

export function quarterRange(year: number, quarter: number): { from: number; to: number } {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    from: dayFromParts(year, firstMonth, 1),
    to: dayFromParts(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)),
  };
}

/** Monday of the week containing `day` (weeks run Monday to Sunday, as in business usage). */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** Adds working days, skipping Saturdays and Sundays (holidays are not known here). */
export function addBusinessDays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d += 1;
    const w = weekdayOf(d);
    if (w !== 0 && w !== 6) left -= 1;
  }
  return d;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "Fri Feb 20": how a rep reads a date in a one-line summary. */
export function describeDay(day: number): string {
  const p = partsOfDay(day);
  return `${WEEKDAY_NAMES[weekdayOf(day)]} ${MONTH_NAMES[p.month - 1]} ${p.day}`;
}
