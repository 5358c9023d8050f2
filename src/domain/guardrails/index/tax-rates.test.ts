import { describe, expect, it } from 'vitest';
import { taxRatesIn } from './tax-rates.ts';

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
