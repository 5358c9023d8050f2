/** A rate said of a line the price table labels must be that line's rate, not another cell's. */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { MoneyFact } from '../index/knowledge-facts.ts';
import type { MoneyFigure } from '../text/figures.ts';

/**
 * "Interac debit is a flat 15¢ a tap on Kitchen" where Kitchen's row reads "Interac debit in person:
 * 12¢ per transaction" and 15¢ is its keyed-in rate: the draft names the column by a word only that
 * column's label has, and quotes another column's rate. Returns the cell the draft contradicts.
 */
export function contradictedCell(
  deal: DealContext,
  clause: DraftClause,
  figure: MoneyFigure,
  sku: string | undefined,
): MoneyFact | undefined {
  if (!figure.perUnit) return undefined;
  const cells = deal.facts.money.filter(
    (m) => m.label && (sku ? m.skus.includes(sku) : m.skus.length === 0) && sameCurrency(m, figure),
  );
  if (cells.length < 2) return undefined;
  const said = new Set(stems(clause.sentence.text.replace(/-/g, ' ')).filter((w) => !STOPWORDS.has(w)));
  // A word of one label that no other label of the row shares and that names something: "interac",
  // "keyed", not "one" or "fee".
  const labels = cells.map((c) => c.label!);
  const own = (label: ReadonlySet<string>) =>
    [...label].filter((w) => w.length > 2 && !FILLER.has(w) && labels.every((l) => l === label || !l.has(w)));
  const named = cells.filter((c) => own(c.label!).some((w) => said.has(w)));
  const same = (c: MoneyFact) => Math.abs(c.value - figure.value) < 0.005;
  // Only another column's own rate is a confusion of cells; any other amount is the price check's to judge.
  if (named.length === 0 || named.some(same) || !cells.some((c) => !named.includes(c) && same(c)))
    return undefined;
  return named[0];
}

// Words of a column label that say how it is priced, not which line it is ("Onboarding fee (one-off)").
const FILLER = new Set(stems('fee fees one off time price cost charge per month year plan plans'));

const sameCurrency = (fact: MoneyFact, figure: MoneyFigure) =>
  !fact.currency || !figure.currency || fact.currency === figure.currency;
