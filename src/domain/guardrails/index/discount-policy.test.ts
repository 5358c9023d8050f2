import { describe, expect, it } from 'vitest';
import { readDiscountPolicy } from './discount-policy.ts';

const cite = { source: 'chunk' as const, id: 'doc#1', label: 'doc#1' };
const read = (...texts: string[]) => readDiscountPolicy(texts.map((text) => ({ text, citation: cite })));

describe('readDiscountPolicy', () => {
  it('reads the rep limit and a term-length programme', () => {
    const policy = read(
      'Three-year commitments receive 10% off list.',
      "Reps may discount up to 15%; anything above needs the sales manager's approval.",
    );
    expect(policy.repLimit?.percent).toBe(15);
    expect(policy.programmes).toEqual([expect.objectContaining({ percent: 10, durationDays: 1080 })]);
  });

  it('takes the lowest of several limits as the rep’s', () => {
    expect(
      read('Reps may discount up to 15% and managers up to 25% without approval.').repLimit?.percent,
    ).toBe(15);
  });

  it('reads a programme without a term by its condition words', () => {
    const policy = read('Registered nonprofits receive a 20% discount.');
    expect(policy.programmes[0]).toMatchObject({ percent: 20, durationDays: undefined });
    expect(policy.programmes[0]!.conditionStems).toContain('nonprofit');
  });

  it('reads no programme from an unrelated percentage', () => {
    expect(read('Enterprise includes a 99.9% uptime SLA.')).toEqual({ repLimit: undefined, programmes: [] });
  });
});
