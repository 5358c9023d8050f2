import { describe, expect, it } from 'vitest';
import { parseDay } from '../dates/calendar.ts';
import { zoneNamed } from '../dates/zone.ts';
import { localInstant } from './meeting-times.ts';

describe('localInstant', () => {
  const newYork = zoneNamed('America/New_York')!;

  it('puts 10:00 in New York at 15:00 UTC in winter and 14:00 UTC once daylight saving starts', () => {
    expect(new Date(localInstant(parseDay('2026-03-06'), 600, newYork)).toISOString()).toBe(
      '2026-03-06T15:00:00.000Z',
    );
    expect(new Date(localInstant(parseDay('2026-03-09'), 600, newYork)).toISOString()).toBe(
      '2026-03-09T14:00:00.000Z',
    );
  });
});
