/**
 * The period a documented amount is stated for, read from the words of its own entry: "Minimum
 * monthly fee: €400" is €400 a month, "Onboarding fee (one-off): €2,900" is paid once. A table row
 * the knowledge reader flattened into "label: value; label: value" gives each value its own label,
 * so the entry is the stretch between separators around the value, never the whole row or sentence:
 * "€5.50 per employee per month; Onboarding fee (one-off): €2,900" must not make the onboarding fee
 * monthly.
 */
import type { GuardCitation } from '../guard-schema.ts';
import { CURRENCY_CODES, CURRENCY_SIGNS } from '../text/currencies.ts';
import type { Period } from '../text/figures.ts';

const PERIOD_WORDS: readonly [Period, RegExp][] = [
  ['month', /\b(?:monthly|per month|a month|\/\s?month|each month)\b/i],
  ['year', /\b(?:yearly|annual(?:ly)?|per year|a year|per annum|\/\s?year|each year)\b/i],
  ['once', /\b(?:one[\s-]?off|one[\s-]?time|once)\b/i],
];
// Between entries: a semicolon, a line or cell break, or a comma that is no thousands separator
// or a sentence's end ("$49 per vehicle per month, HT-4 tracker $189 bought outright": the $189
// is no monthly price).
const SEPARATOR = /[;\n|]|,(?!\d)|\.\s/g;
const MINIMUM = /\b(?:minimum|min\.|floor)\b/i;
const AMOUNT = new RegExp(
  String.raw`(?:${CURRENCY_SIGNS}|\b(?:${CURRENCY_CODES}))\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:${CURRENCY_CODES})\b`,
  'g',
);

/**
 * The entries of the citation's words that state `value`: the text between separators around it,
 * and the part of it after the amount ("per employee per month").
 */
function entriesOf(value: number, citation: GuardCitation): { entry: string; after: string }[] {
  const quote = citation.quote ?? '';
  const amounts = [...quote.matchAll(AMOUNT)];
  const entries: { entry: string; after: string }[] = [];
  amounts.forEach((m, i) => {
    const n = Number((m[1] ?? m[2] ?? '').replace(/,/g, ''));
    if (Math.abs(n - value) > 1e-9) return;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // An entry holds one amount: it starts after the amount before it and stops at the next one.
    const previous = amounts[i - 1];
    const floor = previous ? (previous.index ?? 0) + previous[0].length : 0;
    const ceiling = amounts[i + 1]?.index ?? quote.length;
    const before = quote.slice(floor, at);
    const start = floor + Math.max(-1, ...[...before.matchAll(SEPARATOR)].map((s) => s.index ?? -1)) + 1;
    const rest = quote.slice(end, ceiling);
    const stop = rest.search(SEPARATOR);
    const after = stop < 0 ? rest : rest.slice(0, stop);
    entries.push({ entry: quote.slice(start, end) + after, after });
  });
  return entries;
}

/** The one period the entry stating `value` names, if it names exactly one. */
export function statedPeriod(value: number, citation: GuardCitation): Period | undefined {
  const found = new Set<Period>();
  for (const { entry } of entriesOf(value, citation))
    for (const [period, words] of PERIOD_WORDS) if (words.test(entry)) found.add(period);
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether the entry stating `value` calls it a minimum ("Minimum monthly fee: €400"). */
export function isStatedMinimum(value: number, citation: GuardCitation): boolean {
  return entriesOf(value, citation).some(({ entry }) => MINIMUM.test(entry));
}

/**
 * What one unit of the price in the entry stating `value` is: "€2.00 per employee per month" →
 * "employee", "€120 per entity per month" → "entity", "€300 per month, flat" → "flat". A line
 * priced per the plan's own unit is bought for the whole team; a flat one once; any other per its
 * own count ("40 expense users").
 */
export function statedUnit(value: number, citation: GuardCitation): string | undefined {
  for (const { after } of entriesOf(value, citation)) {
    const unit = /^\s*(?:per|a|an|\/)\s*([a-z][a-z -]*?)\s+(?:per|a|\/)\s*(?:month|year)\b/i.exec(after);
    if (unit) return unit[1]!.toLowerCase();
    if (/^\s*(?:per|a|\/)\s*(?:month|year)\b|\bflat\b/i.test(after)) return 'flat';
  }
  return undefined;
}
