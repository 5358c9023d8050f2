/** The figures a document sentence states (prices, percentages, durations, numbers) and their plans. */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { blankOut } from '../text/blank-out.ts';
import { bareNumbers, extractFigures as figuresOf, nonFigureSpans } from '../text/figures.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';
import { matchTerms } from '../vocabulary/lexicon-matcher.ts';
import { durationInDays } from './durations.ts';
import { type KnowledgeFacts, topicStems } from './knowledge-facts.ts';
import { plansJoinedTo } from './measures.ts';
import type { ProductCatalog } from './product-catalog.ts';
import { labelledQuantitiesIn, quantitiesIn, RATE } from './quantities.ts';
import { linesForSize } from './tier-lines.ts';

// "## In every edition", "## Included on all plans" (not "What each plan includes"): what the section
// says holds for the product as a whole.
export const EVERY_PLAN_HEADING =
  /^\W*(?:(?:included\s+)?(?:in|on|with|across|for)\s+)?(?:every|all)\s+(?:of\s+(?:our|the)\s+)?(?:plans?|editions?|tiers?)\W*$/i;

/** Numbers, durations and years of a public sentence, each kept with what the sentence is about. */
export function readSentence(
  facts: KnowledgeFacts,
  text: string,
  citation: GuardCitation,
  heading = '',
  skus: readonly string[] = [],
) {
  const context = { stems: topicStems(text), citation };
  // The section a line sits under is part of what it says: "Encryption" over "Data at rest: AES-256".
  const words = new Set(stems(`${heading} ${text}`));
  if (FREE.test(text)) words.add('free');
  facts.sentenceStems.push({
    stems: words,
    citation,
    skus,
    ...(EVERY_PLAN_HEADING.test(heading) && { everyPlan: true }),
  });
  const masked = nonFigureSpans(text);
  for (const figure of figuresOf(text, masked)) {
    if (figure.type === 'year') {
      if (!facts.years.has(figure.value)) facts.years.set(figure.value, citation);
    } else if (figure.type === 'duration') {
      // "2 to 4 weeks" states every whole number of weeks in between.
      const range = RANGE_BEFORE.exec(text.slice(Math.max(0, figure.start - 16), figure.start));
      const low = range ? parseNumber(range[1]!) : undefined;
      const from = low !== undefined && low < figure.value && figure.value - low <= 24 ? low : figure.value;
      for (let v = from; v <= figure.value; v++) {
        const days = durationInDays(v === from ? from : v, figure.unit);
        facts.durationContexts.set(days, [...(facts.durationContexts.get(days) ?? []), context]);
        facts.durations.set(days, citation);
      }
    }
  }
  const plain = text.replace(/[\w.+-]+@[\w.-]+|https?:\/\/\S+/g, ' ');
  const all = { stems: new Set(stems(text)), citation };
  for (const n of new Set(bareNumbers(plain))) facts.numbers.set(n, [...(facts.numbers.get(n) ?? []), all]);
  const rates = [...plain.matchAll(RATE)];
  for (const m of rates) {
    const value = parseNumber(m.groups!.num!);
    if (value !== undefined) facts.rates.set(`${value}|${m.groups!.per!.toLowerCase()}`, citation);
  }
  // Under "API rate limits (per tenant, per minute)", a row's "1,200" is 1,200 a minute.
  const perOfHeading = HEADING_PER.exec(heading)?.[1]?.toLowerCase();
  if (perOfHeading && rates.length === 0)
    for (const n of bareNumbers(plain))
      if (!facts.rates.has(`${n}|${perOfHeading}`)) facts.rates.set(`${n}|${perOfHeading}`, citation);
  for (const q of [...quantitiesIn(plain), ...labelledQuantitiesIn(plain)]) {
    for (const noun of q.nouns) {
      const values = facts.quantities.get(noun) ?? new Map<number, GuardCitation>();
      if (!values.has(q.value)) values.set(q.value, citation);
      facts.quantities.set(noun, values);
    }
  }
}

const HEADING_PER = /\bper\s+(second|minute|hour|day|week|month|year)\b/i;

// Ways of saying something costs nothing extra: "included at no charge", "complimentary".
const FREE = /\b(?:at no (?:extra |additional )?(?:charge|cost)|free of charge|complimentary|no charge)\b/i;

const RANGE_BEFORE = new RegExp(String.raw`\b(${NUMBER})\s*(?:to|-|–|—|or|and)\s*$`, 'i');

/** Records, for each percentage and number of a clause, the plan it is stated for. */
export function readOwners(
  facts: KnowledgeFacts,
  text: string,
  citation: GuardCitation,
  named: readonly { sku: string; start: number; end: number }[],
  skus: readonly string[],
) {
  const own = (key: string, at: number, end: number) => {
    // "5 levels on Growth" names its plan after the figure; "Growth: 5 levels" before it. (The words
    // between start after the figure: "99.9% on Practice" has a point of its own.)
    const after = named.find(
      (m) =>
        m.start >= end && /^[^,;.]{0,30}?\b(?:on|for|with|in)\s+(?:the\s+)?$/i.test(text.slice(end, m.start)),
    );
    const before = named.filter((m) => m.start < at).pop();
    const owner = after ?? before;
    const owners = owner ? plansJoinedTo(text, named, owner) : skus;
    const entry = facts.owners.get(key) ?? { skus: new Set<string>(), general: false, citation };
    if (owners.length === 0) entry.general = true;
    for (const sku of owners) entry.skus.add(sku);
    facts.owners.set(key, entry);
  };
  const masked = nonFigureSpans(text);
  for (const f of figuresOf(text, masked)) if (f.type === 'percent') own(`p:${f.value}`, f.start, f.end);
  for (const m of text.matchAll(OWNED_NUMBER)) {
    const value = parseNumber(m[0]);
    if (value !== undefined && !masked.some((x) => m.index >= x.start && m.index < x.end))
      own(`n:${value}`, m.index, m.index + m[0].length);
  }
}
const OWNED_NUMBER = new RegExp(String.raw`(?<![\w.,$€£/-])(?:${NUMBER})(?![\w%]|\.\d)`, 'gi');

/**
 * "Kitchen: Interac debit in person: 12¢ per transaction" (a table row read as a sentence): the label
 * right before a figure's cell, as meaningful stems; none where the figure follows no "label:".
 */
function cellLabel(
  text: string,
  at: number,
  catalog: ProductCatalog | undefined,
): ReadonlySet<string> | undefined {
  const before = text.slice(0, at);
  const cell = /(?:^|[;:])([^;:]{3,60}):\s*(?:[^;:]{0,12})$/.exec(before);
  if (!cell) return undefined;
  // "Stride: €59": the row's plan is no label of its first cell.
  const label = blankOut(cell[1]!, catalog?.mentions(cell[1]!) ?? []);
  const words = stems(label).filter((w) => !STOPWORDS.has(w) && !/\d/.test(w));
  return words.length > 0 ? new Set(words) : undefined;
}

/** Figures a document states outside internal wording: prices, percentages, durations, dates, counts. */
export function readFigures(
  facts: KnowledgeFacts,
  text: string,
  citation: GuardCitation,
  skus: string[],
  priceSkus: string[] = skus,
  metered?: RegExp,
  /** The sentence's text before this clause, where a table cell's label may sit. */
  before = '',
  catalog?: ProductCatalog,
) {
  const masked = [...nonFigureSpans(text), ...matchTerms(text).filter((m) => /\d/.test(m.text))];
  let since = 0;
  for (const figure of figuresOf(text, masked, metered)) {
    switch (figure.type) {
      case 'money': {
        const label = cellLabel(`${before}${text}`, before.length + figure.start, catalog);
        // "1–49 vehicles: £27.00; 50–199 vehicles: £24.00": each amount prices the size tier its label
        // gives, which may sit in the sentence before the clause.
        const lead = since === 0 ? (before.split(/[;|]|[$€£]\s?\d[\d.,]*/).pop() ?? '') : '';
        const tier = catalog
          ? linesForSize(catalog, priceSkus, lead + text.slice(since, figure.start))
          : priceSkus;
        since = figure.end;
        facts.money.push({
          value: figure.value,
          ...(figure.currency ? { currency: figure.currency } : {}),
          period: figure.period,
          skus: tier,
          citation,
          ...(figure.perQuantity ? { perQuantity: figure.perQuantity } : {}),
          ...(label ? { label } : {}),
        });
        if (figure.period === 'month') facts.durations.set(durationInDays(1, 'month'), citation);
        if (figure.period === 'year') facts.durations.set(durationInDays(1, 'year'), citation);
        break;
      }
      case 'percent':
        if (!facts.percents.has(figure.value)) facts.percents.set(figure.value, citation);
        break;
      case 'duration':
        facts.durations.set(durationInDays(figure.value, figure.unit), citation);
        break;
      case 'date':
        facts.dates.set(`${figure.month}-${figure.day}`, citation);
        if (figure.year) facts.dates.set(`${figure.year}-${figure.month}-${figure.day}`, citation);
        break;
      case 'count':
        facts.counts.set(figure.value, citation);
        break;
      default:
        break;
    }
  }
  for (const match of matchTerms(text)) {
    if (match.term.id === 'billing-year') facts.durations.set(durationInDays(1, 'year'), citation);
    if (match.term.id === 'billing-month') facts.durations.set(durationInDays(1, 'month'), citation);
    if (match.term.id === 'billing-quarter') facts.durations.set(durationInDays(3, 'month'), citation);
  }
}
