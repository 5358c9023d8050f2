/** What documents say of products: add-ons, inclusions, "and above", and products a label or term names. */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import { isNegatedAt } from '../text/claim-context.ts';
import { extractFigures as figuresOf } from '../text/figures.ts';
import { matchTerms } from '../vocabulary/lexicon-matcher.ts';
import { addTo } from './clause-terms.ts';
import type { KnowledgeFacts } from './knowledge-facts.ts';
import type { ProductCatalog } from './product-catalog.ts';

const LABEL_FILLER = new Set(['fee', 'one', 'off', 'time', 'price', 'cost', 'charg']);

/**
 * "Payroll: …; Onboarding fee (one-off): €6,500": a row's product and a column's label together name
 * another product of the price book ("Onboarding, Payroll"), which is the one the amount prices.
 */
export function labelledProduct(
  catalog: ProductCatalog,
  sellerName: string,
  clause: string,
  rowSkus: readonly string[],
): string[] | undefined {
  const label = /^\s*([^:$€£\d]{3,40}):/.exec(clause)?.[1];
  if (!label || rowSkus.length !== 1) return undefined;
  const seller = new Set(stems(sellerName));
  const own = (name: string) => stems(name).filter((w) => !seller.has(w));
  const labelWords = own(label).filter((w) => !LABEL_FILLER.has(w) && !STOPWORDS.has(w));
  const row = catalog.bySku.get(rowSkus[0]!);
  if (!row || labelWords.length === 0) return undefined;
  const rowWords = own(row.name);
  const found = catalog.products.filter((p) => {
    if (p.sku === row.sku) return false;
    const words = own(p.name);
    return (
      words.length > 0 &&
      words.every((w) => labelWords.includes(w) || rowWords.includes(w)) &&
      words.some((w) => labelWords.includes(w)) &&
      words.some((w) => rowWords.includes(w))
    );
  });
  return found.length === 1 ? [found[0]!.sku] : undefined;
}

/**
 * A sentence under an "Add-ons" heading lists an add-on when it is the product's own row or prices it
 * ("Expenses: €3 per user"); "Payroll includes one entity", a remark on a plan there, lists none.
 */
export function listsAddOn(text: string, product: { start: number; end: number }): boolean {
  // "$24 per recruiter per month, on Grow, Scale and Enterprise": the plans the add-on is sold on.
  if (SOLD_ON.test(text.slice(0, product.start))) return false;
  const after = text.slice(product.end);
  // "Health System includes 20,000 SMS segments a month; above that $22 per 1,000": what the plan has.
  if (PLAN_HAS.test(after)) return false;
  return /^\s*[:|\u2013\u2014-]/.test(after) || figuresOf(text).some((f) => f.type === 'money');
}

const SOLD_ON = /\b(?:on|with|for|in)\s+(?:the\s+)?$/i;
const PLAN_HAS = /^\s*(?:already\s+)?(?:includes?|comes? with|has|gets?)\b/i;

/**
 * A product named like a capability ("Priority support", "Premium Support") is that capability: the
 * price book documents it for the product itself and for the plans its description sells it on
 * ("On Professional; included with Enterprise").
 */
export function namedAfterTerms(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  descriptions: readonly { sku: string; description: string }[],
) {
  for (const product of catalog.products) {
    const named = matchTerms(product.name).filter((m) => m.end - m.start >= product.name.length / 2);
    if (named.length === 0) continue;
    const description = descriptions.find((d) => d.sku === product.sku)?.description ?? '';
    const plans = catalog
      .mentions(description)
      .filter((m) => m.sku !== product.sku && !isNegatedAt(description, m.start, m.end))
      .map((m) => m.sku);
    for (const m of named) {
      const set = facts.termProducts.get(m.term.id) ?? new Set<string>();
      for (const sku of [product.sku, ...plans]) set.add(sku);
      facts.termProducts.set(m.term.id, set);
    }
  }
}

/**
 * "Public help center on Team and above": the plan named and every plan that costs more per seat
 * (add-ons aside), which is what "and above" means in a price book.
 */
export function withHigherPlans(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  text: string,
  named: readonly { sku: string; end: number }[],
  skus: string[],
): string[] {
  const base = named.find((m) =>
    /^\s*(?:and|or)\s+(?:above|up|higher|better|every (?:plan|tier) above)\b|^\s*\+/i.test(
      text.slice(m.end, m.end + 30),
    ),
  );
  const plan = base && catalog.bySku.get(base.sku);
  if (!plan) return skus;
  const higher = catalog.products.filter(
    (p) => !facts.addOns.has(p.sku) && p.perSeat && p.period === plan.period && p.listPrice > plan.listPrice,
  );
  return [...new Set([...skus, ...higher.map((p) => p.sku)])];
}

const INCLUDED_WITH =
  /\b[Ii]ncluded\b(?:\s+(?:at no (?:extra |additional )?(?:charge|cost)|free(?: of charge)?|as standard))?\s+(?:with|on|in)\s+(?:the\s+|all\s+|every\s+)?(?:\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$/u;

/** "Premium Support: …; included with Enterprise at no charge": the plans that include a product. */
export function readIncluded(
  facts: KnowledgeFacts,
  sku: string,
  text: string,
  plans: readonly { sku: string; start: number; end: number }[],
) {
  for (const plan of plans) {
    // The plan must be what "included" is with ("included with Pro and Enterprise"), not a plan named
    // after another one ("5 included on Team, unlimited on Enterprise").
    if (plan.sku === sku || !INCLUDED_WITH.test(text.slice(0, plan.start))) continue;
    if (isNegatedAt(text, plan.start, plan.end)) continue;
    addTo(facts.includedWith, sku, plan.sku);
    const from = includedFrom(text, plan, plans);
    if (from !== undefined) facts.includedFrom.set(`${sku}|${plan.sku}`, from);
  }
}

// "included at no charge on orders of 75 technicians or more": included with whatever plan, from a size.
const SIZE_INCLUDED =
  /\bincluded\b[^.;]{0,40}?\b(?:orders?|subscriptions?|contracts?|deals?)\s+(?:of|covering|for|with|covers)\s+(\d[\d,]*)\s*(?:\+|(?:[\p{L}-]+\s+){0,2}?or more\b)/iu;

/** The size from which a product is included with any plan, where the text names no plan it comes with. */
export function sizeIncluded(text: string): number | undefined {
  const m = SIZE_INCLUDED.exec(text);
  return m ? Number(m[1]!.replaceAll(',', '')) : undefined;
}

/** Includes a product with every plan sold per seat from a size ("on orders of 75 technicians or more"). */
export function includeWithEveryPlan(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  sku: string,
  from: number,
) {
  for (const p of catalog.products)
    if (p.sku !== sku && p.perSeat && !facts.addOns.has(p.sku) && !facts.includedWith.has(p.sku)) {
      addTo(facts.includedWith, sku, p.sku);
      facts.includedFrom.set(`${sku}|${p.sku}`, from);
    }
}

// "at 100+ seats", "with 50 or more agents", "at 1,000 staff seats or more", "from 75 users".
const SEAT_THRESHOLD =
  /\b(?:at|with|for|of)\s+(\d[\d,]*)\s*(?:\+|(?:[\p{L}-]+\s+){0,2}(?:or more|and (?:above|up|over))\b)|\b(?:from|at least)\s+(\d[\d,]*)\s+(?:[\p{L}-]+\s+)?(?:seats?|users?|agents?|licen[cs]es?)\b/iu;
// "one sandbox is included with Enterprise": some of the product comes with the plan, not all of it.
const PART_INCLUDED =
  /(?:\b(?:one|two|three|four|five|first|single)(?![\w-])|(?<![\d$€£.,/])\d+\s+[a-z])[^;]*\bincluded\b/i;
// What may follow the plan when the inclusion holds without a condition.
const UNCONDITIONAL =
  /^\s*(?:plans?|tiers?|editions?)?\s*(?:at no (?:extra |additional )?(?:charge|cost)|free(?: of charge)?|as standard)?\s*(?:[.;,|)\]]|$)/i;

/** The seats from which a plan includes a product, if the inclusion names a condition. */
function includedFrom(
  text: string,
  plan: { start: number; end: number },
  plans: readonly { start: number; end: number }[],
): number | undefined {
  const before = text.slice(0, plan.start);
  const clause = before.slice(
    Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('|')) + 1,
  );
  if (PART_INCLUDED.test(clause)) return Number.POSITIVE_INFINITY;
  const threshold = SEAT_THRESHOLD.exec(text);
  if (threshold) return Number((threshold[1] ?? threshold[2])!.replaceAll(',', ''));
  // "included with Pro and Enterprise at …": the condition follows the last plan of the list.
  let end = plan.end;
  for (const next of plans)
    if (next.start >= end && /^\s*(?:,|and|or|&)\s*(?:the\s+)?$/i.test(text.slice(end, next.start)))
      end = next.end;
  return UNCONDITIONAL.test(text.slice(end)) ? undefined : Number.POSITIVE_INFINITY;
}

/**
 * "Assist: $20 a seat, on Team, Business and Enterprise": what an add-on gives is available on those
 * plans, so a draft may say "Business customers get AI replies with Assist" (not "on Starter").
 */
export function offerAddOn(
  facts: KnowledgeFacts,
  addOn: string,
  text: string,
  plans: readonly { sku: string; start: number; end: number }[],
) {
  for (const plan of plans) {
    if (plan.sku === addOn || isNegatedAt(text, plan.start, plan.end)) continue;
    // "included with Enterprise" makes it part of a plan, not a limit on who may buy it.
    if (!/\bincluded\b[^.;]{0,20}$/i.test(text.slice(0, plan.start))) facts.limitedAddOns.add(addOn);
    const set = facts.includes.get(plan.sku) ?? new Set<string>();
    set.add(addOn);
    facts.includes.set(plan.sku, set);
  }
}

/** Product names that are part of a longer term are no product: "Business Associate Agreement". */
export function outsideTerms<T extends { start: number; end: number }>(mentions: T[], text: string): T[] {
  if (mentions.length === 0) return mentions;
  const terms = matchTerms(text);
  return mentions.filter(
    (m) => !terms.some((t) => t.start < m.end && t.end > m.start && t.end - t.start > m.end - m.start),
  );
}
