import { describe, expect, it } from 'vitest';
import type { GuardCitation } from '../guard-schema.ts';
import { currencyFamily, sameCurrency, statedCurrency, statedCurrencyNamed } from './fact-currency.ts';

const cite = (quote: string): GuardCitation => ({ source: 'chunk', id: 'doc#1', label: 'doc', quote });

describe('statedCurrency', () => {
  it('reads the sign or code a document states a price with', () => {
    expect(statedCurrency(1250, cite('Hosted in Canada the bundle is €1,250 a year.'))).toBe('EUR');
    expect(statedCurrency(12, cite('Starter Kit: 12 USD'))).toBe('dollar');
    expect(statedCurrency(9.5, cite('Each sensor is £9.50 a month, or $12 in the US.'))).toBe('GBP');
  });
  it('gives none when the words do not state that amount with a currency', () => {
    expect(statedCurrency(40, cite('Up to 40 sensors per site, $12 each.'))).toBeUndefined();
    expect(statedCurrency(12, cite('$12 in the US, £12 in the UK.'))).toBeUndefined();
  });
  it('treats every dollar as one family, since a "$" sign names none of them', () => {
    expect(currencyFamily('USD')).toBe(currencyFamily('$'));
    expect(currencyFamily('GBP')).not.toBe(currencyFamily('$'));
  });
});

describe('statedCurrencyNamed', () => {
  it('keeps the dollar a code names, so one dollar list backs no amount in another', () => {
    expect(statedCurrencyNamed(7000, cite('Premium setup: NZD 7,000 / AUD 6,400, one-off.'))).toBe('NZD');
    expect(statedCurrencyNamed(6400, cite('Premium setup: NZD 7,000 / AUD 6,400, one-off.'))).toBe('AUD');
    expect(sameCurrency('NZD', 'AUD')).toBe(false);
  });
  it('lets a bare dollar sign stand for any dollar, and a sign and code for one', () => {
    expect(statedCurrencyNamed(15, cite('Each desk seat is $15 a month.'))).toBe('dollar');
    expect(statedCurrencyNamed(15, cite('Each desk seat is $15 (AUD 15) a month.'))).toBe('AUD');
    expect(sameCurrency('dollar', 'AUD')).toBe(true);
    expect(sameCurrency('dollar', 'EUR')).toBe(false);
  });
});
