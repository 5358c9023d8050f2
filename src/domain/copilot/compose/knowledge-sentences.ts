/**
 * Knowledge passages read sentence by sentence, and the concepts a question asks about ("SSO", "EU hosting",
 * "three-year discount"), so an answer quotes the exact sentence that supports it and nothing looser.
 */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import { fold } from '../text/fold-text.ts';

export type KnowledgeSentence = { text: string; chunk: KnowledgeChunk };

/** Sentences and list items of a passage, Markdown markers removed. */
export function sentencesOf(chunk: KnowledgeChunk): KnowledgeSentence[] {
  return chunk.text
    .split(/\n+/)
    .map((l) => l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim())
    .filter((l) => l !== '' && !/^#+\s/.test(l))
    .flatMap((l) => l.split(/(?<=[.!?])\s+(?=[A-Z(])/))
    .map((text) => ({ text: text.trim(), chunk }))
    .filter((s) => s.text.length > 3);
}

/** A concept and the ways a document may say it. */
type Concept = { key: string; asked: RegExp; said: RegExp };

const CONCEPTS: readonly Concept[] = [
  { key: 'sso', asked: /\b(?:sso|single sign ?on|saml)\b/, said: /\b(?:sso|single sign-?on|saml)\b/ },
  {
    key: 'price',
    asked: /\b(?:price|prices|pricing|priced|cost|costs|how much|list price|per seat|fee|fees)\b/,
    said: /[$€£]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp)\b|\bper seat\b|\bpric/,
  },
  {
    key: 'discount',
    asked: /\b(?:discount|discounts|discounted|off list|cheaper|deal desk)\b/,
    said: /\b(?:discount|\d+\s?% off|off list|reduction)\b/,
  },
  { key: 'multi-year-3', asked: /\b(?:three|3) ?years?\b/, said: /\b(?:three|3)[- ]year\b/ },
  { key: 'multi-year-2', asked: /\b(?:two|2) ?years?\b/, said: /\b(?:two|2)[- ]year\b/ },
  { key: 'multi-year', asked: /\bmulti ?years?\b/, said: /\b(?:multi|two|three|2|3)[- ]year\b/ },
  {
    key: 'hosting',
    asked: /\b(?:host|hosted|hosting|residency|data cent(?:er|re)s?|region|regions|stored|store)\b/,
    said: /\b(?:host|hosted|hosting|residency|data cent(?:er|re)|region)/,
  },
  { key: 'eu', asked: /\b(?:eu|europe|european|gdpr)\b/, said: /\b(?:eu|europe|european|frankfurt|gdpr)\b/ },
  { key: 'soc2', asked: /\bsoc ?2?\b/, said: /\bsoc ?2\b/ },
  { key: 'audit', asked: /\baudit (?:log|logs|trail)\b/, said: /\baudit (?:log|trail)/ },
  { key: 'scim', asked: /\bscim|provisioning\b/, said: /\bscim|provisioning\b/ },
];

// Words a question uses around the thing it asks about, never the thing itself.
const FRAME = new Set(
  `a an the and or but of for to in on at by with from about into is are was were be been being do does did
  can could will would should may might must shall has have had i we you he she they it its this that these those
  what which who whom whose when where why how if than then so not no yes any some all there here me us my your
  please hey hi quick question know tell me wondering curious
  support supports supported include includes included offer offers offered provide provides available
  allow allows enable enables come comes with our their customer customers data plan plans product products
  tier tiers option options feature features work works integrate integrates integration connect able
  possible really still whats tell much many get got give kind type sort version deal deals agreement
  contract term terms commit commitment buy buying purchase sign signing customers compare compared
  comparison versus vs against differ difference better worse`.split(/\s+/),
);

export type Question = {
  /** Concepts the answer must speak to. */
  concepts: Concept[];
  /** Other specific words the answer must contain ("okta", "hipaa", "snowflake"). */
  terms: string[];
  /** Plan or product names asked about ("enterprise", "pro"). */
  products: string[];
  yesNo: boolean;
};

const stem = (w: string) => w.replace(/(?:ies)$/, 'y').replace(/(?<=\w{3})(?:s|es)$/, '');

export function readQuestion(question: string, productNames: readonly string[]): Question {
  const text = fold(question)
    .replace(/[^a-z0-9$%€£ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const concepts = CONCEPTS.filter((c) => c.asked.test(text));
  const covered = concepts.reduce((t, c) => t.replace(new RegExp(c.asked.source, 'g'), ' '), text);
  const products = productNames.filter((p) => new RegExp(`\\b${p}\\b`).test(text));
  const terms = covered
    .split(' ')
    .filter((w) => w.length > 1 && !FRAME.has(w) && !products.includes(w))
    .map(stem);
  return {
    // "multi-year" asked with "three year" is the three-year one.
    concepts: concepts.filter(
      (c) => c.key !== 'multi-year' || !concepts.some((d) => d.key.startsWith('multi-year-')),
    ),
    terms: [...new Set(terms)],
    products,
    yesNo: /^(?:does|do|is|are|can|will|would|could|has|have)\b/.test(text),
  };
}

/** Whether a sentence speaks to everything the question asks (its concepts and its specific words). */
export function answers(sentence: string, q: Question): boolean {
  const text = fold(sentence);
  if (!q.concepts.every((c) => c.said.test(text))) return false;
  const words = new Set(text.split(/[^a-z0-9]+/).map(stem));
  if (!q.terms.every((t) => words.has(t) || text.includes(t))) return false;
  return (
    q.concepts.length + q.terms.length > 0 || q.products.some((p) => new RegExp(`\\b${p}\\b`).test(text))
  );
}

export const mentionsProduct = (sentence: string, product: string): boolean =>
  new RegExp(`\\b${product}\\b`).test(fold(sentence));
