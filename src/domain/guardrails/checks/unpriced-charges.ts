/**
 * A charge said with no amount: "SMS checks carry a small per-message fee", "the Salesforce connector
 * is billed separately". The price book says what is charged for; a charge on anything it does not
 * sell is a fee the documents never state, whatever it would cost.
 */
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import { isNegatedAt } from '../text/claim-context.ts';
import { statedBodyClauses } from './stated-clauses.ts';

const CHARGE =
  /\b(?:carr(?:y|ies)|has|have|comes? with|there(?:['’]s| is| are))\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:fee|charge|surcharge)s?\b|\b(?:is|are|gets?|will be)\s+(?:charged|billed|invoiced)\s+(?:separately|extra|on top|per\s+[\w-]+)|\bcosts?\s+(?:a\s+(?:little|bit)\s+)?(?:extra|more)\b|\bcharged\s+(?:at\s+)?a\s+few\s+(?:cents|dollars)\b|\b(?:is|are)\s+(?:a\s+)?paid\s+(?:extra|option|upgrade)s?\b|\b(?:an?\s+)?(?:extra|additional)\s+cost\b|\bat\s+(?:an?\s+)?(?:extra|additional)\s+(?:cost|charge)\b/gi;
// "a per-message fee", "charged per conversation": the unit a charge is counted in.
const UNIT = /\bper[\s-]([a-z]+?)s?\b/i;
// "a sending fee of half a cent per email": the unit said after the charge.
const UNIT_AFTER = /^\s+of\s+(?:[\w-]+\s+){1,4}?per\s+([a-z]+?)s?\b/i;
// Charges the price book is not the place for, or that name what it sells without its name: taxes,
// how a plan is billed, an add-on, seats.
const PRICED_ELSEWHERE =
  /\b(?:tax(?:es)?|VAT|GST|HST|monthly billing|billed monthly|month[\s-]to[\s-]month|add-?ons?|overage|seats?|licen[cs]es?|users?)\b/i;

/**
 * Whether the price book or a public document prices something by this unit ("ID Verify, per completed
 * check", "charged per driver"), not counting a denial ("no per-envelope charges").
 */
function soldPer(index: GuardIndex, deal: DealContext, unit: string): boolean {
  const word = new RegExp(`\\b${unit}(?:e?s)?\\b`, 'i');
  if (index.catalog.products.some((p) => word.test(p.unit ?? ''))) return true;
  const per = new RegExp(`\\bper[\\s-]${unit}(?:e?s)?\\b`, 'gi');
  return deal.facts.sentenceStems.some((s) => {
    const quote = s.citation.quote ?? '';
    // "up to 50 recipients per envelope" is a limit; a price per envelope comes with its amount.
    return (
      /[$€£¥]|\b[A-Z]{3}\s?\d|\bcharged\b/.test(quote) &&
      [...quote.matchAll(per)].some((m) => !isNegatedAt(quote, m.index, m.index + m[0].length))
    );
  });
}

export function unpricedChargeProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  for (const clause of statedBodyClauses(analysis)) {
    const sentence = clause.sentence;
    // An amount, a product named or a commercial term ("setup fee") is for the other checks to weigh.
    const ofSentence = analysis.clauses.filter((c) => c.sentence.start === sentence.start);
    const priced = ofSentence.some((c) => c.figures.some((f) => f.type === 'money' || f.type === 'percent'));
    const weighedElsewhere =
      priced ||
      PRICED_ELSEWHERE.test(sentence.text) ||
      ofSentence.some(
        (c) =>
          c.products.length > 0 ||
          c.terms.some((t) => t.term.category === 'commercial' || t.term.category === 'billing'),
      );
    for (const m of clause.text.matchAll(CHARGE)) {
      if (
        /\b(?:no|not|never|without)\b/i.test(m[0]) ||
        isNegatedAt(clause.text, m.index, m.index + m[0].length)
      )
        continue;
      const unit =
        UNIT.exec(m[0])?.[1] ??
        UNIT_AFTER.exec(clause.text.slice(m.index + m[0].length, m.index + m[0].length + 50))?.[1];
      if (unit ? priced || soldPer(index, deal, unit) : weighedElsewhere) continue;
      const start = clause.start + m.index;
      findings.push(
        finding(
          'price',
          'block',
          { field: clause.field, start, end: start + m[0].length, text: m[0] },
          'unpriced_charge',
          unit
            ? `"${m[0]}": the documents price nothing per ${unit}`
            : `"${m[0]}": the price book charges for nothing this sentence names`,
        ),
      );
      break;
    }
  }
  return findings;
}
