/** Features and add-ons the documents bind to some plans, claimed of another plan in so many words. */
import { STOPWORDS, tokenize } from '../../knowledge/text-tokens.ts';
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { type ProductMention, productCovers } from '../index/product-catalog.ts';
import { finding } from '../support/findings.ts';
import { isNegatedAt } from '../text/claim-context.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { CUT, PREDICATE } from './capability-frames.ts';
import { statedPlan } from './plan-subjects.ts';

/**
 * "Start on Essentials and add APM" where the price book sells APM on Professional and Enterprise
 * only: an add-on limited to some plans, said of the nearest other plan in the clause.
 */
export function addOnPlanProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
): GuardFinding | undefined {
  const { facts } = deal;
  for (const addOn of clause.products) {
    if (!facts.limitedAddOns.has(addOn.sku) || addedOnceMoved(index, deal, clause, addOn)) continue;
    const rel = addOn.start - clause.start;
    if (isNegatedAt(clause.text, rel, addOn.end - clause.start)) continue;
    const offeredWith = [...facts.includes].filter(([, set]) => set.has(addOn.sku)).map(([sku]) => sku);
    const plans = clause.products.filter(
      (p) => p !== addOn && !facts.addOns.has(p.sku) && isPlanLike(index, p.sku, offeredWith),
    );
    const distance = (p: { start: number }) => Math.abs(p.start - addOn.start);
    const plan = [...plans].sort((a, b) => distance(a) - distance(b))[0];
    if (!plan || productCovers(facts.includes, plan.sku, new Set([addOn.sku]))) continue;
    if (isNegatedAt(clause.text, plan.start - clause.start, plan.end - clause.start)) continue;
    const offering = [...facts.includes]
      .filter(([, set]) => set.has(addOn.sku))
      .map(([sku]) => index.catalog.bySku.get(sku)?.name ?? sku);
    return finding(
      'claim',
      'block',
      { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
      'product_feature',
      `the price book sells ${index.catalog.bySku.get(addOn.sku)?.name ?? addOn.sku} with ${offering.join(', ') || 'other plans'}, not with ${index.catalog.bySku.get(plan.sku)?.name ?? plan.sku}`,
    );
  }
  return undefined;
}

// "…add APM once you move to Professional": the add-on is bought when the move is made.
const ONCE_MOVED =
  /^[^;.]*?\b(?:once|when|after|as soon as|if)\b[^;.]*?\b(?:mov|upgrad|switch|step|go)\w*\s+(?:up\s+)?to\s+(?:the\s+)?$/i;

/** Whether the sentence adds the add-on on a plan it moves to later, one the price book sells it with. */
function addedOnceMoved(index: GuardIndex, deal: DealContext, clause: DraftClause, addOn: ProductMention) {
  const sentence = clause.sentence.text;
  const from = addOn.end - clause.sentence.start;
  return index.catalog
    .mentions(sentence)
    .some(
      (p) =>
        p.start >= from &&
        ONCE_MOVED.test(sentence.slice(from, p.start)) &&
        productCovers(deal.facts.includes, p.sku, new Set([addOn.sku])),
    );
}

/**
 * Whether a product could be a plan the add-on is sold on: where the add-on goes with per-user
 * editions, a fee or bundle priced otherwise (a yearly platform-fee band) is a line beside the
 * edition, not an edition. Plans priced by usage are judged as before, whatever their unit.
 */
function isPlanLike(index: GuardIndex, sku: string, offeredWith: readonly string[]): boolean {
  const product = index.catalog.bySku.get(sku);
  const plans = offeredWith.flatMap((s) => index.catalog.bySku.get(s) ?? []);
  if (!product || !plans.some((p) => p.perSeat)) return true;
  return product.perSeat;
}

const EVERY_PLAN = /\b(?:every|all|each|any)\s+(?:\w+\s+)?(?:plans?|tiers?|editions?|customers?)\b/i;

/**
 * "Professional includes field-level masking" where the only document part that says "field-level
 * masking" gives it to Enterprise: a feature outside the lexicon, gated by the plan the documents
 * name in the same part of the sentence ("role-based access control on every plan; masking on Enterprise").
 */
export function gatedWordsProblem(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): GuardFinding | undefined {
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  for (const m of clause.text.matchAll(PREDICATE)) {
    if (/^you/i.test(m[0])) continue;
    // "Starter doesn't include live chat" says the plan lacks it, which is what the gate says too.
    if (isNegatedAt(clause.text, m.index, m.index + m[0].length)) continue;
    const product = statedPlan(analysis, clause, text, productAt(clause, clause.start + m.index, text));
    if (!product || deal.facts.addOns.has(product.sku)) continue;
    const start = m.index + m[0].length;
    const rest = clause.text.slice(start);
    const cut = CUT.exec(rest);
    const phrase = rest.slice(0, cut ? cut.index : rest.length);
    if (index.catalog.mentions(phrase).length > 0) continue;
    const words = tokenize(phrase)
      .filter((t) => t.word.length > 2 && !/\d/.test(t.word))
      .map((t) => t.stem)
      .filter((w) => !STOPWORDS.has(w) && !GENERIC_STEMS.has(w) && !deal.ownStems.has(w));
    if (words.length === 0) continue;
    const parts = deal.facts.sentenceStems.flatMap((sentence) => {
      if (!words.every((w) => sentence.stems.has(w))) return [];
      // The part of the documented sentence that says it, up to a semicolon.
      const quote = sentence.citation.quote ?? '';
      const part = quote.split(/;|\.\s/).find((p) => {
        const own = new Set(tokenize(p).map((t) => t.stem));
        return words.every((w) => own.has(w));
      });
      // Under a heading for every plan, the sentence gives it to no plan in particular.
      return [sentence.everyPlan ? '' : (part ?? quote)];
    });
    if (parts.length === 0) continue;
    const plansOf = (part: string) =>
      EVERY_PLAN.test(part) ? [] : index.catalog.mentions(part).map((x) => x.sku);
    if (parts.some((p) => plansOf(p).length === 0)) continue;
    const documented = new Set(parts.flatMap(plansOf));
    if (productCovers(deal.facts.includes, product.sku, documented)) continue;
    const names = [...documented].map((s) => index.catalog.bySku.get(s)?.name ?? s).join(', ');
    return finding(
      'claim',
      'block',
      { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
      'product_feature',
      `the documents give "${phrase.trim().replace(/[,;:.]+$/, '')}" to ${names}, not to ${index.catalog.bySku.get(product.sku)?.name ?? product.sku}`,
    );
  }
  return undefined;
}
