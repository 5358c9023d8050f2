import { describe, expect, it } from 'vitest';
import { check } from '../guard-test-factories.ts';

// The default world lists Pro at $40 and Enterprise at $65 per seat, and states no surcharge.
const uplifts = (body: string) =>
  check(body)
    .findings.filter((f) => f.check === 'uplift')
    .map((f) => f.text);

describe('a percentage said to put a price up', () => {
  it.each([
    'EU hosting adds 10% to the seat price.',
    'Hosting in Frankfurt is 15% more per seat.',
    "There's a 12% surcharge for the EU region.",
  ])('is a surcharge no document states: %s', (body) => {
    expect(uplifts(body)).toHaveLength(1);
  });

  it.each([
    'Enterprise is 62.5% more per seat than Pro.',
    'I can take 10% off the Pro price.',
    'Seat usage is 15% higher than last quarter.',
  ])('passes the gap between two listed prices, a discount and a number about something else: %s', (body) => {
    expect(uplifts(body)).toEqual([]);
  });
});
