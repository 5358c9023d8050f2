import { describe, expect, it } from 'vitest';
import { anEmail, aWorld, check } from '../guard-test-factories.ts';

// The thread prices a rollout over two terms and gives the legal review its own length.
const world = aWorld({
  activities: [
    anEmail({
      body: 'Please show the rollout total for 18 months. Finance also asked about a one-year option. Our legal review of the redlines takes about three weeks.',
    }),
  ],
});
const durationBlocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.check === 'duration');

describe('a period restated from the thread', () => {
  it('passes a period the thread itself states, beside another it states', () => {
    expect(durationBlocks('Rollout total: one year against 18 months, side by side below.')).toEqual([]);
  });

  it('still blocks a period the thread gives otherwise for the same thing', () => {
    expect(
      durationBlocks('Thanks; your legal review of the redlines takes about two weeks, then we sign.'),
    ).not.toEqual([]);
  });
});
