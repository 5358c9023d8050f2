/**
 * A percentage said to put a price up: "the EU region adds 10% to the seat price", "London is 15% more
 * per seat". Only a surcharge the documents state, or the gap between two prices the price book gives,
 * is one; anything else is a price the documents never set.
 */
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import { statedBodyClauses } from './stated-clauses.ts';

const UP_BEFORE =
  /\b(?:adds?|adding|puts?|marks?|raises?)\s+(?:(?:it|the price|prices|that)\s+)?(?:up\s+)?(?:by\s+)?(?:an?\s+)?(?:extra\s+|further\s+)?$/i;
const UP_AFTER =
  /^\s*(?:more|higher|extra|uplift|surcharge|premium|mark-?up|on top)\b|^\s+to\s+(?:the|your|each)\s+(?:[\w-]+\s+)?(?:price|prices|fee|fees|cost|bill|rate)\b/i;
const MONEY_WORDS =
  /\b(?:price\w*|cost\w*|fees?|per (?:seat|user|month|year)|surcharge|uplift|bill\w*|charge\w*)\b|[$€£]/i;

/** Whether one list price is this many percent above another: "Business is 69% more than Team". */
function gapBetweenPrices(index: GuardIndex, percent: number): boolean {
  const prices = index.catalog.products.map((p) => p.listPrice).filter((p) => p > 0);
  return prices.some((a) => prices.some((b) => a > b && Math.abs((a / b - 1) * 100 - percent) < 0.5));
}

export function upliftProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const text = analysis.draft.body;
  for (const clause of statedBodyClauses(analysis)) {
    if (!MONEY_WORDS.test(clause.sentence.text)) continue;
    for (const f of clause.figures) {
      if (f.type !== 'percent') continue;
      const up =
        UP_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)) ||
        UP_AFTER.test(text.slice(f.end, f.end + 40));
      if (!up || deal.facts.surcharges.has(f.value) || gapBetweenPrices(index, f.value)) continue;
      findings.push(
        finding(
          'price',
          'block',
          { field: clause.field, start: f.start, end: f.end, text: f.text },
          'uplift',
          `${f.text} more is no surcharge the documents state`,
        ),
      );
    }
  }
  return findings;
}
