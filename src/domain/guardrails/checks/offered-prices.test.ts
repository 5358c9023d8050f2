import { describe, expect, it } from 'vitest';
import { aNote, aWorld, check } from '../guard-test-factories.ts';

const discountBlocks = (body: string, world = aWorld()) =>
  check(body, { world }).findings.filter((f) => f.kind === 'discount' && f.severity === 'block');

describe('a discount offered as a price', () => {
  it.each([
    'Since the plant team is growing, I can do $32 a seat instead of the $40 you pay now.',
    'For the extra seats we could go from $40 down to $30 a seat.',
  ])('blocks a price further below the one it replaces than a rep may go: %s', (body) => {
    expect(discountBlocks(body)).toContainEqual(expect.objectContaining({ check: 'over_limit' }));
  });

  it.each([
    'I can do $36 a seat instead of $40 for the new seats.',
    'On a three-year term I can do $36 a seat instead of $40.',
    "I can't do $30 a seat instead of $40, but the three-year term gets you 10% off.",
  ])('passes one within the limit, under a programme, or refused: %s', (body) => {
    expect(discountBlocks(body)).not.toContainEqual(expect.objectContaining({ check: 'over_limit' }));
  });

  it('passes a price the approval on record covers', () => {
    const world = aWorld({
      extraActivities: [aNote('Approved by the sales director: 25% off Northwind Pro for Globex.')],
    });
    expect(discountBlocks('I can do $30 a seat instead of $40 on Northwind Pro.', world)).toEqual([]);
  });
});
