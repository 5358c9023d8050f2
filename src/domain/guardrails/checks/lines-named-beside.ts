/**
 * Price-book lines a sentence names in its own words. A rep says "the Band 2 platform fee" where the
 * book says "Platform fee, Band 2 (2,501 to 10,000 contracts)", so the full name never appears: the
 * numbered part ("Band 2"), when no other line shares it, says which line is meant, and the head of
 * the name ("platform fee") says which family of lines.
 */
import type { ProductCatalog } from '../index/product-catalog.ts';

const NUMBERED_PART = /\b(\p{Lu}\p{Ll}+)\s+(\d{1,2})\b/gu;
const ANY_NUMBERED = /\b(\p{L}+)\s+(\d{1,2})\b/gu;

type LineNames = {
  /** "band 2" → the one line whose name holds it. */
  numbered: Map<string, string>;
  /** "platform fee" → every line whose name starts with it. */
  heads: Map<string, string[]>;
};

function lineNames(catalog: ProductCatalog): LineNames {
  const owners = new Map<string, Set<string>>();
  const heads = new Map<string, string[]>();
  for (const p of catalog.products) {
    for (const m of p.name.matchAll(NUMBERED_PART)) {
      const part = `${m[1]!.toLowerCase()} ${m[2]}`;
      owners.set(part, (owners.get(part) ?? new Set()).add(p.sku));
    }
    // Only a head the name qualifies after it ("Platform fee, Band 1") names a family of lines.
    const head = /^([\p{L}-]+(?:\s+[\p{L}-]+)+)\s*[,(]/u.exec(p.name)?.[1]?.toLowerCase();
    if (head) heads.set(head, [...(heads.get(head) ?? []), p.sku]);
  }
  const numbered = new Map<string, string>();
  for (const [part, skus] of owners) if (skus.size === 1) numbered.set(part, [...skus][0]!);
  return { numbered, heads };
}

const cache = new WeakMap<ProductCatalog, LineNames>();

// What may sit between a figure and the line it prices: "$14,000 Band 2", "Band 2, which is $12,000";
// never a line break ("- Platform fee: £2,988\n- Extra users: £360" prices no extra user at £2,988).
const AFTER_FIGURE = /^[^$€£\d.;:!?|\n]{0,20}$/;
const BEFORE_FIGURE = /^[^$€£\d.;:!?|\n]{0,30}$/;

function gapTo(text: string, figure: { start: number; end: number }, start: number, end: number) {
  if (start >= figure.end) {
    const between = text.slice(figure.end, start);
    return AFTER_FIGURE.test(between) ? between.length : undefined;
  }
  if (end > figure.start) return undefined;
  const between = text.slice(end, figure.start);
  return BEFORE_FIGURE.test(between) ? between.length : undefined;
}

/**
 * The lines a figure prices when the text names them right beside it ("the same $14,000 Band 2
 * platform fee", "Band 2, which is $12,000 a year", "the platform fee to $5,400"): the numbered
 * line nearest the figure, else the family its name's head names; empty when none is beside it.
 */
export function linesNamedBeside(
  catalog: ProductCatalog,
  text: string,
  figure: { start: number; end: number },
): string[] {
  let names = cache.get(catalog);
  if (!names) {
    names = lineNames(catalog);
    cache.set(catalog, names);
  }
  let best: { skus: string[]; gap: number } | undefined;
  for (const m of text.matchAll(ANY_NUMBERED)) {
    const sku = names.numbered.get(`${m[1]!.toLowerCase()} ${m[2]}`);
    const gap = sku ? gapTo(text, figure, m.index, m.index + m[0].length) : undefined;
    if (sku && gap !== undefined && (!best || gap < best.gap)) best = { skus: [sku], gap };
  }
  if (best) return best.skus;
  const lower = text.toLowerCase();
  for (const [head, skus] of names.heads) {
    for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + 1)) {
      const gap = gapTo(text, figure, at, at + head.length);
      if (gap !== undefined && (!best || gap < best.gap)) best = { skus, gap };
    }
  }
  return best?.skus ?? [];
}
