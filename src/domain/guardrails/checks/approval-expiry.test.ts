import { describe, expect, it } from 'vitest';
import { aNote, aWorld, check } from '../guard-test-factories.ts';

const LABELLED =
  'Pricing approval (Regional director, 2026-02-20): Globex may have 25% off Northwind Pro ($40 to $30 a seat) ' +
  'on a three-year term, in place of the multi-year discount. Valid for a signature by 31 March 2026.';

const withNote = (note: string) => aWorld({ extraActivities: [aNote(note)] });
const blocks = (body: string, note = LABELLED) =>
  check(body, { world: withNote(note) }).findings.filter((f) => f.severity === 'block');

describe('an approval recorded under a label', () => {
  it('lets a draft quote what the labelled approval grants, price included', () => {
    expect(
      blocks(
        'On the three-year term the approved price is $30 a seat, 25% off list, if you sign by March 27.',
      ),
    ).toEqual([]);
  });

  it('still blocks more than the approval grants', () => {
    expect(blocks('On a three-year term we can take 35% off Northwind Pro.')).toContainEqual(
      expect.objectContaining({ kind: 'discount' }),
    );
  });

  it('reads a labelled refusal as no approval', () => {
    const declined =
      'Discount approval (VP Sales): declined, 25% off Northwind Pro is too deep for a renewal.';
    expect(blocks('On a three-year term I can do 25% off Northwind Pro.', declined)).toContainEqual(
      expect.objectContaining({ kind: 'discount' }),
    );
  });
});

describe('an approval past the date it must be signed by', () => {
  it.each([
    'The approved $30 a seat still stands if Globex signs in May.',
    'No rush: the 25% approval holds for a signature on April 20.',
  ])('blocks a draft that keeps it open past its last day: %s', (body) => {
    expect(blocks(body)).toContainEqual(expect.objectContaining({ check: 'approval_expired' }));
  });

  it.each([
    'The approved $30 a seat needs your signature by March 31.',
    'The approval does not hold if the contract is signed in April.',
    'Once signed, the approved $30 a seat runs for the whole three years, through March 2029.',
  ])('passes a draft that keeps to it: %s', (body) => {
    expect(blocks(body)).not.toContainEqual(expect.objectContaining({ check: 'approval_expired' }));
  });
});
