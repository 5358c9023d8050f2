/**
 * Graduated size tiers: "Health System — providers 1–100" at $229 and "— providers 101–300" at $199,
 * where the documents say each band is charged at its own rate. 240 providers then pay
 * 100 × $229 + 140 × $199 a month: no one line's price times the count, so the price check is given
 * that sum as an amount the price book yields for that count.
 */
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import type { MoneyFact } from '../index/knowledge-facts.ts';
import { parseNumber } from '../text/number-words.ts';

type Tier = { sku: string; from: number; to: number; rate: number };

// "providers 1–100", "Band B (501–2,000)": the range a line's name gives.
const RANGE = /(\d[\d,]*)\s*(?:–|-|to)\s*(\d[\d,]*)/;
// "fees are graduated", "Learner rates are graduated"; never "not graduated".
const GRADUATED = /\bgraduated\b/i;
const NOT_BEFORE = /\b(?:not|n't|never|no longer)\W+(?:\w+\W+)?$/i;

const said = new WeakMap<GuardIndex, boolean>();

/** Whether a current document says the price book's tiers are graduated (read once per index). */
function isGraduated(index: GuardIndex): boolean {
  let graduated = said.get(index);
  if (graduated === undefined) {
    graduated = index.kb.active.some((chunk) => {
      const m = GRADUATED.exec(chunk.text);
      return m !== null && !NOT_BEFORE.test(chunk.text.slice(Math.max(0, m.index - 20), m.index));
    });
    said.set(index, graduated);
  }
  return graduated;
}

/** The tiers among `skus` in one currency that run on from the first unit without a gap. */
function chainOf(index: GuardIndex, skus: readonly string[]): Tier[] {
  const tiers: Tier[] = [];
  for (const sku of skus) {
    const product = index.catalog.bySku.get(sku);
    const m = product ? RANGE.exec(product.name) : null;
    const from = m ? parseNumber(m[1]!.replace(/,/g, '')) : undefined;
    const to = m ? parseNumber(m[2]!.replace(/,/g, '')) : undefined;
    if (product && from !== undefined && to !== undefined && to > from)
      tiers.push({ sku, from, to, rate: product.listPrice });
  }
  tiers.sort((a, b) => a.from - b.from);
  const chained = tiers.length >= 2 && tiers[0]!.from <= 1;
  return chained && tiers.every((t, i) => i === 0 || t.from === tiers[i - 1]!.to + 1) ? tiers : [];
}

/**
 * How many units a graduated tier's rate may price: "clinicians 1–100" at $210 prices at most 100 of
 * them, so 240 × $210 is no amount of the price book. Unbounded where pricing is not graduated.
 */
export function tierCapacity(index: GuardIndex, skus: readonly string[]): number {
  if (skus.length !== 1 || !isGraduated(index)) return Number.POSITIVE_INFINITY;
  const family = index.catalog.lines.get(skus[0]!) ?? [];
  const tier = chainOf(index, family).find((t) => t.sku === skus[0]);
  return tier ? tier.to - tier.from + 1 : Number.POSITIVE_INFINITY;
}

/**
 * For each count past the first tier, what the graduated tiers of the lines `skus` come to for one
 * period, as a documented amount for that many (never times a count again).
 */
export function graduatedAmounts(
  index: GuardIndex,
  deal: DealContext,
  skus: readonly string[],
  counts: readonly number[],
): MoneyFact[] {
  if (skus.length === 0 || !isGraduated(index)) return [];
  const byCurrency = new Map<string, string[]>();
  for (const sku of skus) {
    const currency = index.catalog.bySku.get(sku)?.currency;
    if (currency) byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), sku]);
  }
  const facts: MoneyFact[] = [];
  for (const group of byCurrency.values()) {
    const tiers = chainOf(index, group);
    if (tiers.length === 0) continue;
    const first = tiers[0]!;
    const listed = deal.facts.money.find(
      (f) => f.citation.source === 'product' && f.skus.includes(first.sku),
    );
    if (!listed) continue;
    for (const count of new Set(counts)) {
      if (count <= first.to || count > tiers.at(-1)!.to) continue;
      const value = tiers
        .filter((t) => t.from <= count)
        .reduce((sum, t) => sum + (Math.min(count, t.to) - t.from + 1) * t.rate, 0);
      facts.push({
        value: Math.round(value * 100) / 100,
        period: listed.period,
        skus: tiers.map((t) => t.sku),
        citation: listed.citation,
        forCount: count,
      });
    }
  }
  return facts;
}
