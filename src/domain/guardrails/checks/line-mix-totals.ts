/**
 * A plan priced in several lines, each for its own kind of seat: "| Firm | €104 | €124 | €34 | €41 |"
 * under "Fee-earner, annual billing | Fee-earner, monthly billing | Support staff, annual billing | …".
 * A firm of 34 fee-earners and 18 support staff pays 34 × €104 + 18 × €34 a month on annual billing:
 * one cell of each kind, from the same column, each times the count of what it prices.
 */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DealContext } from '../index/deal-context.ts';
import { quantitiesIn } from '../index/quantities.ts';
import { currencyFamily, statedCurrency } from './fact-currency.ts';

/** A price a table cell gives, with the words of its label ("fee earner annual bil"), as stems. */
export type RateCell = { value: number; label: ReadonlySet<string> };
/** A count the deal or the draft states, with the stems of what it counts ("support staf"). */
export type Counted = { value: number; stems: readonly string[] };

// Several counts of one kind ("34 fee-earners", "36 after the hires") multiply out; past this many
// sums a column is too loosely pinned to back an amount.
const MAX_SUMS = 64;

/**
 * The sums, per column, of one row's cells, each cell times a count of the kind its label names. A
 * cell whose label names no counted kind takes no part; a column needs two kinds counted to be a mix
 * (one cell times one count is a plain multiple, which the price check reads already).
 */
export function lineMixTotals(row: readonly RateCell[], counted: readonly Counted[]): number[] {
  const priced = row.flatMap((cell) => {
    const matched = counted.filter((c) => c.stems.length > 0 && c.stems.every((s) => cell.label.has(s)));
    if (matched.length === 0) return [];
    const kind = [...new Set(matched.flatMap((c) => c.stems))].sort().join(' ');
    return [{ cell, kind, counts: [...new Set(matched.map((c) => c.value))] }];
  });
  // A column is what the labels of different kinds share ("annual bil"); "support" in "Support staff,
  // annual billing" is the kind's own word even where the count named it only "18 staff".
  const kindsOf = new Map<string, Set<string>>();
  for (const p of priced)
    for (const w of p.cell.label) kindsOf.set(w, (kindsOf.get(w) ?? new Set()).add(p.kind));
  const columns = new Map<string, Map<string, number[]>>();
  for (const { cell, kind, counts } of priced) {
    const column = [...cell.label]
      .filter((w) => (kindsOf.get(w)?.size ?? 0) > 1)
      .sort()
      .join(' ');
    const cells = columns.get(column) ?? new Map<string, number[]>();
    // Two cells of one kind in a column: the labels do not tell the columns apart, so none is summed
    // (unless they say the same, as a table row and a sentence stating one allowance do).
    const terms = counts.map((q) => q * cell.value);
    const before = cells.get(kind);
    cells.set(kind, before === undefined || before.join() === terms.join() ? terms : []);
    columns.set(column, cells);
  }
  const totals: number[] = [];
  for (const cells of columns.values()) {
    if (cells.size < 2 || [...cells.values()].some((t) => t.length === 0)) continue;
    let sums = [0];
    for (const terms of cells.values()) {
      sums = sums.flatMap((s) => terms.map((t) => s + t));
      if (sums.length > MAX_SUMS) break;
    }
    if (sums.length <= MAX_SUMS) totals.push(...sums);
  }
  return totals;
}

/** The counts the deal and the draft state, with what they count. */
function countedFor(deal: DealContext, draftText: string): Counted[] {
  const counted: Counted[] = [];
  for (const facts of [deal.thread, deal.crm])
    for (const [noun, values] of facts.quantities)
      for (const value of values.keys()) counted.push({ value, stems: stems(noun) });
  for (const q of [...quantitiesIn(deal.opportunity.name), ...quantitiesIn(draftText)])
    for (const noun of q.nouns) counted.push({ value: q.value, stems: stems(noun) });
  return counted;
}

/**
 * What the seats of a plan include between them: "100 GB per fee-earner seat on Firm, plus 10 GB per
 * support-staff seat" is 3,580 GB for 34 fee-earners and 18 support staff.
 */
export function planAllowanceTotals(
  deal: DealContext,
  plans: ReadonlySet<string>,
  draftText: string,
): number[] {
  const cells = deal.facts.measures
    // Said of no plan ("10 GB per support-staff seat on every edition"), an allowance is every plan's.
    .filter((m) => m.kind === 'size' && (m.plans.length === 0 || m.plans.some((p) => plans.has(p))))
    .map((m) => ({ value: m.value, label: m.stems }));
  return cells.length < 2 ? [] : lineMixTotals(cells, countedFor(deal, draftText));
}

/** The line mixes of the plans in `named`, in the deal's currency, for the counts the deal and the draft state. */
export function planMixTotals(deal: DealContext, named: ReadonlySet<string>, draftText: string): number[] {
  const family = currencyFamily(deal.opportunity.currency);
  const rows = new Map<string, RateCell[]>();
  for (const m of deal.facts.money) {
    if (!m.label || !m.skus.some((s) => named.has(s))) continue;
    const currency = m.currency ? currencyFamily(m.currency) : statedCurrency(m.value, m.citation);
    if (currency !== undefined && family !== undefined && currency !== family) continue;
    const row = m.citation.quote ?? m.citation.id;
    rows.set(row, [...(rows.get(row) ?? []), { value: m.value, label: m.label }]);
  }
  if (rows.size === 0) return [];
  const counted = countedFor(deal, draftText);
  return [...rows.values()].flatMap((row) => lineMixTotals(row, counted));
}
