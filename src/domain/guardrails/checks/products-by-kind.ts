/**
 * Products a passage names by their kind rather than their name: "ten more trackers" speaks of the
 * "HT-4 tracker (bought)" and "(leased)" lines, "the leased trackers" of the leased one only. A rep
 * pricing hardware beside a plan ("£180 a month on Core, and £1,490 for ten more trackers") prices
 * the hardware, not the plan.
 */
import { STOPWORDS, stem, stems } from '../../knowledge/text-tokens.ts';
import type { CatalogProduct } from '../index/product-catalog.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';

type Kind = {
  sku: string;
  /** The common noun the name ends on ("tracker", "installation"). */
  head: string;
  /** Words of the name before the head that say which one it is ("professional"): all must be said. */
  modifiers: string[];
  /** Words that tell variants of one kind apart ("leased", "bought", "us"). */
  qualifiers: string[];
  /** The name without its qualifiers: the variants of one kind share it. */
  family: string;
};

const words = (text: string) => text.split(/[\s/]+/).filter((w) => w.length > 0);

/**
 * "HT-4 tracker (leased, US)" → head tracker, qualifiers leased and us; product codes ("HT-4") and
 * the seller's name are no modifier. A name ending on a proper noun ("Harbourlight Core") is a name,
 * which the catalogue's own mentions find.
 */
export function kindOf(product: Pick<CatalogProduct, 'sku' | 'name'>, sellerName: string): Kind | undefined {
  const seller = new Set(stems(sellerName));
  const [base = '', ...rest] = product.name.replace(/\(([^)]*)\)/g, ',$1').split(',');
  const baseWords = words(base).filter((w) => !seller.has(stem(w)));
  const head = baseWords.at(-1);
  if (!head || !/^\p{Ll}{3,}$/u.test(head)) return undefined;
  const modifiers = baseWords
    .slice(0, -1)
    .filter((w) => !/\d/.test(w) && !STOPWORDS.has(w.toLowerCase()))
    .map(stem);
  const qualifiers = stems(rest.join(' ')).filter((w) => !/\d/.test(w) && !STOPWORDS.has(w));
  return {
    sku: product.sku,
    head: stem(head),
    modifiers,
    qualifiers,
    family: baseWords.join(' ').toLowerCase(),
  };
}

/**
 * The products of the deal's currency whose kind the passage names: its head noun and every
 * modifier, and, where the passage tells variants apart by a qualifier, only the variants it names.
 * A kind one of whose products the passage names outright is left out: the name says which one it
 * is ("Band 2", "HT-4 tracker (bought)"), and the usual price support has already tried it.
 */
export function productsOfKind(
  products: readonly CatalogProduct[],
  sellerName: string,
  passage: string,
  named: ReadonlySet<string>,
  currency: string,
): string[] {
  const said = new Set(stems(passage));
  const inCurrency = products.some((p) => p.currency === currency)
    ? products.filter((p) => p.currency === currency)
    : products;
  const allKinds = inCurrency.flatMap((p) => kindOf(p, sellerName) ?? []);
  const kinds = allKinds.filter(
    (kind) =>
      said.has(kind.head) &&
      (kind.modifiers.every((m) => said.has(m)) || isShortNameSaid(kind, allKinds, said)),
  );
  const namedFamilies = new Set(
    products
      .filter((p) => named.has(p.sku))
      .flatMap((p) => {
        const kind = kindOf(p, sellerName);
        return kind ? [kind.family] : [];
      }),
  );
  const found: string[] = [];
  for (const family of new Set(kinds.map((k) => k.family))) {
    if (namedFamilies.has(family)) continue;
    const members = kinds.filter((k) => k.family === family);
    const qualified = members.filter((k) => k.qualifiers.some((q) => said.has(q)));
    found.push(...(qualified.length > 0 ? qualified : members).map((k) => k.sku));
  }
  return found;
}

/**
 * "dispatcher seats" for the "Office dispatcher seat": a kind named by its head and the word right
 * before it, the earlier words left out, where no other kind of the book shares those two words; or
 * by its head and a word of its name no other kind with that head has.
 */
function isShortNameSaid(kind: Kind, kinds: readonly Kind[], said: ReadonlySet<string>): boolean {
  if (kind.modifiers.length < 2) return false;
  const rivals = kinds.filter((other) => other.family !== kind.family && other.head === kind.head);
  const nearest = kind.modifiers.at(-1)!;
  if (said.has(nearest) && rivals.every((other) => other.modifiers.at(-1) !== nearest)) return true;
  // "the ACH fee" for the "ACH payment fee": a word no other kind of fee has.
  return kind.modifiers.some(
    (m) =>
      m.length > 2 &&
      said.has(m) &&
      !GENERIC_STEMS.has(m) &&
      rivals.every((other) => !other.modifiers.includes(m)),
  );
}
