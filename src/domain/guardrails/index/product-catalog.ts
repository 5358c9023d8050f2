/** The price book as the guardrails read it: each product's names, its price per period, and which tier includes which. */
import type { Product } from '../../workspace/workspace-schema.ts';
import type { Period } from '../text/figures.ts';

export type CatalogProduct = {
  sku: string;
  name: string;
  listPrice: number;
  currency: string;
  /** What one list price buys: per month, per year, or once. */
  period: Period | undefined;
  perSeat: boolean;
  /** How a draft may name it: "Northwind Enterprise", "Enterprise", "NW-ENT". */
  aliases: string[];
};

export type ProductMention = { sku: string; start: number; end: number };

export type ProductCatalog = {
  products: readonly CatalogProduct[];
  bySku: ReadonlyMap<string, CatalogProduct>;
  /** sku → the skus whose features it also includes ("Enterprise: Pro plus SSO" → Enterprise includes Pro). */
  includes: ReadonlyMap<string, ReadonlySet<string>>;
  mentions(text: string): ProductMention[];
};

function periodOf(unit: string): Period | undefined {
  const u = unit.toLowerCase();
  if (/month|mo\b/.test(u)) return 'month';
  if (/year|annum|annual|yr\b/.test(u)) return 'year';
  if (/quarter/.test(u)) return 'quarter';
  if (/one[\s-]?time|once|each|unit|fixed|flat/.test(u)) return 'once';
  return undefined;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function aliasesOf(product: Product, sellerWords: string[]): string[] {
  const aliases = new Set([product.name, product.sku]);
  const words = product.name.split(/\s+/);
  const withoutSeller = words.filter((w) => !sellerWords.includes(w.toLowerCase())).join(' ');
  if (withoutSeller && withoutSeller !== product.name && withoutSeller.length >= 3)
    aliases.add(withoutSeller);
  return [...aliases].sort((a, b) => b.length - a.length);
}

export function buildProductCatalog(products: readonly Product[], sellerName: string): ProductCatalog {
  const sellerWords = sellerName
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const catalog: CatalogProduct[] = products.map((p) => ({
    sku: p.sku,
    name: p.name,
    listPrice: p.listPrice,
    currency: p.currency,
    period: periodOf(p.unit),
    perSeat: /seat|user|licen[cs]e|member|head/i.test(p.unit),
    aliases: aliasesOf(p, sellerWords),
  }));
  const aliasToSku = new Map<string, string>();
  for (const p of catalog) for (const a of p.aliases) if (!aliasToSku.has(a)) aliasToSku.set(a, p.sku);
  const aliases = [...aliasToSku.keys()].sort((a, b) => b.length - a.length);
  // Product names are proper nouns: matched as written, so "pro" in "proposal" or "a pro" is no product.
  const pattern =
    aliases.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${aliases.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : undefined;

  const mentions = (text: string): ProductMention[] => {
    if (!pattern) return [];
    const found: ProductMention[] = [];
    for (const m of text.matchAll(pattern)) {
      found.push({ sku: aliasToSku.get(m[0])!, start: m.index, end: m.index + m[0].length });
    }
    return found;
  };

  const includes = new Map<string, Set<string>>();
  const add = (sku: string, included: string) => {
    if (sku === included) return;
    const set = includes.get(sku) ?? new Set<string>();
    set.add(included);
    includes.set(sku, set);
  };
  for (const p of products) {
    const description = p.description ?? '';
    for (const m of mentions(description)) {
      if (/^\s*(?:plus|\+|and more|features plus)/i.test(description.slice(m.end))) add(p.sku, m.sku);
      if (
        /(?:everything in|all of|all features of|all the features of|includes)\s*$/i.test(
          description.slice(0, m.start),
        )
      ) {
        add(p.sku, m.sku);
      }
    }
  }
  return { products: catalog, bySku: new Map(catalog.map((p) => [p.sku, p])), includes, mentions };
}

/** Records "B includes everything in A" statements from document text in an inclusion map. */
export function learnInclusions(
  catalog: ProductCatalog,
  clause: string,
  into: Map<string, Set<string>>,
): void {
  const mentions = catalog.mentions(clause);
  const first = mentions[0];
  if (!first) return;
  for (const m of mentions.slice(1)) {
    const between = clause.slice(first.end, m.start);
    const included =
      /\b(?:includes? everything in|includes? all (?:of|the features of)|builds? on|plus everything in|everything in)\b/i;
    if (first.sku !== m.sku && included.test(between)) {
      const set = into.get(first.sku) ?? new Set<string>();
      set.add(m.sku);
      into.set(first.sku, set);
    }
  }
}

/** Whether a product has a feature documented for `documented`: itself, or a tier it includes. */
export function productCovers(
  includes: ReadonlyMap<string, ReadonlySet<string>>,
  sku: string,
  documented: ReadonlySet<string>,
): boolean {
  const seen = new Set<string>();
  const queue = [sku];
  while (queue.length > 0) {
    const s = queue.pop()!;
    if (documented.has(s)) return true;
    if (seen.has(s)) continue;
    seen.add(s);
    queue.push(...(includes.get(s) ?? []));
  }
  return false;
}
