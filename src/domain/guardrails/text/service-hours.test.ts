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
    ['1 hour, 24×7', 'mon-sun'],
  ])('reads %s as days of the week', (text, days) => {
    expect(dayRanges(`support ${text} for you`).map((r) => r.days)).toEqual([days]);
  });
});

describe('the start of a range of clock times', () => {
  it('takes the pm its end gives where that keeps it first', () => {
    expect(clockTimes('2:00 to 3:00 pm Central').map((t) => t.minutes)).toEqual([14 * 60, 15 * 60]);
  });

  it('keeps a morning start that pm would put after the end', () => {
    expect(clockTimes('9:00 to 5:00 pm').map((t) => t.minutes)).toEqual([9 * 60, 17 * 60]);
  });

  it('leaves a 24-hour start and a start with its own meridiem alone', () => {
    expect(clockTimes('14:00 to 3:00 pm').map((t) => t.minutes)).toEqual([14 * 60, 15 * 60]);
    expect(clockTimes('11am to 1:00 pm').map((t) => t.minutes)).toEqual([11 * 60, 13 * 60]);
  });
});
