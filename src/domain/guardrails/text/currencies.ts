/**
 * The currencies amounts are written in: ISO codes before or after the number ("CHF 12,500", "12,500 SEK")
 * and the signs people use ("£", "A$"). One list, so a seller pricing in francs is read like one in dollars.
 */
export const CURRENCY_CODES =
  'CHF|USD|EUR|GBP|AUD|CAD|NZD|JPY|CNY|HKD|SGD|INR|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|BRL|MXN|AED|SAR|ILS|KRW|TRY|RON|ISK';

/** Signs as regex source, longest first so "A$" is read before "$". */
export const CURRENCY_SIGNS = String.raw`US\$|A\$|AU\$|C\$|CA\$|NZ\$|S\$|HK\$|R\$|\$|€|£|¥|₹`;

const SIGN_CODES: Record<string, string> = {
  us$: 'USD',
  a$: 'AUD',
  au$: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  nz$: 'NZD',
  s$: 'SGD',
  hk$: 'HKD',
  r$: 'BRL',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
};

/** The ISO code a sign stands for; a bare "$" names no one dollar. */
export function signCode(sign: string): string | undefined {
  return SIGN_CODES[sign.toLowerCase()];
}
