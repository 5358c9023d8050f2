/** Which plans a statement speaks of: the plan named, the plan a line is labelled with, or every plan above one. */
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { isBaseMention, type ProductMention } from '../index/product-catalog.ts';

/**
 * The plans "every plan" speaks of: products the documents give features to, and products sold like
 * the ones this feature is given to (the same unit and currency). Credit packs, gateways and one-off
 * fees in the price book are none of them.
 */
export function plansLike(index: GuardIndex, deal: DealContext, given: readonly string[]) {
  const kind = (sku: string) => {
    const p = index.catalog.bySku.get(sku);
    return p ? `${p.unit ?? p.period}|${p.currency}` : undefined;
  };
  const kinds = new Set(given.map(kind));
  const gated = new Set(deal.facts.planGates.filter((g) => !g.everyday).flatMap((g) => [...g.skus]));
  return index.catalog.products.filter(
    (p) => !deal.facts.addOns.has(p.sku) && (kinds.has(kind(p.sku)) || gated.has(p.sku)),
  );
}

// "every tier above Starter": the plan named is the floor the others are measured from.
const FLOOR = /\b(?:above|higher than|beyond)\s+(?:the\s+)?$/i;

const isFloorMention = (text: string, p: ProductMention) =>
  FLOOR.test(text.slice(Math.max(0, p.start - 20), p.start));

// "what Fleet+ adds over Pro", "Team compared with Starter": the plan compared against.
const COMPARED = /\b(?:over|compared (?:with|to)|versus|vs\.?|unlike|than)\s+(?:the\s+)?$/i;

/** A plan named only as the base of another: "everything in Team plus…", "what Fleet+ adds over Pro". */
const isBase = (text: string, p: ProductMention) =>
  isBaseMention(text, p) || COMPARED.test(text.slice(Math.max(0, p.start - 20), p.start));

/**
 * The plan a sentence speaks of when the plan found is only the base of another: the plan named before
 * it in the clause ("Fleet+ adds over Pro…"), else the plan that labels the sentence ("Enterprise:
 * everything in Team plus SCIM"), else the base itself.
 */
function otherThanBase(analysis: DraftAnalysis, clause: DraftClause, base: ProductMention): ProductMention {
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const subject = (p: ProductMention) => !isBase(text, p) && !isFloorMention(text, p);
  const before = clause.products.filter((p) => p.start < base.start && subject(p)).at(-1);
  const label = analysis.clauses
    .filter(
      (c) => c.field === clause.field && c.sentence.start === clause.sentence.start && c.end <= clause.start,
    )
    .flatMap((c) => c.products)
    .filter(subject)
    .at(-1);
  return before ?? label ?? base;
}

/**
 * The plans a feature is said of, and the plan name that says so: "any tier above Starter" speaks
 * of every plan priced above Starter, a base plan of the plan that labels the sentence.
 */
export function subjectPlans(
  analysis: DraftAnalysis,
  clause: DraftClause,
  mention: { start: number; end: number },
  above: (floor: string) => string[],
): { named: ProductMention; skus: string[] } | undefined {
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const found = productAt(clause, clause.start + mention.start, text, clause.start + mention.end);
  if (!found) return undefined;
  if (isFloorMention(text, found)) return { named: found, skus: above(found.sku) };
  const named = isBase(text, found) ? otherThanBase(analysis, clause, found) : found;
  return { named, skus: [named.sku] };
}

/** The plans priced above one, billed the same way: what "every plan above Team" covers. */
export function plansAbove(
  index: GuardIndex,
  deal: DealContext,
  given: readonly string[],
  floor: string,
): string[] {
  const base = index.catalog.bySku.get(floor);
  if (!base) return [];
  // "Starter (monthly billing)" is the floor itself, billed another way.
  const plainName = (name: string) => name.replace(/\s*\([^()]*\)/g, '');
  return plansLike(index, deal, [...given, floor])
    .filter(
      (p) =>
        p.period === base.period &&
        p.listPrice > base.listPrice &&
        plainName(p.name) !== plainName(base.name),
    )
    .map((p) => p.sku);
}

/**
 * The plan a statement is about. "Any tier above Starter" is judged by plan gating, plan by plan; a
 * plan named as the base of another ("Enterprise: everything in Team plus…") gives way to the label.
 */
export function statedPlan(
  analysis: DraftAnalysis,
  clause: DraftClause,
  text: string,
  product: ProductMention | undefined,
): ProductMention | undefined {
  if (!product || isFloorMention(text, product)) return undefined;
  return isBase(text, product) ? otherThanBase(analysis, clause, product) : product;
}

// Two plans set side by side: "Pro versus Enterprise", "Pro or Enterprise", "Pro compared with Enterprise".
const SIDE_BY_SIDE = /^\s*(?:versus|vs\.?|or|against|compared (?:with|to))\s+(?:the\s+)?$/i;

/** Whether two plan mentions are set side by side ("Pro versus Enterprise"): a feature said of the pair is no one plan's. */
export function setSideBySide(
  text: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return SIDE_BY_SIDE.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}
