import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, weekdayOf } from './calendar.ts';
import { localTime, startOfLocalDay, zoneFromIso, zoneNamed } from './zone.ts';

describe('time zones', () => {
  it('sees a message sent late on a Thursday in New York as Thursday there and Friday in UTC', () => {
    const sent = Date.parse('2026-02-20T03:30:00Z');
    const ny = zoneNamed('America/New_York')!;
    expect(formatDay(localTime(sent, ny).day)).toBe('2026-02-19');
    expect(weekdayOf(localTime(sent, ny).day)).toBe(4);
    expect(
      formatDay(localTime(sent, zoneFromIso('2026-02-20T03:30:00Z') ?? { kind: 'offset', minutes: 0 }).day),
    ).toBe('2026-02-20');
  });

  it('reads the offset written in an ISO string', () => {
    expect(zoneFromIso('2026-02-19T22:30:00-05:00')).toEqual({ kind: 'offset', minutes: -300 });
    expect(zoneFromIso('2026-02-19T22:30:00+0530')).toEqual({ kind: 'offset', minutes: 330 });
    expect(zoneFromIso('2026-02-19T22:30:00Z')).toBeUndefined();
  });

  it('finds the instant a local day starts, across daylight saving', () => {
    const ny = zoneNamed('America/New_York')!;
    expect(new Date(startOfLocalDay(parseDay('2026-02-20'), ny)).toISOString()).toBe(
      '2026-02-20T05:00:00.000Z',
    );
    expect(new Date(startOfLocalDay(parseDay('2026-03-12'), ny)).toISOString()).toBe(
      '2026-03-12T04:00:00.000Z',
    );
  });

  it('ignores a timezone name the runtime does not know', () => {
    expect(zoneNamed('Eastern-ish')).toBeUndefined();
  });
});
