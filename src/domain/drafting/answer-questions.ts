/**
 * Answers a customer's question from retrieved passages only: the unit that covers every capability, place and
 * topic word the question names, or nothing (and the draft says it will confirm). Never a guess.
 */
import { matchTerms } from '../guardrails/vocabulary/lexicon-matcher.ts';
import { matchPlaces, placeAndAncestors } from '../guardrails/vocabulary/places.ts';
import type { KnowledgeChunk } from '../knowledge/knowledge-chunk.ts';
import { stems, tokenize } from '../knowledge/text-tokens.ts';
import { type KnowledgeUnit, knowledgeUnits } from './knowledge-units.ts';
import { topicStems } from './question-words.ts';
import { capitalize, fromOurSide, oneLine } from './wording.ts';

export type AskedQuestion = {
  /** What is matched against the passages: the question, with the sentence before it when it needs one. */
  text: string;
  /** The customer's words, for "You asked "…"". */
  quote: string;
  /** The question put back from our side ("Can your data be hosted in the EU?"), to head its answer… */
  question?: string;
  /** …or, for a request or a statement, what it is about ("our SOC 2 report", "how user provisioning works"). */
  topic?: string;
  /** A short question that leans on the customer's sentence before it ("… SEPA direct debit today. Is that possible?"). */
  leaning?: boolean;
};

const LEAD_IN = /\b(?:questions?|quick|couple|few|two|three|several|some)\b/i;
const ASKS =
  /^(?:do|does|did|can|could|is|are|was|were|will|would|what|how|where|when|which|who|why|should|shall|have|has|may|might|any)\b/i;
const NEXT_QUESTION =
  /,?\s+(?:and|also)\s+(?=(?:do|does|did|can|could|is|are|will|would|what|how|where|when|which|who|should|have|has)\b)/i;
const EMBEDDED = /\b(?:how|what|where|when|whether|which|why)\b.*$/i;
// "Could you send the SOC 2 report?", "please send the price for…": a request for something; what it names is the topic.
const REQUEST =
  /^(?:.*?\b(?:could|can|would|will)\s+(?:you|your team)\s+(?:please\s+)?|(?:.*?,\s*)?please\s+)(?:send|share|provide|forward|give us|get us)\s+(?:(?:me|us)\s+)?(.+)$/i;
// "We're a UK firm, so where would our data be hosted": the question inside a longer sentence.
const INNER_QUESTION =
  /(?:^|[,:;]\s*|\s(?:so|and|but|then)\s+)((?:do|does|did|can|could|is|are|will|would|what|how|where|when|which|who|should)\b[^,;:]*)$/i;
// "Could you send both?", "What is your policy?": short questions that lean on the sentence before them.
const LEANS = /\b(?:both|them|these|those|it|this|that|the two|policy|process|approach|answer)\b/i;
// "Can we sell and manage these in Pebblewick?": a pronoun that stands for the sentence before leans on it at any length.
const POINTS_BACK = /\b(?:them|these|those|that)\b/i;
const WANTS =
  /\b(?:asking for|asks for|asked for|ask for|needs?|wants?|looking for|requesting|requests?)\s+(.+?)[.?!]*$/i;
// "a question about SSO", not "About 350 people have…" (about as "roughly").
const ABOUT = /\S\s+about\s+(?!\d)(.+?)[.?!]*$/i;

/** "the SOC 2 report and your latest pen test summary" → its two items. */
function itemsOf(phrase: string): string[] {
  return phrase
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 2);
}

function oneQuestion(part: string, asked: boolean, context: string | undefined): AskedQuestion[] {
  const quote = `${part}${asked ? '?' : '.'}`;
  const length = part.split(/\s+/).length;
  if (context && ((length <= 6 && LEANS.test(part)) || (length <= 12 && POINTS_BACK.test(part)))) {
    const full = `${context} ${quote}`;
    const items = itemsOf(WANTS.exec(context)?.[1] ?? '');
    if (items.length > 1 && /\b(?:both|them|these|those|the two)\b/i.test(part))
      return items.map((item) => ({ text: item, quote: full, topic: fromOurSide(item) }));
    const about = ABOUT.exec(context)?.[1] ?? WANTS.exec(context)?.[1];
    // "Is that possible?" says nothing on its own: the answer is headed by the customer's own words.
    return [{ text: full, quote: full, ...(about ? { topic: fromOurSide(about) } : { leaning: true }) }];
  }
  const request = REQUEST.exec(part);
  if (request) return [{ text: request[1]!, quote, topic: fromOurSide(request[1]!) }];
  if (ASKS.test(part)) return [{ text: part, quote, question: `${capitalize(fromOurSide(part))}?` }];
  const inner = asked ? INNER_QUESTION.exec(part)?.[1] : undefined;
  if (inner) return [{ text: part, quote, question: `${capitalize(fromOurSide(inner))}?` }];
  const embedded = EMBEDDED.exec(part)?.[0];
  return [{ text: part, quote, ...(embedded ? { topic: fromOurSide(embedded) } : {}) }];
}

/**
 * One message can ask several things ("…: does Enterprise include SSO with Okta, and can our data be hosted in the
 * EU?"); a short one can lean on the sentence before it ("…the SOC 2 report and your pen test summary. Could you
 * send both?"). `context` is that sentence.
 */
export function splitQuestions(text: string, context?: string): AskedQuestion[] {
  let t = oneLine(text);
  const colon = t.indexOf(':');
  if (colon > 0 && colon < t.length - 10 && LEAD_IN.test(t.slice(0, colon))) t = t.slice(colon + 1);
  const lead = context ? oneLine(context).replace(/^(?:hi|hello|hey|dear)\b[^,.]*[,.-]\s*/i, '') : undefined;
  return (t.match(/[^?]+\?*/g) ?? [])
    .flatMap((segment) => {
      const asked = segment.trimEnd().endsWith('?');
      return segment.split(NEXT_QUESTION).map((p, i, all) => ({ p, asked: asked || i < all.length - 1 }));
    })
    .map(({ p, asked }) => ({
      p: p
        .trim()
        .replace(/^(?:and|also|plus|finally|oh)\b,?\s+/i, '')
        .replace(/[?.!,;:\s]+$/, ''),
      asked,
    }))
    .filter(({ p }) => p.split(/\s+/).length >= 2)
    .flatMap(({ p, asked }) => oneQuestion(p, asked, lead));
}

type UnitFacts = { unit: KnowledgeUnit; terms: Set<string>; places: Set<string>; stems: Set<string> };
type ChunkFacts = { terms: Set<string>; heading: Set<string> };

function termIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of matchTerms(text)) {
    ids.add(m.term.id);
    for (const implied of m.term.implies ?? []) ids.add(implied);
  }
  return ids;
}

function placeIds(text: string): Set<string> {
  return new Set(matchPlaces(text).flatMap((p) => placeAndAncestors(p.placeId)));
}

// "How long…", "how often…": the answer states a duration or a frequency.
function intentStems(question: string): string[] {
  if (/\bhow (?:long|quickly|soon|fast)\b|\btimeline\b/i.test(question))
    return ['week', 'day', 'month', 'hour'];
  if (/\bhow often\b|\bfrequen/i.test(question)) return ['every', 'minute', 'hour', 'daily'];
  if (/\bhow much\b|\bcost\b/i.test(question)) return ['price', 'pricing'];
  // "Is your data kept in Ireland?": where data lives is a hosting answer, not any sentence naming the place.
  if (/\b(?:data|hosted|hosting|stored|kept|reside\w*)\b/i.test(question) && matchPlaces(question).length > 0)
    return ['host', 'hosting', 'region', 'data'];
  return [];
}

export type KnowledgeIndex = { units: UnitFacts[]; chunks: Map<string, ChunkFacts> };

export function indexKnowledge(chunks: readonly KnowledgeChunk[], maxQuoteWords: number): KnowledgeIndex {
  const units: UnitFacts[] = [];
  const facts = new Map<string, ChunkFacts>();
  for (const chunk of chunks) {
    if (facts.has(chunk.id)) continue;
    facts.set(chunk.id, {
      terms: termIds(chunk.text),
      heading: new Set(stems([chunk.documentTitle, ...chunk.headingPath].join(' '))),
    });
    for (const unit of knowledgeUnits(chunk, maxQuoteWords)) {
      units.push({
        unit,
        terms: termIds(unit.matchText),
        places: placeIds(unit.matchText),
        stems: new Set(stems(unit.matchText)),
      });
    }
  }
  return { units, chunks: facts };
}

/** The unit that answers the question, if one covers everything it asks about. */
export function answerFrom(index: KnowledgeIndex, question: string): KnowledgeUnit | undefined {
  const termMatches = matchTerms(question);
  const terms = new Set(termMatches.map((m) => m.term.id));
  const placeMatches = matchPlaces(question);
  const places = new Set(placeMatches.map((p) => p.placeId));
  // A place is matched as a place (Dublin is in Ireland), never as a word ("Ireland keeps the same clock").
  const termWords = new Set([...termMatches, ...placeMatches].flatMap((m) => stems(m.text)));
  const words = tokenize(question)
    .filter((t) => !termWords.has(t.stem))
    .map((t) => t.word);
  const topic = topicStems([...words, ...intentStems(question)]);
  const concepts = terms.size + places.size;
  if (concepts === 0 && topic.stems.size === 0) return undefined;

  let best: { unit: KnowledgeUnit; score: number } | undefined;
  for (const u of index.units) {
    const chunk = index.chunks.get(u.unit.chunk.id)!;
    // A named system ("the Snowflake connector") may be the passage's subject; anything else must be in the quote.
    const missingTerm = [...terms].some((t) => {
      if (u.terms.has(t)) return false;
      const integration = termMatches.find((m) => m.term.id === t)?.term.category === 'integration';
      return !(integration && chunk.terms.has(t));
    });
    if (missingTerm || [...places].some((p) => !u.places.has(p))) continue;
    let overlap = 0;
    let weight = 0;
    for (const s of topic.stems) {
      if (!u.stems.has(s)) continue;
      overlap++;
      weight += chunk.heading.has(s) ? 1 : 2;
    }
    const termsInUnit = [...terms].filter((t) => u.terms.has(t)).length;
    if (concepts === 0) {
      // Without a named capability, the topic words decide: most of a narrow question, two of a wide one.
      const needed = topic.stems.size <= 2 ? 1 : 2;
      if (overlap < needed || weight < 2) continue;
    } else if (termsInUnit === 0 && overlap === 0) continue;
    // A place alone is no answer ("Nuvo (formerly Fastway Ireland)" for "Is your data kept in Ireland?"),
    // and a "no" is said only of what the question plainly names.
    if (u.unit.denied && termsInUnit === 0 && overlap < 2) continue;
    const broad = [...topic.broad].filter((s) => u.stems.has(s)).length;
    const score = 2 * termsInUnit + 2 * places.size + weight + broad - u.unit.quote.length / 1000;
    if (!best || score > best.score) best = { unit: u.unit, score };
  }
  return best?.unit;
}
