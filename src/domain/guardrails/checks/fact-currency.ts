/**
 * The currency a documented price is stated in, read from the words that state it: "$49 per vehicle"
 * is in dollars, "£39" in pounds, a price-book line "… : 49 USD" in its code. A price in one currency
 * backs no amount in another: 320 trucks × $49 is no "£170k a year".
 */
import type { GuardCitation } from '../guard-schema.ts';
import { CURRENCY_CODES, CURRENCY_SIGNS, signCode } from '../text/currencies.ts';

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

/** A sign or code as a currency family: every dollar is one family, since "$" names none of them. */
export function currencyFamily(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === '$') return 'dollar';
  const iso = signCode(code) ?? code.toUpperCase();
  return DOLLARS.has(iso) ? 'dollar' : iso;
}

const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const BEFORE = new RegExp(String.raw`(${CURRENCY_SIGNS}|\b(?:${CURRENCY_CODES}))\s?${NUMBER}`, 'g');
const AFTER = new RegExp(String.raw`${NUMBER}\s?(${CURRENCY_CODES})\b`, 'g');

/** The one currency the citation's words give `value` in, if they give it in exactly one. */
export function statedCurrency(value: number, citation: GuardCitation): string | undefined {
  const quote = citation.quote ?? '';
  const found = new Set<string>();
  const add = (raw: string, code: string) => {
    const n = Number(raw.replace(/,/g, ''));
    const family = currencyFamily(code);
    if (family && Math.abs(n - value) < 1e-9) found.add(family);
  };
  for (const m of quote.matchAll(BEFORE)) add(m[2]!, m[1]!);
  for (const m of quote.matchAll(AFTER)) add(m[1]!, m[2]!);
  return found.size === 1 ? [...found][0] : undefined;
}
