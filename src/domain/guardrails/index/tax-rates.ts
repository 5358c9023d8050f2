/**
 * Taxes the price documents say are charged on top of their prices ("VAT at the standard rate
 * (currently 20%) on top", "GST of 5%"): a customer's gross amount is a net one times (1 + rate).
 */
import { splitSentences } from '../text/sentences.ts';

// A tax by its name, as a draft or a price document says it.
export const TAX_WORD = /\b(?:VAT|GST|HST|PST|QST|sales tax|consumption tax|tax(?:es)?)\b/i;
// The rate follows the tax's name closely, within its clause: "VAT at the standard rate (currently
// 20%)", "GST of 5%". A percentage further off ("prices exclude tax; the 10% multi-year discount") is
// something else the sentence says.
const RATE_AFTER_TAX = new RegExp(`${TAX_WORD.source}[^.;:%\\d]{0,40}?(\\d+(?:\\.\\d+)?)\\s*%`, 'gi');
// "20% VAT", "5% GST": the rate said first.
const RATE_BEFORE_TAX = new RegExp(
  `(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:UK\\s+|standard\\s+)?${TAX_WORD.source}`,
  'gi',
);

/** The percentages the sentences of `text` give as a tax rate. */
export function taxRatesIn(text: string): number[] {
  const rates = new Set<number>();
  for (const sentence of splitSentences(text))
    for (const pattern of [RATE_AFTER_TAX, RATE_BEFORE_TAX])
      for (const m of sentence.text.matchAll(pattern)) {
        const rate = Number(m[1]);
        if (rate > 0 && rate < 50) rates.add(rate);
      }
  return [...rates];
}
