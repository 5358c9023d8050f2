import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './calendar.ts';
import { atLocal, clockTime, isoUtc, isoWithOffset, localDay } from './zoned-time.ts';

const nineAm = 9 * 60;

describe('zoned time', () => {
  it('writes New York times with -05:00 before the March change and -04:00 after it', () => {
    expect(isoWithOffset(atLocal('America/New_York', dayFromIso('2026-03-06'), nineAm))).toBe(
      '2026-03-06T09:00:00-05:00',
    );
    expect(isoWithOffset(atLocal('America/New_York', dayFromIso('2026-03-09'), nineAm))).toBe(
      '2026-03-09T09:00:00-04:00',
    );
  });

  it('keeps half-hour zones and zones without daylight saving exact', () => {
    expect(isoWithOffset(atLocal('Asia/Kolkata', dayFromIso('2026-03-10'), nineAm))).toBe(
      '2026-03-10T09:00:00+05:30',
    );
    expect(isoWithOffset(atLocal('America/Phoenix', dayFromIso('2026-07-10'), nineAm))).toBe(
      '2026-07-10T09:00:00-07:00',
    );
  });

  it('gives the same instant whichever zone renders it', () => {
    const m = atLocal('Australia/Sydney', dayFromIso('2026-03-10'), nineAm);
    expect(isoUtc(m)).toBe('2026-03-09T22:00:00Z');
    expect(isoFromDay(localDay(m))).toBe('2026-03-10');
  });

  it('shows clock times as a mail client would, 12- or 24-hour', () => {
    const m = atLocal('Europe/Berlin', dayFromIso('2026-03-10'), 14 * 60 + 5);
    expect(clockTime(m, true)).toBe('2:05 PM');
    expect(clockTime(m, false)).toBe('14:05');
  });
});
