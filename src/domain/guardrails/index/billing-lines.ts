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
// "paying month to month" is the monthly-billing line, "if you commit to a year" or "pay for the year"
// the annual one.
const FOR_THE_YEAR =
  /\b(?:(?:commit(?:s|ting)?|sign(?:s|ing)? up) (?:to|for) a (?:full )?year|pay(?:s|ing)? for the (?:whole |full )?year)\b/gi;
// "with no annual commitment" is month to month.
const NO_YEAR = /\b(?:no|without(?:\s+an?)?)\s+annual\s+(?:commitment|contract)\b/gi;
const billingStems = (text: string) =>
  stems(
    text
      .replace(/\bmonth[\s-]to[\s-]month\b/gi, 'monthly')
      .replace(NO_YEAR, 'monthly')
      .replace(FOR_THE_YEAR, 'annual'),
  ).map((w) => SAME_BILLING[w] ?? w);

/** Whether a sentence says how a line is billed, in any of the words `linesSaid` reads. */
export const saysBilling = (sentence: string) =>
  /\b(?:monthly|annual(?:ly)?|yearly|month[\s-]to[\s-]month)\b/i.test(sentence) ||
  new RegExp(FOR_THE_YEAR.source, 'i').test(sentence);

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

const MONTHLY_BILLING = /\bmonthly\b|\bmonth[\s-]to[\s-]month\b/gi;
const ANNUAL_BILLING = /(?<!\b(?:no|without an?)\s)\bannual(?:ly)?\b|\byearly\b/gi;

// What parts one priced option from the next: "…annually, or $23 billed monthly", "…; billed monthly it is".
const OPTION_BREAK = /;|,?\s+(?:or|and|but|while|whereas)\s+/gi;

/**
 * "Starter is $19 billed annually, or $23 billed monthly": where a sentence names both ways of
 * billing, an amount goes with the one said nearest to it, in its own part of the sentence if that
 * part names one, so the other is left out of its words.
 */
export function billingNearest(sentence: string, start: number, end: number): string {
  const monthly = [...sentence.matchAll(MONTHLY_BILLING)];
  const annual = [...sentence.matchAll(ANNUAL_BILLING)];
  if (monthly.length === 0 || annual.length === 0) return sentence;
  const breaks = [...sentence.matchAll(OPTION_BREAK)];
  const from = Math.max(
    0,
    ...breaks.filter((b) => b.index! + b[0].length <= start).map((b) => b.index! + b[0].length),
  );
  const to = Math.min(sentence.length, ...breaks.filter((b) => b.index! >= end).map((b) => b.index!));
  const inPart = (m: RegExpMatchArray) => m.index! >= from && m.index! + m[0].length <= to;
  const own = [...monthly, ...annual].some(inPart);
  const distance = (m: RegExpMatchArray) =>
    (own && !inPart(m) ? sentence.length : 0) +
    (m.index! >= end ? m.index! - end : Math.max(0, start - (m.index! + m[0].length)));
  const nearest = (ms: RegExpMatchArray[]) => Math.min(...ms.map(distance));
  const other = nearest(monthly) <= nearest(annual) ? ANNUAL_BILLING : MONTHLY_BILLING;
  return sentence.replace(other, (w) => ' '.repeat(w.length));
}
