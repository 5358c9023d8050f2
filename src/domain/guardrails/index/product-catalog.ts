/** The price book as the guardrails read it: each product's names, its price per period, and which tier includes which. */
import type { Product } from '../../workspace/workspace-schema.ts';
import { meteredCountPattern, type Period } from '../text/figures.ts';
import { HEAD_NOUN } from '../vocabulary/head-nouns.ts';
import { sizedNames } from './sized-names.ts';
import { type VolumeBand, volumeBands } from './volume-tiers.ts';

export type CatalogProduct = {
  sku: string;
  name: string;
  listPrice: number;
  currency: string;
  /** What one list price buys: per month, per year, or once. */
  period: Period | undefined;
  perSeat: boolean;
  /** The price book's unit as written ("employee/month", "one-off"). */
  unit?: string | undefined;
  /** How a draft may name it: "Northwind Enterprise", "Enterprise", "NW-ENT". */
  aliases: string[];
  /** Marginal volume bands the price-book line states, if it is priced by volume. */
  bands: VolumeBand[];
};

export type ProductMention = { sku: string; start: number; end: number };

export type ProductCatalog = {
  products: readonly CatalogProduct[];
  bySku: ReadonlyMap<string, CatalogProduct>;
  /** sku → the skus whose features it also includes ("Enterprise: Pro plus SSO" → Enterprise includes Pro). */
  includes: ReadonlyMap<string, ReadonlySet<string>>;
  /** sku → every line of the same plan ("Enterprise platform fee", "Enterprise ingest"), itself included. */
  lines: ReadonlyMap<string, readonly string[]>;
  /** Counts of the metered units the price book sells by ("3,000 conversations", "140 hosts"). */
  metered: RegExp | undefined;
  /** Words of the units several lines are sold by ("terminal", "venue"): what is counted, never a feature or a topic. */
  sharedUnits: readonly string[];
  mentions(text: string): ProductMention[];
};

export function periodOf(unit: string): Period | undefined {
  const u = unit.toLowerCase();
  if (/month|mo\b/.test(u)) return 'month';
  if (/year|annum|annual|yr\b/.test(u)) return 'year';
  if (/quarter/.test(u)) return 'quarter';
  if (/one[\s-]?time|once|each|unit|fixed|flat/.test(u)) return 'once';
  return undefined;
}

// "technician/month", "recruiter seat/month": a price per person, whatever the book calls one.
const HEAD_UNIT = new RegExp(`^\\s*${HEAD_NOUN}\\b`, 'i');

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "Practice (per clinic, monthly billing)", "Lab integration add-on": what a price book adds to a
// name to say how it is sold, which nobody says when naming the product.
const SOLD_AS = /\s*\([^()]*\)\s*$|\s+add-?on$/i;

// "Premier Support — CAD": the list a line belongs to, which is no part of the product's name.
const CURRENCY_TAG = /\s+[—–-]\s+\p{Lu}{3}$/u;
const listedName = (name: string) => name.replace(CURRENCY_TAG, '');

// "Privileged Access, admin seat": what follows the comma is how it is sold, too.
const bareName = (product: Product) => listedName(product.name).replace(SOLD_AS, '').split(',')[0]!.trim();

/**
 * A product's names: its own, without the seller's, and without how it is sold when no other product
 * shares what is left ("Starter (annual billing)" and "Starter (monthly billing)" are one plan's two
 * lines, named together in `planAliases`).
 */
function aliasesOf(product: Product, sellerWords: string[], sharedBare: ReadonlySet<string>): string[] {
  const aliases = new Set([product.name, product.sku]);
  const bare = bareName(product);
  for (const name of new Set([product.name, ...(sharedBare.has(bare) ? [] : [bare])])) {
    if (name.length >= 3) aliases.add(name);
    const words = name.split(/\s+/);
    const withoutSeller = words.filter((w) => !sellerWords.includes(w.toLowerCase())).join(' ');
    if (withoutSeller && withoutSeller !== name && withoutSeller.length >= 3) aliases.add(withoutSeller);
  }
  for (const name of sizedNames(product.name)) aliases.add(name);
  return [...aliases].sort((a, b) => b.length - a.length);
}

/**
 * Names a rep uses for a plan the price book splits into lines: "Professional" for "Professional
 * platform fee" and "Professional ingest" (the first line stands for the plan), and the short form
 * of a long plan name ("Pro", "Corp") when no other name starts the same way.
 */
const PLAN_CHARGE = /^(?:platform fee|base fee|plan|edition|subscription|licen[cs]e fee)$/i;

// "Extra office user, Build", "Onboarding package: Small": a capital that starts what is sold beside a
// plan, never a plan's own name, so never a name for the lines it starts.
const NO_PLAN_NAME =
  /^(?:extra|additional|optional|further|annual|monthly|onboarding|implementation|training|data)$/i;

function planAliases(
  catalog: readonly CatalogProduct[],
  sellerWords: string[],
  taken: ReadonlyMap<string, string>,
): { aliases: Map<string, string>; lines: Map<string, string[]> } {
  const own = (name: string) =>
    name.split(/[\s,]+/).filter((w) => w && !sellerWords.includes(w.toLowerCase()));
  const lines = new Map<string, string[]>();
  // "Ridge platform fee", "Team plan": a name that is a plan's name and what is charged for it.
  const plainPlans = new Set<string>();
  for (const p of catalog) {
    const words = own(p.name);
    // "SMS pack, 1,000 messages" and "SMS pack, 5,000 messages" are two products, not one plan's lines.
    if (
      words.length < 2 ||
      !/^\p{Lu}/u.test(words[0]!) ||
      sizedNames(p.name).length > 0 ||
      NO_PLAN_NAME.test(words[0]!)
    )
      continue;
    lines.set(words[0]!, [...(lines.get(words[0]!) ?? []), p.sku]);
    if (PLAN_CHARGE.test(words.slice(1).join(' '))) plainPlans.add(words[0]!);
  }
  splitByFullName(lines, catalog, own, taken);
  const found = new Map<string, string>();
  const family = new Map<string, string[]>();
  for (const [plan, skus] of lines) {
    if ((skus.length < 2 && !plainPlans.has(plan)) || plan.length < 3 || taken.has(plan)) continue;
    found.set(plan, skus[0]!);
    for (const sku of skus) family.set(sku, skus);
  }
  const names = [...new Set([...taken.keys(), ...found.keys()])].filter(
    (a) => !/\s/.test(a) && /^\p{Lu}\p{Ll}+$/u.test(a),
  );
  for (const name of names) {
    if (name.length < 8) continue;
    const sku = taken.get(name) ?? found.get(name)!;
    for (const short of [name.slice(0, 3), name.slice(0, 4)]) {
      const rivals = names.filter((n) => n !== name && n.startsWith(short));
      if (rivals.length === 0 && !taken.has(short)) found.set(short, sku);
    }
  }
  return { aliases: found, lines: family };
}

/**
 * "Access, Band 1" and "Access Plus, Band 1" start alike but are two plans: where the names a first
 * word starts run on in different capitalised words, each name is its own plan, and the first word
 * names only the plan that is nothing more. A plan whose every line runs on alike is named in full.
 */
function splitByFullName(
  lines: Map<string, string[]>,
  catalog: readonly CatalogProduct[],
  own: (name: string) => string[],
  taken: ReadonlyMap<string, string>,
): void {
  const bySku = new Map(catalog.map((p) => [p.sku, p.name]));
  for (const [first, skus] of [...lines]) {
    const names = new Map<string, string[]>();
    for (const sku of skus) {
      const head = own(bySku.get(sku)!.split(',')[0]!);
      let n = 1;
      while (n < head.length && /^(?:\p{Lu}\p{Ll}+|\p{Lu}{1,3}\d*)$/u.test(head[n]!)) n++;
      const name = head.slice(0, n).join(' ');
      names.set(name, [...(names.get(name) ?? []), sku]);
    }
    // "Health System — providers 1–100" and "— providers 101–300": one plan, named by both its words.
    if (names.size < 2 && [...names.keys()].every((name) => name === first || taken.has(name))) continue;
    lines.delete(first);
    for (const [name, group] of names) lines.set(name, group);
  }
}

/**
 * "Tenant screening, Basic" and "Tenant screening, Comprehensive": products that share what comes before
 * the comma (or a dash) and differ by a capitalised word after it are named by that word alone
 * ("Comprehensive is $45 an applicant"), unless it already names something else (a plan: "Onboarding, Core HR").
 */
function variantAliases(
  catalog: readonly CatalogProduct[],
  taken: ReadonlyMap<string, string>,
): Map<string, string> {
  const byBase = new Map<string, Map<string, string>>();
  const bases = new Map<string, Set<string>>();
  for (const p of catalog) {
    // "Tenant screening, Basic", "Onboarding & migration — Large".
    const parted = /,|\s[—–]\s/.exec(p.name);
    if (!parted) continue;
    const base = p.name.slice(0, parted.index).trim();
    const variant = p.name
      .slice(parted.index + parted[0].length)
      .split(/[,(]/)[0]!
      .trim();
    if (!/^\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}+)*$/u.test(variant) || taken.has(variant)) continue;
    // The first list names it: a second currency's line of the same variant is found from it.
    const variants = byBase.get(base) ?? new Map<string, string>();
    if (!variants.has(variant)) variants.set(variant, p.sku);
    byBase.set(base, variants);
    bases.set(variant, (bases.get(variant) ?? new Set()).add(base));
  }
  const found = new Map<string, string>();
  for (const variants of byBase.values()) {
    if (variants.size < 2) continue;
    // "…, Sweden" after many different names is where they are sold, not which one is meant.
    for (const [variant, sku] of variants) if (bases.get(variant)!.size === 1) found.set(variant, sku);
  }
  return found;
}

/** The words of units two or more lines are sold by: every plan "per terminal/month", add-ons "per venue". */
function sharedUnitWords(products: readonly Product[]): string[] {
  const each = products.flatMap((p) => [
    ...new Set(
      (p.unit ?? '')
        .toLowerCase()
        .split(/[\s/_-]+/)
        .filter((w) => /^\p{L}{3,}$/u.test(w)),
    ),
  ]);
  return [...new Set(each.filter((w, i) => each.indexOf(w) !== i))];
}

/** "host/month" → host, "10,000 test runs" → run, "GB analysed" → GB; periods and seats are no meter. */
function meteredUnits(products: readonly Product[]): string[] {
  const units = new Set<string>();
  for (const p of products) {
    const segment = p.unit.split(/\/|\bper\b/i)[0] ?? '';
    const words = segment.split(/[\s-]+/).filter((w) => /^\p{L}{2,}$/u.test(w));
    const noun = /^\p{Lu}{2,}$/u.test(words[0] ?? '')
      ? words[0]
      : /\d/.test(segment)
        ? words.at(-1)
        : words[0];
    if (!noun || periodOf(noun) !== undefined || /^(?:seat|user|licen[cs]e|member|head|unit)s?$/i.test(noun))
      continue;
    units.add(noun.replace(/s$/i, ''));
  }
  return [...units];
}

/**
 * "Dunlowe Desk Essentials", "Dunlowe Desk Plus", "Dunlowe Desk Enterprise": a product line's name that
 * starts several products after the seller's, which a rep drops as they drop the seller's ("Plus is $43").
 */
function lineWords(products: readonly Product[], sellerWords: readonly string[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const p of products) {
    const words = p.name.split(/\s+/).filter((w) => !sellerWords.includes(w.toLowerCase()));
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!) || !/^\p{Lu}/u.test(words[1]!)) continue;
    next.set(words[0]!, (next.get(words[0]!) ?? new Set()).add(words[1]!));
  }
  return [...next].filter(([, after]) => after.size >= 3).map(([word]) => word.toLowerCase());
}

export function buildProductCatalog(products: readonly Product[], sellerName: string): ProductCatalog {
  const sellerNameWords = sellerName
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const sellerWords = [...sellerNameWords, ...lineWords(products, sellerNameWords)];
  const bare = products.map(bareName);
  // Two lists of one product in two currencies share its name, and so its bare name too, however each
  // list tags it ("Extra document storage, 100 GB (NZ)").
  const sharedBare = new Set(
    bare.filter((b, i) =>
      products.some(
        (q, j) =>
          bare[j] === b &&
          q.currency === products[i]!.currency &&
          listedName(q.name) !== listedName(products[i]!.name),
      ),
    ),
  );
  const catalog: CatalogProduct[] = products.map((p) => ({
    sku: p.sku,
    name: p.name,
    listPrice: p.listPrice,
    currency: p.currency,
    period: periodOf(p.unit),
    perSeat: /seat|user|licen[cs]e|member|head/i.test(p.unit) || HEAD_UNIT.test(p.unit),
    unit: p.unit,
    aliases: aliasesOf(p, sellerWords, sharedBare),
    bands: volumeBands(p.listPrice, p.description ?? ''),
  }));
  const aliasToSku = new Map<string, string>();
  for (const p of catalog) for (const a of p.aliases) if (!aliasToSku.has(a)) aliasToSku.set(a, p.sku);
  const plans = planAliases(catalog, sellerWords, aliasToSku);
  const addAlias = (alias: string, sku: string) => {
    aliasToSku.set(alias, sku);
    catalog.find((p) => p.sku === sku)?.aliases.push(alias);
  };
  for (const [alias, sku] of plans.aliases) addAlias(alias, sku);
  for (const [alias, sku] of variantAliases(catalog, aliasToSku)) addAlias(alias, sku);
  // Product names are proper nouns: one word is matched as written, so "pro" in "proposal" or "a pro"
  // is no product; a name of several words ("Payments module") or parts ("E-billing") is one in any case.
  const compile = (aliases: string[], flags: string) =>
    aliases.length > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}-])(?:${aliases
            .sort((a, b) => b.length - a.length)
            .map(escapeRegex)
            .join('|')})(?![\\p{L}\\p{N}])`,
          flags,
        )
      : undefined;
  const all = [...aliasToSku.keys()];
  const several = all.filter((a) => /[\s-]/.test(a));
  const lowerToSku = new Map(several.map((a) => [a.toLowerCase(), aliasToSku.get(a)!]));
  const patterns = [
    compile(
      all.filter((a) => !/[\s-]/.test(a)),
      'gu',
    ),
    compile(several, 'giu'),
  ];

  const mentions = (text: string): ProductMention[] => {
    const candidates: ProductMention[] = [];
    for (const pattern of patterns) {
      if (!pattern) continue;
      for (const m of text.matchAll(pattern)) {
        const sku = aliasToSku.get(m[0]) ?? lowerToSku.get(m[0].toLowerCase());
        if (sku) candidates.push({ sku, start: m.index, end: m.index + m[0].length });
      }
    }
    // The longest name wins where two overlap: "SMS 5k" is the bundle, not the "SMS" of the overage line.
    const found: ProductMention[] = [];
    for (const c of candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start))
      if (!found.some((f) => c.start < f.end && c.end > f.start)) found.push(c);
    return found.sort((a, b) => a.start - b.start);
  };

  const includes = new Map<string, Set<string>>();
  const add = (sku: string, included: string) => {
    if (sku === included) return;
    const set = includes.get(sku) ?? new Set<string>();
    set.add(included);
    includes.set(sku, set);
  };
  // The lines of one plan are one plan: what a document gives one of them, the others have too.
  for (const skus of plans.lines.values()) for (const a of skus) for (const b of skus) add(a, b);
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
      if (
        /\bincluded (?:at no (?:extra )?(?:charge|cost) )?(?:with|in|on)\s+(?:the\s+)?$/i.test(
          description.slice(0, m.start),
        )
      )
        add(m.sku, p.sku);
    }
  }
  return {
    products: catalog,
    bySku: new Map(catalog.map((p) => [p.sku, p])),
    includes,
    lines: plans.lines,
    metered: meteredCountPattern(meteredUnits(products)),
    sharedUnits: sharedUnitWords(products),
    mentions,
  };
}

/**
 * A product named only as the base of another: "Business plus SCIM", "everything in Pro, plus…".
 * What the sentence says then belongs to the other product, not to this one.
 */
export function isBaseMention(text: string, m: { start: number; end: number }): boolean {
  return (
    /^\s*,?\s*(?:plus|\+|and more|features,? plus)\b/i.test(text.slice(m.end, m.end + 20)) ||
    /\b(?:everything in|all of|all the features of|on top of|in addition to|beyond|upgrade from|more than)\s*$/i.test(
      text.slice(Math.max(0, m.start - 30), m.start),
    )
  );
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
  const add = (sku: string, included: string) => {
    if (sku === included) return;
    const set = into.get(sku) ?? new Set<string>();
    set.add(included);
    into.set(sku, set);
  };
  for (const m of mentions.slice(1)) {
    const between = clause.slice(first.end, m.start);
    // "Payroll includes everything in Core HR, and Complete includes everything in Payroll": a new
    // clause has a subject of its own, and the first product includes nothing named in it.
    if (/[;.](?:\s|$)|,\s*(?:and|but|while|whereas)\b/i.test(between)) break;
    const included =
      /\b(?:includes? everything in|includes? all (?:of|the features of)|builds? on|plus everything in|everything in)\b/i;
    if (included.test(between)) add(first.sku, m.sku);
    // "Premium Support: … included with Enterprise": Enterprise carries what Premium Support gives.
    else if (
      /\bincluded (?:at no (?:extra )?(?:charge|cost) )?(?:with|in|on)\s+(?:the\s+|all\s+|every\s+)?$/i.test(
        between,
      )
    )
      add(m.sku, first.sku);
    else if (/\b(?:includes?|comes? with|bundles?)\s+(?:the\s+|a\s+)?$/i.test(between)) add(first.sku, m.sku);
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

// What joins the names of one list: "Essentials, Business and Premier", "Team / Enterprise".
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|\s*[&/]\s*)\s*$/i;

/**
 * The mentions of the list of products that ends with `last`: "Every edition (Essentials, Business,
 * Premier): …" speaks of all three, not of the one named last.
 */
export function listEndingAt(
  text: string,
  mentions: readonly ProductMention[],
  last: ProductMention,
): ProductMention[] {
  const list = [last];
  for (let i = mentions.indexOf(last) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!LIST_JOINER.test(text.slice(m.end, list[0]!.start))) break;
    list.unshift(m);
  }
  return list;
}
