import { describe, expect, it } from 'vitest';
import { clockTimes, dayRanges } from './service-hours.ts';

describe('opening hours in text', () => {
  it.each([
    ['7am', 7 * 60],
    ['7 p.m.', 19 * 60],
    ['19:00', 19 * 60],
    ['7.30pm', 19 * 60 + 30],
    ['noon', 12 * 60],
    ['12am', 0],
    ['09:15', 9 * 60 + 15],
  ])('reads %s as a clock time', (text, minutes) => {
    expect(clockTimes(`open ${text} daily`).map((t) => t.minutes)).toEqual([minutes]);
  });

  it('leaves numbers that are not times alone', () => {
    expect(clockTimes('version 2.0, 1.5 GB, 99.5% uptime, 3 seats')).toEqual([]);
  });

  it.each([
    ['Monday to Friday', 'mon-fri'],
    ['Mon–Sat', 'mon-sat'],
    ['Monday through Saturday', 'mon-sat'],
    ['24/7', 'mon-sun'],
    ['7 days a week', 'mon-sun'],
    ['around the clock', 'mon-sun'],
  ])('reads %s as days of the week', (text, days) => {
    expect(dayRanges(`support ${text} for you`).map((r) => r.days)).toEqual([days]);
  });
});
