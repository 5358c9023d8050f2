import { describe, expect, it } from 'vitest';
import { quantitiesIn } from './quantities.ts';

describe('quantitiesIn', () => {
  it('reads a number and the noun it counts, and the noun after a describing word', () => {
    expect(quantitiesIn('Growth handles up to 3,000 invoices a month and 50 legal entities.')).toEqual([
      expect.objectContaining({ value: 3000, nouns: ['invoic'] }),
      expect.objectContaining({ value: 50, nouns: ['legal', 'entity'] }),
    ]);
  });

  it('skips time, money, seats, years and words that count nothing', () => {
    expect(quantitiesIn('In 2 weeks, 12 users, since 2019, single sign-on, $5,000 fees, one place.')).toEqual(
      [],
    );
  });
});
