/**
 * "Under your contract the renewal price can rise by no more than 10%" where the order form caps the
 * rise at 6%: a rise said of this account's renewal is its order form's to set, whatever other page
 * happens to give the same percentage.
 */
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import { orderFormPassages } from './order-form-prices.ts';
import { percentIn, RENEWAL_WORD, renewalAmountsOf, renewalTerms, speaksOfRenewal } from './renewal-terms.ts';
import { statedBodyClauses } from './stated-clauses.ts';

// "can rise by no more than 10%", "caps any increase at 4%", "a 7% uplift".
const RISE =
  /\b(?:increase|rise|uplift|go(?:es)? up|raise)\w*\b[^.;%]{0,40}?(\d+(?:\.\d+)?)\s*%|\bcap(?:s|ped)?\b[^.;%]{0,40}?(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%\s+(?:cap|uplift|increase|rise)\b/gi;
// A rise of the seats or the usage, not of the price.
const COUNT_RISE = /\b(?:seats?|users?|agents?|licen[cs]es?|usage|volume|headcount)\b/i;

/** The rises the account's order form and the public terms allow a renewal. */
function allowedRises(index: GuardIndex, deal: DealContext, orderForm: ReadonlySet<string>) {
  const terms = renewalTerms(index, deal, orderForm);
  // Those between today's price and a renewal price the order form sets.
  const ratios = terms.inForce.flatMap((today) => renewalAmountsOf(terms).map((r) => (r / today - 1) * 100));
  // A rise the public terms set for every renewal ("any list price increase is capped at 5%").
  const published = deal.facts.sentenceStems.flatMap((st) => {
    const quote = st.citation.quote ?? '';
    return RENEWAL_WORD.test(quote) && !orderForm.has(st.citation.id)
      ? [...quote.matchAll(RISE)].map(percentIn)
      : [];
  });
  return {
    set: terms.increases,
    allows: (pct: number) =>
      terms.increases.includes(pct) ||
      published.includes(pct) ||
      ratios.some((r) => Math.abs(r - pct) < (Number.isInteger(pct) ? 0.5 : 0.05)),
  };
}

export function renewalIncreaseProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
): GuardFinding[] {
  const rises = statedBodyClauses(analysis).flatMap((clause) =>
    [...clause.text.matchAll(RISE)]
      .filter((m) => !COUNT_RISE.test(clause.text.slice(Math.max(0, m.index - 25), m.index + m[0].length)))
      .map((m) => ({ clause, m, pct: percentIn(m) })),
  );
  if (rises.length === 0) return [];
  const orderForm = orderFormPassages(index, deal);
  if (orderForm.size === 0) return [];
  const allowed = allowedRises(index, deal, orderForm);
  return rises.flatMap(({ clause, m, pct }) => {
    if (allowed.allows(pct) || !speaksOfRenewal(deal, analysis.draft.body, clause.sentence, RENEWAL_WORD))
      return [];
    const start = clause.start + m.index;
    return [
      finding(
        'price',
        'block',
        { field: clause.field, start, end: start + m[0].length, text: m[0] },
        'renewal_increase',
        allowed.set.length > 0
          ? `a renewal rise of ${pct}%: the account's order form sets ${allowed.set.join('% or ')}%`
          : `a renewal rise of ${pct}%: the account's order form sets no such rise`,
      ),
    ];
  });
}
