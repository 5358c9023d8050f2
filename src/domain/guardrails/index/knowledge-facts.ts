/** What the current documents and the price book establish, indexed for the claim checks. */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import { stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { chunkCitation, recordCitation } from '../support/citations.ts';
import { isNegatedAt, isNotYetAvailable } from '../text/claim-context.ts';
import { extractFigures, nonFigureSpans, type Period } from '../text/figures.ts';
import { type Span, splitClauses, splitSentences } from '../text/sentences.ts';
import { matchTerms } from '../vocabulary/lexicon-matcher.ts';
import { matchPlaces } from '../vocabulary/places.ts';
import { type DiscountPolicy, type PolicySentence, readDiscountPolicy } from './discount-policy.ts';
import { durationInDays } from './durations.ts';
import { learnInclusions, type ProductCatalog } from './product-catalog.ts';

export type MoneyFact = {
  value: number;
  period: Period | undefined;
  skus: readonly string[];
  citation: GuardCitation;
};

/** Text that must not reach a customer, kept with its words for overlap checks. */
export type ConfidentialText = { text: string; stems: ReadonlySet<string>; citation: GuardCitation };

export type KnowledgeFacts = {
  terms: Map<string, GuardCitation>;
  denied: Map<string, GuardCitation>;
  /** term id → the products a document ties it to ("Enterprise includes SSO"). */
  termProducts: Map<string, Set<string>>;
  includes: Map<string, Set<string>>;
  places: Map<string, GuardCitation>;
  /** place id → the products a document offers hosting there with. */
  placeProducts: Map<string, Set<string>>;
  vocabulary: Set<string>;
  percents: Map<number, GuardCitation>;
  durations: Map<number, GuardCitation>;
  /** "4-15" and "2026-4-15" keys. */
  dates: Map<string, GuardCitation>;
  counts: Map<number, GuardCitation>;
  money: MoneyFact[];
  policy: ConfidentialText[];
  competitorText: ConfidentialText[];
  discounts: DiscountPolicy;
};

// Wording meant for the sales team: approval rules, floors, margins, anything marked internal.
const INTERNAL =
  /\b(?:reps?|sales reps?|account executives?|sales manager|manager's approval|approval|approve[sd]?|floor|walk[\s-]?away|margin|internal(?:ly)?|do not share|don't share|not for (?:external|customer)|confidential|deal desk|discount authority|escalat\w*|never offer|never quote)\b/i;
const ABOUT_US = /\b(?:we|our|ours|us)\b/i;
const ABOUT_THEM = /\b(?:they|their|theirs|them)\b/i;

export type FactsInput = {
  chunks: readonly KnowledgeChunk[];
  catalog: ProductCatalog;
  sellerName: string;
  competitors: readonly string[];
  productDescriptions: readonly { sku: string; description: string }[];
};

export function buildKnowledgeFacts(input: FactsInput): KnowledgeFacts {
  const { catalog } = input;
  const facts: KnowledgeFacts = {
    terms: new Map(),
    denied: new Map(),
    termProducts: new Map(),
    includes: new Map([...catalog.includes].map(([k, v]) => [k, new Set(v)])),
    places: new Map(),
    placeProducts: new Map(),
    vocabulary: new Set(stems(`${input.sellerName} ${catalog.products.map((p) => p.name).join(' ')}`)),
    percents: new Map(),
    durations: new Map(),
    dates: new Map(),
    counts: new Map(),
    money: [],
    policy: [],
    competitorText: [],
    discounts: { repLimit: undefined, programmes: [] },
  };
  const mentionsCompetitor = (text: string) => input.competitors.some((c) => text.includes(c));
  const discountSentences: PolicySentence[] = [];

  for (const p of catalog.products) {
    const citation = recordCitation('product', p.sku, `price book: ${p.name}`, {
      quote: `${p.name}: ${p.listPrice} ${p.currency}`,
    });
    facts.money.push({ value: p.listPrice, period: p.period, skus: [p.sku], citation });
  }
  for (const { sku, description } of input.productDescriptions) {
    const citation = recordCitation('product', sku, `price book: ${catalog.bySku.get(sku)?.name ?? sku}`, {
      quote: description,
    });
    const clause = { text: description, start: 0, end: description.length };
    readClause(facts, catalog, clause, citation, [sku]);
    readFigures(facts, description, citation, [sku]);
  }

  for (const chunk of input.chunks) {
    const headingSkus = catalog
      .mentions([chunk.documentTitle, ...chunk.headingPath].join(' '))
      .map((m) => m.sku);
    for (const word of stems(chunk.headingPath.join(' '))) facts.vocabulary.add(word);
    for (const sentence of splitSentences(chunk.text)) {
      const citation = chunkCitation(chunk, sentence.text);
      const internal = INTERNAL.test(sentence.text);
      const battlecard = chunk.kind === 'battlecard';
      if (internal) facts.policy.push(confidential(sentence.text, citation));
      if (/%|percent/i.test(sentence.text)) discountSentences.push({ text: sentence.text, citation });
      const sentenceProducts = catalog.mentions(sentence.text);
      for (const clause of splitClauses(sentence)) {
        if (battlecard) {
          const aboutThem = mentionsCompetitor(clause.text) || ABOUT_THEM.test(clause.text);
          if (aboutThem) facts.competitorText.push(confidential(clause.text, citation));
          if (aboutThem || !ABOUT_US.test(clause.text)) continue;
        }
        // A clause names its product, or the sentence did just before it ("Enterprise: $65 per seat"),
        // or the heading above the passage did.
        const own = catalog.mentions(clause.text).map((m) => m.sku);
        const earlier = sentenceProducts.filter((m) => m.start < clause.start - sentence.start).pop();
        const skus = own.length > 0 ? own : earlier ? [earlier.sku] : headingSkus;
        readClause(facts, catalog, clause, citation, skus);
        if (!internal) readFigures(facts, clause.text, citation, skus);
      }
    }
  }
  facts.discounts = readDiscountPolicy(discountSentences);
  return facts;
}

function confidential(text: string, citation: GuardCitation): ConfidentialText {
  return { text, stems: new Set(stems(text)), citation };
}

/** Terms, places, inclusions and vocabulary of one clause of a document or product description. */
function readClause(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  clause: Span,
  citation: GuardCitation,
  skus: string[],
) {
  for (const word of stems(clause.text)) facts.vocabulary.add(word);
  learnInclusions(catalog, clause.text, facts.includes);
  const notYet = isNotYetAvailable(clause.text);
  for (const match of matchTerms(clause.text)) {
    const denied = notYet || isNegatedAt(clause.text, match.start, match.end);
    const ids = [match.term.id, ...(denied ? [] : (match.term.implies ?? []))];
    for (const id of ids) {
      const target = denied ? facts.denied : facts.terms;
      if (!target.has(id)) target.set(id, citation);
      if (denied) continue;
      const products = facts.termProducts.get(id) ?? new Set<string>();
      for (const sku of skus) products.add(sku);
      if (skus.length > 0) facts.termProducts.set(id, products);
    }
  }
  for (const place of matchPlaces(clause.text)) {
    if (notYet || isNegatedAt(clause.text, place.start, place.end)) continue;
    if (!facts.places.has(place.placeId)) facts.places.set(place.placeId, citation);
    if (skus.length === 0) continue;
    const products = facts.placeProducts.get(place.placeId) ?? new Set<string>();
    for (const sku of skus) products.add(sku);
    facts.placeProducts.set(place.placeId, products);
  }
}

/** Figures a document states outside internal wording: prices, percentages, durations, dates, counts. */
function readFigures(facts: KnowledgeFacts, text: string, citation: GuardCitation, skus: string[]) {
  const masked = [...nonFigureSpans(text), ...matchTerms(text).filter((m) => /\d/.test(m.text))];
  for (const figure of extractFigures(text, masked)) {
    switch (figure.type) {
      case 'money':
        facts.money.push({ value: figure.value, period: figure.period, skus, citation });
        if (figure.period === 'month') facts.durations.set(durationInDays(1, 'month'), citation);
        if (figure.period === 'year') facts.durations.set(durationInDays(1, 'year'), citation);
        break;
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
