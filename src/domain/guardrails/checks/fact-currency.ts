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

/** A sign or code as precisely as it names a currency: "CAD" and "C$" name one, "$" only the dollar family. */
export function currencyNamed(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code === '$') return 'dollar';
  return signCode(code) ?? code.toUpperCase();
}

/**
 * Whether two currencies, each as precise as its words, may be one: a bare "$" may be any dollar,
 * but a price stated in Canadian dollars backs no amount said in US dollars (CAD 12,000 is no USD 12,000).
 */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === 'dollar') return currencyFamily(b) === 'dollar';
  if (b === 'dollar') return currencyFamily(a) === 'dollar';
  return false;
}

/** The one currency, as precisely as its words name it, the citation gives `value` in. */
export function statedCurrencyNamed(value: number, citation: GuardCitation): string | undefined {
  const quote = citation.quote ?? '';
  const found = new Set<string>();
  const add = (raw: string, code: string) => {
    const named = currencyNamed(code);
    if (named && Math.abs(Number(raw.replace(/,/g, '')) - value) < 1e-9) found.add(named);
  };
  for (const m of quote.matchAll(BEFORE)) add(m[2]!, m[1]!);
  for (const m of quote.matchAll(AFTER)) add(m[1]!, m[2]!);
  // "$12 (USD 12)" names one currency twice: the precise name stands for both.
  const precise = [...found].filter((c) => c !== 'dollar');
  if (precise.length > 1) return undefined;
  const [one] = precise;
  if (one === undefined) return found.size === 1 ? 'dollar' : undefined;
  return [...found].every((c) => sameCurrency(c, one)) ? one : undefined;
}

/** The one currency the citation's words give `value` in, if they give it in exactly one. */
export function statedCurrency(value: number, citation: GuardCitation): string | undefined {
  const named = statedCurrencyNamed(value, citation);
  return named === undefined ? undefined : currencyFamily(named);
}
