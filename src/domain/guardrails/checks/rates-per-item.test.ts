import { describe, expect, it } from 'vitest';
import { check } from '../guard-test-factories.ts';

const priceBlocked = (body: string) =>
  check(body).findings.some((f) => f.severity === 'block' && f.kind === 'price');

// Read as totals, a wrong rate per item matched some list price times a count on record and a discount.
describe('a price per item said "each per month"', () => {
  it('passes the list rate', () => {
    expect(priceBlocked('Any extra logins you add later are $40 each per month.')).toBe(false);
  });

  it('blocks a rate the price book does not give', () => {
    expect(priceBlocked('Any extra logins you add later are $37 each per month.')).toBe(true);
  });
});
