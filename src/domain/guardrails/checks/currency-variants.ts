/**
 * A price-book line sold in another currency under a longer name: "TG-2 Edge Gateway" in francs and
 * "TG-2 Edge Gateway, Australia" in dollars. A draft naming the gateway beside "AUD 1,200" means the
 * Australian line, though its words only name the shorter one.
 */
import type { ProductCatalog } from '../index/product-catalog.ts';

const words = (name: string) => new Set(name.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []);

/**
 * The line in `currency` whose name holds every word of `sku`'s name, if there is exactly one; else
 * the first line of the same product the price book sells in that currency ("Route optimisation
 * add-on (Dispatch and Command)" in CAD and "Route optimisation add-on (US)" in USD).
 */
export function variantIn(catalog: ProductCatalog, sku: string, currency: string | undefined) {
  const base = catalog.bySku.get(sku);
  if (!base || !currency || base.currency === currency) return undefined;
  const baseWords = words(base.name);
  const variants = catalog.products.filter(
    (p) => p.currency === currency && [...baseWords].every((w) => words(p.name).has(w)),
  );
  if (variants.length === 1) return variants[0];
  const lines = catalog.lines.get(sku) ?? [];
  return catalog.products.find((p) => p.currency === currency && lines.includes(p.sku));
}
