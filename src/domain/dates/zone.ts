/** Time zones as a message's author lived them: fixed offsets from ISO strings or IANA names, resolved purely with Intl. */
import { DAY_MS } from './calendar.ts';

export type Zone = { kind: 'offset'; minutes: number } | { kind: 'iana'; name: string };

export const UTC: Zone = { kind: 'offset', minutes: 0 };

const OFFSET_TAIL = /([+-])(\d{2}):?(\d{2})?$/;

/** The explicit offset written in an ISO date-time ("…-05:00"); undefined for "Z", which says nothing about the author. */
export function zoneFromIso(iso: string): Zone | undefined {
  if (/[zZ]$/.test(iso)) return undefined;
  const m = OFFSET_TAIL.exec(iso);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return { kind: 'offset', minutes: m[1] === '-' ? -minutes : minutes };
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(name: string): Intl.DateTimeFormat | null {
  let f = formatters.get(name);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      // A free-text timezone field ("Eastern") is not an error in the data; the caller falls back.
      f = null;
    }
    formatters.set(name, f);
  }
  return f;
}

/** An IANA zone if the name is one this runtime knows, else undefined. */
export function zoneNamed(name: string | undefined): Zone | undefined {
  if (!name) return undefined;
  return formatterFor(name) ? { kind: 'iana', name } : undefined;
}

const offsetCache = new Map<string, Map<number, number>>();

/** Minutes east of UTC in `zone` at the instant `ms`. */
export function offsetAt(zone: Zone, ms: number): number {
  if (zone.kind === 'offset') return zone.minutes;
  const f = formatterFor(zone.name);
  if (!f) return 0;
  // Offsets change at most on the hour in every real zone, so one lookup per zone-hour is enough.
  const hour = Math.floor(ms / 3_600_000);
  // Reads come in runs for one owner's zone and nearby hours: the last answer often serves the next call.
  if (hour === last.hour && zone.name === last.name) return last.offset;
  let hours = offsetCache.get(zone.name);
  if (!hours) {
    hours = new Map();
    offsetCache.set(zone.name, hours);
  }
  const cached = hours.get(hour);
  if (cached !== undefined) {
    remember(zone.name, hour, cached);
    return cached;
  }
  const at = hour * 3_600_000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  for (const p of f.formatToParts(at)) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') mo = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
    else if (p.type === 'hour') h = Number(p.value);
    else if (p.type === 'minute') mi = Number(p.value);
  }
  const offset = Math.round((Date.UTC(y, mo - 1, d, h, mi) - at) / 60_000);
  if (hours.size > 200_000) hours.clear();
  hours.set(hour, offset);
  remember(zone.name, hour, offset);
  return offset;
}

const last = { name: '', hour: Number.NaN, offset: 0 };

function remember(name: string, hour: number, offset: number): void {
  last.name = name;
  last.hour = hour;
  last.offset = offset;
}

/** The calendar day (epoch day) and minute of the day that a clock in `zone` showed at `ms`. */
export function localTime(ms: number, zone: Zone): { day: number; minute: number } {
  const local = ms + offsetAt(zone, ms) * 60_000;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: Math.floor((local - day * DAY_MS) / 60_000) };
}

/** The instant a calendar day begins in `zone`. */
export function startOfLocalDay(day: number, zone: Zone): number {
  const naive = day * DAY_MS;
  const first = naive - offsetAt(zone, naive) * 60_000;
  return naive - offsetAt(zone, first) * 60_000;
}

export function describeZone(zone: Zone): string {
  if (zone.kind === 'iana') return zone.name;
  const sign = zone.minutes < 0 ? '-' : '+';
  const abs = Math.abs(zone.minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
