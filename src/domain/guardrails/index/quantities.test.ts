import { describe, expect, it } from 'vitest';
import { labelledQuantitiesIn, quantitiesIn } from './quantities.ts';

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

  it('reads a magnitude word with its number and counts what follows it', () => {
    expect(quantitiesIn('At 1.8 million emails you would be over.')).toEqual([
      expect.objectContaining({ value: 1_800_000, nouns: ['email'] }),
    ]);
  });

  it('reads a date as no count, and still counts what follows a number elsewhere', () => {
    expect(quantitiesIn('Sign by 11 December or 3 Jan and the 12 depots go live.')).toEqual([
      expect.objectContaining({ value: 12, nouns: ['depot'] }),
    ]);
  });
});

describe('labelledQuantitiesIn', () => {
  it('reads a labelled count, a bound and both ends of a range', () => {
    const values = (t: string) => labelledQuantitiesIn(t).map((q) => `${q.nouns.join('+')}:${q.value}`);
    expect(values('Tier A: Tracked shipments: up to 1,200.')).toEqual(['track+shipment:1200']);
    expect(values('Tier B: Tracked shipments: 1,201 to 8,000.')).toEqual([
      'track+shipment:1201',
      'track+shipment:8000',
    ]);
  });

  it('reads nothing where the number is a size or a period', () => {
    expect(labelledQuantitiesIn('Tier A: Archive: 40 GB. Tier B: Retention: 3 years.')).toEqual([]);
  });
});
