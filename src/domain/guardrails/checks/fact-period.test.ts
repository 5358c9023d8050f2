import { describe, expect, it } from 'vitest';
import type { GuardCitation } from '../guard-schema.ts';
import { isStatedMinimum, statedPeriod, statedUnit } from './fact-period.ts';

const cite = (quote: string): GuardCitation => ({ source: 'chunk', id: 'c', label: 'c', quote });
const row = cite('Studio: $12.00 per artist per month; Monthly floor: $300; Setup fee (one-off): $1,500.');

describe('statedPeriod', () => {
  it('reads the period from the label of the value’s own entry of a flattened row', () => {
    expect(statedPeriod(300, row)).toBe('month');
    expect(statedPeriod(1_500, row)).toBe('once'); // not the row's "per month"
    expect(statedPeriod(12, row)).toBe('month');
  });
  it('gives no period where the entry names none or two', () => {
    expect(statedPeriod(80, cite('Travel: $80 per visit'))).toBeUndefined();
    expect(statedPeriod(90, cite('Archive: $90 a month or yearly in advance'))).toBeUndefined();
  });
});

describe('isStatedMinimum', () => {
  it('tells a minimum charge from a price', () => {
    expect(isStatedMinimum(300, cite('Studio: $12 per artist per month; Minimum monthly charge: $300'))).toBe(
      true,
    );
    expect(isStatedMinimum(12, cite('Studio: $12 per artist per month; Minimum monthly charge: $300'))).toBe(
      false,
    );
  });
});

describe('statedUnit', () => {
  it('reads what one unit of a price is', () => {
    expect(statedUnit(12, row)).toBe('artist');
    expect(statedUnit(45, cite('Render node: £45 per node per month'))).toBe('node');
    expect(statedUnit(200, cite('Hotline: €200 per month, flat'))).toBe('flat');
  });
  it('gives none for a one-off fee or a bare amount', () => {
    expect(statedUnit(1_500, row)).toBeUndefined();
    expect(statedUnit(49, cite('Team: 49 USD'))).toBeUndefined();
  });
});

describe('entries of a sentence', () => {
  it('ends an entry at a comma that separates clauses, not at a thousands comma', () => {
    const sentence = cite('Billed in euros: €39 per seat per month, the kiosk €1,290 bought outright');
    expect(statedPeriod(1_290, sentence)).toBeUndefined();
    expect(statedPeriod(39, sentence)).toBe('month');
    expect(statedUnit(300, cite('Hotline: €300 per month, flat'))).toBe('flat');
  });
});

describe('entries holding one amount', () => {
  it('keeps the period of the next amount out of an entry', () => {
    const both = cite('Kiosk €1,290 bought outright or €30 per kiosk per month leased.');
    expect(statedPeriod(1_290, both)).toBeUndefined();
    expect(statedPeriod(30, both)).toBe('month');
  });
});
