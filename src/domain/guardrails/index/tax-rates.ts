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

const TAX_WORD_ANYWHERE = new RegExp(TAX_WORD.source, 'i');
// "with VAT", "including GST", "VAT included": the amount is the customer's gross one.
const TAX_INCLUDED = new RegExp(
  `\\b(?:with|including|incl\\.?|inc\\.?|inclusive of)\\s+(?:${TAX_WORD.source})|(?:${TAX_WORD.source})[\\s-]+(?:included|inclusive)\\b`,
  'i',
);

/**
 * Whether the amount at `start`–`end` of `sentence` is said with tax: a tax phrase right after it
 * ("EUR 553.50 with VAT", no other figure between), or the nearest tax phrase before it framing the
 * rest of the sentence ("including VAT: fees EUR 4,782.24 plus setup EUR 1,107"). "Before VAT" is net.
 */
export function isSaidWithTax(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end);
  const next = after.search(TAX_WORD_ANYWHERE);
  if (next >= 0 && !/\d/.test(after.slice(0, next)) && TAX_INCLUDED.test(phraseAround(after, next)))
    return true;
  const before = sentence.slice(0, start);
  const mentions = [...before.matchAll(new RegExp(TAX_WORD.source, 'gi'))];
  const last = mentions.at(-1);
  return last?.index !== undefined && TAX_INCLUDED.test(phraseAround(before, last.index));
}

/** The few words around a tax's name at `at`: enough to tell "with VAT" from "before VAT". */
function phraseAround(text: string, at: number): string {
  return text.slice(Math.max(0, at - 14), at + 24);
}
