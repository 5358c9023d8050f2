/** A fee priced by a band of some count must be the band the draft's own count falls in. */
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { FeeBand } from '../index/fee-bands.ts';
import { quantitiesIn } from '../index/quantities.ts';
import { finding } from '../support/findings.ts';

const within = (band: FeeBand, n: number) => n >= band.from && n <= band.to;
const BOUND =
  /\b(?:more than|over|above|under|below|up to|fewer than|less than|at least|at most|past|beyond|exceeds?|exceeding)\s*$/i;

/**
 * "58,000 records is a one-off NZD 1,500" where 1,500 is the fee up to 20,000 records: the sentence
 * counts what the band counts, and the count lies in another band. A sentence that gives no count of
 * it ("migration starts at NZD 1,500") is left to the price check.
 */
export function feeBandProblems(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const bands = deal.facts.feeBands;
  if (bands.length === 0) return [];
  const findings: GuardFinding[] = [];
  for (const clause of analysis.clauses) {
    if (clause.field !== 'body' || clause.question) continue;
    for (const figure of clause.figures) {
      if (figure.type !== 'money') continue;
      const same = bands.filter(
        (b) =>
          b.amount === figure.value && (!b.currency || !figure.currency || b.currency === figure.currency),
      );
      if (same.length === 0) continue;
      // "more than 50 car parks" bounds a band; it counts nothing.
      const counts = quantitiesIn(clause.sentence.text).filter(
        (q) =>
          q.nouns.some((n) => same.some((b) => b.nouns.has(n))) &&
          !BOUND.test(clause.sentence.text.slice(0, q.start)),
      );
      if (counts.length === 0 || counts.some((q) => same.some((b) => within(b, q.value)))) continue;
      const n = counts[0]!.value;
      const fits = bands.find(
        (b) => within(b, n) && same.some((s) => [...s.nouns].some((w) => b.nouns.has(w))),
      );
      findings.push(
        finding(
          'price',
          'block',
          { field: clause.field, start: figure.start, end: figure.end, text: figure.text },
          'fee_band',
          fits
            ? `${figure.text} is the fee for ${same[0]!.row.split(':')[0]}; ${n.toLocaleString('en')} falls in ${fits.row}`
            : `${figure.text} is the fee for ${same[0]!.row.split(':')[0]}, not for ${n.toLocaleString('en')}`,
          (fits ?? same[0]!).citation,
        ),
      );
    }
  }
  return findings;
}
