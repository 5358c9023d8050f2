/** Instants in a person's time zone: local wall-clock times in, ISO 8601 with the right UTC offset out. */
import type { Day } from './calendar.ts';

/** An instant together with the time zone of whoever it belongs to (the writer of a mail, the rep on a call). */
export interface Moment {
  readonly utcMs: number;
  readonly tz: string;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Minutes east of UTC in `tz` at `utcMs`. Offsets change on the hour in every zone we use, so one look-up per hour. */
export function offsetMinutes(tz: string, utcMs: number): number {
  const hour = Math.floor(utcMs / MS_PER_HOUR);
  const key = `${tz}|${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const at = hour * MS_PER_HOUR;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(tz).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  const offset = Math.round((local - at) / MS_PER_MINUTE);
  offsets.set(key, offset);
  return offset;
}

/** The instant at which the wall clock in `tz` shows `minuteOfDay` on `day`. */
export function atLocal(tz: string, day: Day, minuteOfDay: number): Moment {
  const wall = day * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  let utcMs = wall - offsetMinutes(tz, wall) * MS_PER_MINUTE;
  const corrected = wall - offsetMinutes(tz, utcMs) * MS_PER_MINUTE;
  if (corrected !== utcMs) utcMs = corrected;
  return { utcMs, tz };
}

export const inZone = (m: Moment, tz: string): Moment => ({ utcMs: m.utcMs, tz });
export const plusMinutes = (m: Moment, minutes: number): Moment => ({
  utcMs: m.utcMs + minutes * MS_PER_MINUTE,
  tz: m.tz,
});

/** The wall clock of the moment in its own zone, as a fake-UTC Date for reading fields. */
function wallClock(m: Moment): Date {
  return new Date(m.utcMs + offsetMinutes(m.tz, m.utcMs) * MS_PER_MINUTE);
}

export const localDay = (m: Moment): Day => Math.floor(wallClock(m).getTime() / MS_PER_DAY);
export function localMinuteOfDay(m: Moment): number {
  const w = wallClock(m);
  return w.getUTCHours() * 60 + w.getUTCMinutes();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 with the zone's offset, e.g. 2026-03-03T09:14:00-08:00 (how many CRMs export activity times). */
export function isoWithOffset(m: Moment): string {
  const offset = offsetMinutes(m.tz, m.utcMs);
  const w = new Date(m.utcMs + offset * MS_PER_MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 in UTC without milliseconds, e.g. 2026-03-03T17:14:00Z (how calendar syncs export). */
export const isoUtc = (m: Moment): string => `${new Date(m.utcMs).toISOString().slice(0, 19)}Z`;

/** "9:14 AM" or "09:14", as a mail client shows it. */
export function clockTime(m: Moment, twelveHour: boolean): string {
  const minutes = localMinuteOfDay(m);
  const h = Math.floor(minutes / 60);
  const mm = pad(minutes % 60);
  if (!twelveHour) return `${pad(h)}:${mm}`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${mm} ${h < 12 ? 'AM' : 'PM'}`;
}
