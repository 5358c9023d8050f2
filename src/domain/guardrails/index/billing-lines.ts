/**
 * The lines of one plan a sentence speaks of: "CAD 62 per technician … on annual prepaid" prices the
 * annual-prepaid line, not the billed-monthly one, though both are the plan's. Lines are told apart
 * by the words of their names that the plan's other lines in the same currency lack. Figures are no
 * such words: "1–49 vehicles" is a size tier (see tier-lines), and "£1,958.40" says nothing of it.
 */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { ProductCatalog } from './product-catalog.ts';

// "£32 a van a month": the period an amount is said for, which chooses no billing line ("annual
// billing" against "monthly billing").
const AMOUNT_PERIOD = /(?:\b(?:a|an|per|each|every)\s+|\/\s?)(?:month|year|annum)\b/gi;

// How a line is billed: a sentence may price the line without saying it ("£27 a van" for annual billing).
const BILLING_WORDS = new Set(
  stems('monthly annual annually yearly quarterly billing billed prepaid month year'),
);

// "billed annually" is the line of a sentence that says "annual billing".
const SAME_BILLING: Readonly<Record<string, string>> = { annually: 'annual', yearly: 'annual' };
// "paying month to month" is the monthly-billing line, "if you commit to a year" the annual one.
const billingStems = (text: string) =>
  stems(
    text
      .replace(/\bmonth[\s-]to[\s-]month\b/gi, 'monthly')
      .replace(/\b(?:commit(?:s|ting)?|sign(?:s|ing)? up) (?:to|for) a (?:full )?year\b/gi, 'annual'),
  ).map((w) => SAME_BILLING[w] ?? w);

/** The lines of `sku`'s plan whose own words the sentence says most of, in each currency; all when it says none. */
export function linesSaid(catalog: ProductCatalog, sku: string, sentence: string): string[] {
  const family = [...(catalog.lines.get(sku) ?? [sku])];
  const said = new Set(billingStems(sentence.replace(AMOUNT_PERIOD, ' ')));
  const products = family.flatMap((s) => catalog.bySku.get(s) ?? []);
  const picked: string[] = [];
  for (const currency of new Set(products.map((p) => p.currency))) {
    const peers = products.filter((p) => p.currency === currency);
    const words = new Map(
      peers.map((p) => [
        p.sku,
        new Set(billingStems(p.name).filter((w) => !STOPWORDS.has(w) && !/\d/.test(w))),
      ]),
    );
    const scores = peers.map((p) => {
      const own = [...words.get(p.sku)!].filter((w) => peers.some((o) => !words.get(o.sku)!.has(w)));
      // "Portfolio monthly minimum" is no line of a sentence that says "monthly" but never "minimum".
      if (own.some((w) => !said.has(w) && !BILLING_WORDS.has(w))) return 0;
      return own.filter((w) => said.has(w)).length;
    });
    const best = Math.max(...scores);
    // Only a sentence that tells the lines apart picks some: a tie says nothing of which is meant.
    const top = peers.filter((_, i) => scores[i] === best);
    picked.push(...(best > 0 && top.length < peers.length ? top : peers).map((p) => p.sku));
  }
  return picked.length > 0 ? picked : family;
}
