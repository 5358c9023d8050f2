/**
 * How reps name a product sold in sized packs: the price book's "SMS pack, 5,000 messages" is "the
 * 5,000-message pack" or "a pack of 5,000 messages" in a draft, and "Credit pack 1k (1,000 credits)"
 * is "the 1,000-credit pack". Without these names the sentence prices no product, and the 1,000 pack's
 * price times a count on record backs a wrong price for the 5,000 one.
 */

// What a sized product is sold as.
const CONTAINER = /\b(pack|bundle|block|top-up|package)\b/i;
// "5,000 messages", "1k", "100 GB": the size and what it counts.
const SIZE = /(\d[\d,]*(?:\.\d+)?\s*k?)\s*(\p{L}+)?/iu;

const singular = (word: string) => (/ss$/i.test(word) ? word : word.replace(/s$/i, ''));
const plural = (word: string) => (/s$/i.test(word) || /^\p{Lu}+$/u.test(word) ? word : `${word}s`);

export function sizedNames(name: string): string[] {
  const container = CONTAINER.exec(name);
  if (!container) return [];
  // The size may sit in the name or in the brackets after it ("Credit pack 1k (1,000 credits)").
  const sizes = [...name.matchAll(new RegExp(SIZE.source, 'giu'))]
    .map((m) => ({ count: m[1]!.replace(/\s+/g, ''), unit: m[2] }))
    .filter(
      (s) =>
        s.unit &&
        !/^k$/i.test(s.unit) &&
        !CONTAINER.test(s.unit) &&
        !/^(?:a|an|per|to|extra|more|additional)$/i.test(s.unit),
    );
  const size = sizes[0];
  if (!size?.unit) return [];
  // What the pack is of, said before its container: "SMS" of "SMS pack", "E-signature" of "E-signature bundle".
  // "SMS 5k bundle": the size said before the container is no part of what the pack is of.
  const head = name
    .slice(0, container.index)
    .replace(/[,(].*$/, '')
    .replace(/\s*\d[\d,.]*k?\b/gi, '')
    .trim();
  const box = container[1]!.toLowerCase();
  const one = singular(size.unit);
  const many = plural(size.unit);
  const names = new Set([
    `${size.count}-${one} ${box}`,
    `${size.count} ${one} ${box}`,
    `${box} of ${size.count} ${many}`,
  ]);
  // "SMS 5k", "the 5k pack": a thousand-sized pack by its short size.
  const thousands = Number(size.count.replace(/,/g, '')) / 1000;
  const short = Number.isInteger(thousands) ? `${thousands}k` : undefined;
  if (short) names.add(`${short} ${box}`);
  if (head) {
    names.add(`${size.count}-${one} ${head} ${box}`);
    names.add(`${head} ${box} of ${size.count} ${many}`);
    if (short) names.add(`${head} ${short}`);
  }
  return [...names];
}
