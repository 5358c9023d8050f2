import { describe, expect, it } from 'vitest';
import { dayInZone, zonesNamedIn, zonesOfAddress } from './time-zones.ts';

describe('time zones', () => {
  it('reads a zone named as "<place> time", after a clock time, or as a capitalised abbreviation', () => {
    expect(zonesNamedIn('The walkthrough is at 9am Tokyo time.')).toEqual(['Asia/Tokyo']);
    expect(zonesNamedIn('Kick-off is at 14:00 Helsinki, then lunch.')).toEqual(['Europe/Helsinki']);
    expect(zonesNamedIn('We start at 3pm PT sharp.')).toEqual(['America/Los_Angeles']);
  });

  it('names no zone for a place that is not a time, or a lower-case word', () => {
    expect(zonesNamedIn('Your data stays in the Tokyo region; pt. 2 follows.')).toEqual([]);
  });

  it('gives the day an instant falls on in a zone', () => {
    expect(dayInZone('2026-07-01T22:30:00Z', 'Asia/Tokyo')).toBe('2026-07-02');
    expect(dayInZone('2026-07-01T22:30:00Z', 'America/Los_Angeles')).toBe('2026-07-01');
  });

  it('places an address by its country domain, never by a generic one', () => {
    expect(zonesOfAddress('ines@tafelberg.co.za')).toEqual(['Africa/Johannesburg']);
    expect(zonesOfAddress('ines@tafelberg.com')).toEqual([]);
    expect(zonesOfAddress('ines@tafelberg.io')).toEqual([]);
  });
});
