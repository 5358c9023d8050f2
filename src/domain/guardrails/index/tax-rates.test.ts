import { describe, expect, it } from 'vitest';
import { isSaidWithTax, taxRatesIn } from './tax-rates.ts';

describe('taxRatesIn', () => {
  it('reads a rate said after the tax, within its clause', () => {
    expect(taxRatesIn('Business customers pay VAT at the standard rate (currently 21%) on top.')).toEqual([
      21,
    ]);
    expect(taxRatesIn('Quebec orders carry QST of 9.975% as well.')).toEqual([9.975]);
  });

  it('reads a rate said before the tax', () => {
    expect(taxRatesIn('Invoices to Australia add 10% GST.')).toEqual([10]);
  });

  it('takes no percentage the sentence gives to something else', () => {
    expect(taxRatesIn('Prices exclude sales tax; a two-year term takes 6% off.')).toEqual([]);
    expect(taxRatesIn('Exports outside the EU are invoiced without VAT.')).toEqual([]);
    expect(taxRatesIn('Uptime is 99.9% a month.')).toEqual([]);
  });
});

describe('isSaidWithTax', () => {
  const at = (sentence: string, amount: string) => {
    const start = sentence.indexOf(amount);
    return isSaidWithTax(sentence, start, start + amount.length);
  };

  it('reads a tax phrase right after the amount, or one framing the sentence before it', () => {
    expect(at('Setup is $800 with GST.', '$800')).toBe(true);
    expect(at('Including VAT, the licence is €960 and the kit €240.', '€240')).toBe(true);
    expect(at('The fee is CHF 540, VAT-inclusive.', 'CHF 540')).toBe(true);
  });

  it('reads no tax into a net amount or one another amount stands between', () => {
    expect(at('Setup is $800 before GST.', '$800')).toBe(false);
    expect(at('The licence is €800, €960 with VAT.', '€800')).toBe(false);
    expect(at('Excluding VAT the licence is €800.', '€800')).toBe(false);
    expect(at('The licence is €800 and tax is billed later.', '€800')).toBe(false);
  });
});
