/**
 * Lines the documents keep for an approval ("any reduction on credit packs, add-ons or the onboarding fee
 * is for the Committee to approve"): a discount said of one of them needs an approval on record naming it.
 */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { ProductCatalog } from '../index/product-catalog.ts';
import { isDiscountPercent, isReplaced } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import type { PercentFigure } from '../text/figures.ts';

const WAIVED =
  /\b(?:waiv\w*|free of charge|at no (?:extra |additional )?(?:charge|cost)|no charge|complimentary|written off)\b/i;
// "10% off them", "10% on those": the line named before the percentage.
const PRONOUN = /^\s*(?:off|on|for)\s+(?:them|it|those|these|each|both|all of them)\b/i;
// "the 16% applies to the Pack 25k as well": a discount on record said to reach the line.
const APPLIES = /^\s*(?:discount\s+)?(?:also\s+)?(?:appl(?:y|ies)|extends?|carries over)\s+(?:to|on)\b/i;
const NEGATION = /\b(?:not|no|never|n't|except|excluding)\b/i;
// A line named by what it is charged as ("onboarding fee") is named by what it is ("onboarding").
const CHARGE_WORDS = new Set(stems('fee fees price prices charge charges cost costs line lines'));

const holds = (text: string, words: readonly string[]) => {
  const said = new Set(stems(text));
  return words.length > 0 && words.every((w) => said.has(w));
};

/** "credit packs" → pack, "onboarding fee" → onboard: the word a rep says for the line on its own. */
function headWord(words: readonly string[]): readonly string[] {
  const head = words.filter((w) => !CHARGE_WORDS.has(w)).at(-1);
  return head && head.length >= 4 ? [head] : words;
}

/** Whether a passage names the line: in its words, by its head noun, or by a product whose name holds them. */
function namesLine(
  catalog: ProductCatalog,
  clause: DraftClause,
  passage: { start: number; end: number; text: string },
  words: readonly string[],
): boolean {
  if (holds(passage.text, words) || holds(passage.text, headWord(words))) return true;
  return clause.products.some(
    (p) =>
      p.start >= passage.start && p.end <= passage.end && holds(catalog.bySku.get(p.sku)?.name ?? '', words),
  );
}

export function discountedApprovalOnlyLines(
  deal: DealContext,
  analysis: DraftAnalysis,
  catalog: ProductCatalog,
): GuardFinding[] {
  const lines = deal.facts.discounts.approvalOnly ?? [];
  if (lines.length === 0) return [];
  const findings: GuardFinding[] = [];
  const approvedFor = (words: readonly string[]) =>
    deal.approvals.some((a) => {
      const quote = a.citation.quote ?? '';
      const at = quote.toLowerCase().indexOf(words[0] ?? '\u0000');
      return holds(quote, words) && !(at >= 0 && isNegatedAt(quote, at, at + 1));
    });
  // Percentages already granted: an approval's, a programme's.
  const onRecord = new Set([
    ...deal.approvals.flatMap((a) => (a.percent === undefined ? [] : [a.percent])),
    ...deal.facts.discounts.programmes.map((p) => p.percent),
  ]);
  for (const clause of analysis.clauses) {
    if (clause.question || isHedged(clause.text)) continue;
    const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
    for (const line of lines) {
      const words = stems(line.words);
      if (approvedFor(words)) continue;
      // The line must be what is reduced: named right after the percentage, or before it as "them",
      // or reached by a discount on record; or said to be waived.
      const reduces = (f: PercentFigure) => {
        const segment = text.slice(f.end, f.end + 45).split(/[,;.](?:\s|$)/)[0]!;
        const after = { start: f.end, end: f.end + segment.length, text: segment };
        if (isDiscountPercent(text, f) && namesLine(catalog, clause, after, words)) return true;
        if (PRONOUN.test(after.text) && isDiscountPercent(text, f)) {
          const { start } = clause.sentence;
          const before = { start, end: f.start, text: text.slice(start, f.start) };
          return namesLine(catalog, clause, before, words);
        }
        return (
          onRecord.has(f.value) &&
          APPLIES.test(after.text) &&
          !NEGATION.test(after.text) &&
          namesLine(catalog, clause, after, words)
        );
      };
      const cut = clause.figures.find(
        (f): f is PercentFigure => f.type === 'percent' && !isReplaced(text, f) && reduces(f),
      );
      const waived = holds(clause.text, words) ? WAIVED.exec(clause.text) : null;
      const given =
        cut ??
        (waived && !isNegatedAt(clause.text, waived.index, waived.index + waived[0].length)
          ? waived
          : undefined);
      if (!given) continue;
      findings.push(
        finding(
          'discount',
          'block',
          { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
          'needs_approval',
          `a reduction on the ${line.words}, which the documents leave to an approval no record holds`,
          line.citation,
        ),
      );
      break;
    }
  }
  return findings;
}
