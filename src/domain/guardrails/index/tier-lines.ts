/**
 * Price-book lines named for a size: "Sentinel subscription, annual billing, 50–199 vehicles". The
 * tier's rate is the plan's price for a customer of that size, so "Sentinel for 85 vans" is priced by
 * the 50–199 line, never by the 1–49 one.
 */
import { parseNumber } from '../text/number-words.ts';
import type { ProductCatalog } from './product-catalog.ts';
import { quantitiesIn } from './quantities.ts';

const RANGE = /(\d[\d,]*)\s*(?:–|-|to)\s*(\d[\d,]*)\s+[a-z]|(\d[\d,]*)\s*(?:\+|or more)\s+[a-z]/i;

type Tier = { from: number; to: number };

function tierOf(name: string): Tier | undefined {
  const m = RANGE.exec(name);
  if (!m) return undefined;
  const from = parseNumber(m[1] ?? m[3]!);
  const to = m[2] ? parseNumber(m[2]) : Number.POSITIVE_INFINITY;
  return from === undefined || to === undefined ? undefined : { from, to };
}

/**
 * Of the lines `skus`, those whose size tier holds a count the sentence gives; all of them when the
 * lines are no tiers or no count the sentence gives falls in one.
 */
export function linesForSize(catalog: ProductCatalog, skus: readonly string[], sentence: string): string[] {
  const tiers = skus.map((s) => tierOf(catalog.bySku.get(s)?.name ?? ''));
  if (tiers.filter(Boolean).length < 2) return [...skus];
  const counts = quantitiesIn(sentence).map((q) => q.value);
  const fits = skus.filter((_, i) => {
    const tier = tiers[i];
    return tier !== undefined && counts.some((c) => c >= tier.from && c <= tier.to);
  });
  return fits.length > 0 ? fits : [...skus];
}
