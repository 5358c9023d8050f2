import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, aWorld, check } from '../guard-test-factories.ts';

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

describe('a period a document gives with words between its number and unit', () => {
  const withRollout = aWorld({
    extraDocuments: [
      aDocument({
        id: 'doc-rollout',
        title: 'Rollout',
        kind: 'spec',
        body: '# Rollout\n\nEvery Enterprise onboarding includes three guided workshop days with your plant team.\n',
      }),
    ],
  });
  const blocksIn = (body: string) =>
    check(body, { world: withRollout }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'duration',
    );

  it('passes the period said the usual way round', () => {
    expect(blocksIn('Your Enterprise onboarding comes with three days of guided workshops.')).toEqual([]);
  });

  it('still blocks another number of them', () => {
    expect(blocksIn('Your Enterprise onboarding comes with five days of guided workshops.')).not.toEqual([]);
  });
});

describe('a period the writer declines or reports as asked for', () => {
  it('passes a refused or requested period', () => {
    expect(durationBlocks("I'm unable to sign off a four-year rate freeze by email.")).toEqual([]);
    expect(
      durationBlocks("Your buyer's portal asked for a ten-year price lock, which we can't give."),
    ).toEqual([]);
    expect(durationBlocks('We cannot promise a 90-day price guarantee here.')).toEqual([]);
  });

  it('still blocks the period promised, or bounded in a refusal', () => {
    expect(durationBlocks('We will freeze your price for a four-year term.')).not.toEqual([]);
    expect(durationBlocks("We can't offer a price guarantee longer than 90 days.")).not.toEqual([]);
    expect(durationBlocks("I'm unable to extend your 45-day trial, which ends Friday.")).not.toEqual([]);
  });
});
