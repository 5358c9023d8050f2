/**
 * Facts only an internal note holds: an amount ("procurement has $70k approved") or a name ("in talks
 * to acquire Corvane Bio") that no email, document, CRM field or approval carries. One of them in an
 * outbound sentence leaks the note however the rest of the sentence is worded.
 */
import { STOPWORDS, stems, tokenize } from '../../knowledge/text-tokens.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { ConfidentialText } from '../index/knowledge-facts.ts';
import { programmesNamed } from '../support/programmes.ts';
import { extractFigures, nonFigureSpans } from '../text/figures.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';

export type NoteSecret = { note: ConfidentialText; what: string };

const moneyIn = (text: string) =>
  extractFigures(text, nonFigureSpans(text)).flatMap((f) => (f.type === 'money' ? [f.value] : []));

/** Amounts anything but a note states: the price book, the documents, the CRM and the thread. */
function groundedMoney(deal: DealContext): Set<number> {
  return new Set([
    ...deal.facts.money.map((m) => m.value),
    ...deal.thread.money.keys(),
    ...deal.crm.money.keys(),
  ]);
}

// Two or more capitalised words in a row, the way a company or a person is named.
const NAME = /\b\p{Lu}[\p{L}&'-]+(?:\s+\p{Lu}[\p{L}&'-]+)+/gu;

const isSecretStem = (deal: DealContext, s: string) =>
  s.length > 2 && !deal.publicStems.has(s) && !deal.facts.vocabulary.has(s);

/** The note's names none of whose words anyone on the thread or any document has used. */
function secretNames(deal: DealContext, note: string): string[] {
  return [...note.matchAll(NAME)]
    .map((m) => m[0])
    .filter((name) => stems(name).every((s) => isSecretStem(deal, s)));
}

/**
 * The word that makes a note's name its own: "Northmoor" of "Northmoor College" where colleges are
 * everyday talk on the thread. A name leads with it ("Since" before it is no name's), and it is four
 * letters or more that no one else has used, in no form ("Australian" where "Australia" is public).
 */
function secretNameWords(deal: DealContext, note: string): string[] {
  return [...note.matchAll(NAME)].flatMap((m) => {
    const word = m[0].split(/\s+/).find((w) => !stems(w).every((s) => STOPWORDS.has(s)));
    const own = word ? stems(word) : [];
    const secret =
      word !== undefined &&
      word.length >= 4 &&
      own.length === 1 &&
      isSecretStem(deal, own[0]!) &&
      !variantOfPublic(deal, own[0]!);
    return secret ? [word] : [];
  });
}

/** "australian" beside a public "australia": one word in two forms the stemmer keeps apart. */
function variantOfPublic(deal: DealContext, stem: string): boolean {
  for (const w of deal.publicStems)
    if (w.length >= 5 && (stem.startsWith(w) || w.startsWith(stem))) return true;
  return false;
}

/** Whether a sentence says a name's own word, capitalised as a name is: "Northmoor moved to us". */
const saysNameWord = (sentence: string, word: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[^\p{L}\p{N}]/gu, '.')}(?![\\p{L}])`, 'u').test(sentence);

// A note's own word that what it says was told in confidence.
const CONFIDED =
  /\b(?:in confidence|confidential(?:ly)?|off the record|let slip|between us|privately|not public)\b/i;
// "Amara told me in confidence that …": who told it, not what was told.
const TOLD_LEAD =
  /^.*?\b(?:told|tells|said|says|mentioned|hinted|confided|let slip)\b(?:\s+(?:me|us|him|her))?(?:\s+(?:in confidence|off the record|privately))?\s+(?:that\s+)?/i;
// Words that carry no fact between a name and what it does: "is being", "has", "will be".
const AUXILIARY = new Set(
  stems('is are was were be being been has have had will would going also still now'),
);

/** The part of a note told in confidence: its clause holding the marker, or the one before a bare marker. */
function confidedClause(note: string): string | undefined {
  const clauses = note.split(/\s*;\s*/);
  const at = clauses.findIndex((c) => CONFIDED.test(c));
  if (at < 0) return undefined;
  const bare = (c: string) =>
    c
      .replace(/\([^)]*\)/g, ' ')
      .replace(TOLD_LEAD, '')
      .replace(new RegExp(CONFIDED.source, 'gi'), ' ')
      .replace(/^\W+/, '');
  const own = bare(clauses[at]!);
  return stems(own).filter((w) => !STOPWORDS.has(w)).length >= 2 ? own : clauses[at - 1];
}

/**
 * "Dana is leaving … (told in confidence)": a sentence that says the same of the same person, by the
 * name, the word for what they do ("leaving", not "is" or "has", nor an everyday sales word like
 * "signed") and one more word of what the note says. Its words may all be public; the fact is not.
 */
function repeatsConfided(sentence: string, note: string): boolean {
  const clause = confidedClause(note);
  // Whom it is about: the first name in it ("Priya"), not a capitalised "The" or "Since".
  const subject = [...(clause ?? '').matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu)].find(
    (m) => !stems(m[0]).every((w) => STOPWORDS.has(w)),
  );
  if (!clause || !subject) return false;
  const after = tokenize(clause.slice(subject.index + subject[0].length));
  // The rest of a name ("Northmoor College") is no part of what is said of it.
  const rest = after.findIndex((t) => !/^\p{Lu}/u.test(t.word));
  const facts = after
    .slice(Math.max(0, rest))
    .map((t) => t.stem)
    .filter((w) => !STOPWORDS.has(w) && !AUXILIARY.has(w) && !/\d/.test(w));
  const verb = facts[0];
  if (!verb || GENERIC_STEMS.has(verb)) return false;
  const words = tokenize(sentence);
  const named = words.findIndex((t) => t.word === subject[0]);
  if (named < 0) return false;
  const near = words.slice(named + 1, named + 6).some((t) => t.stem === verb);
  const said = new Set(words.map((t) => t.stem));
  return near && facts.slice(1).some((w) => w !== verb && said.has(w));
}

/** The note whose amount or name the sentence repeats, if any; approvals are meant to be quoted. */
export function noteSecretIn(
  deal: DealContext,
  sentence: string,
  /** Amounts the customer's own documents imply (a renewal price its order form sets). */
  ownAmounts: () => readonly number[] = () => [],
): NoteSecret | undefined {
  const approvals = new Set(deal.approvals.map((a) => a.citation.id));
  const notes = deal.notes.filter((n) => !approvals.has(n.citation.id));
  if (notes.length === 0) return undefined;
  const said = moneyIn(sentence);
  const grounded = said.length > 0 ? new Set([...groundedMoney(deal), ...ownAmounts()]) : new Set<number>();
  // "12% off the Plus list price of $43, which brings it to $37.84", "a rise of no more than 6%, so at
  // most $80.56": worked out in the open. "Team at the non-profit rate, $21.75": the price of a
  // published programme the sentence names.
  const percents = [...sentence.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
  const factors = [
    ...percents.flatMap((p) => [100 - p, 100 + p]),
    ...programmesNamed(deal.facts.discounts.programmes, sentence, []).map((p) => 100 - p.percent),
  ];
  const worked = (v: number) =>
    factors.some((f) => [...grounded].some((g) => Math.abs(Math.round(g * f) / 100 - v) < 0.005));
  for (const note of notes) {
    const amount = moneyIn(note.text).find((v) => said.includes(v) && !grounded.has(v) && !worked(v));
    if (amount !== undefined) return { note, what: `an amount only an internal note holds (${amount})` };
    const name =
      secretNames(deal, note.text).find((n) => sentence.includes(n)) ??
      secretNameWords(deal, note.text).find((w) => saysNameWord(sentence, w));
    if (name) return { note, what: `a name only an internal note holds (${name})` };
    if (repeatsConfided(sentence, note.text))
      return { note, what: 'what an internal note says was told in confidence' };
  }
  return undefined;
}

const lumpSums = (text: string, rates = false) =>
  extractFigures(text, nonFigureSpans(text)).flatMap((f) =>
    f.type === 'money' && (rates || !f.perUnit) ? [f.value] : [],
  );
// "can never go below USD 49 per technician": a rate said as the floor, which is the page's secret.
const FLOOR =
  /\b(?:never (?:go|goes|drop|drops|sell) (?:below|under|lower)|floor|lowest (?:we|I) can|rock[- ]bottom|minimum price)\b/i;

/**
 * An amount only a page for the sales team states ("onboarding costs us about €5,800 in consultant
 * days"), said in a sentence: a lump sum, since a price per unit there (a floor) may equally be a
 * discount the draft works out.
 */
export function internalAmountIn(deal: DealContext, sentence: string): ConfidentialText | undefined {
  const said = lumpSums(sentence);
  if (said.length === 0 && !FLOOR.test(sentence)) return undefined;
  const grounded = groundedMoney(deal);
  // The same sum about the same thing: two of the page's words beside it ("consultant days"), not a
  // difference of two prices that happens to equal a competitor's fee.
  const words = new Set(
    stems(sentence).filter((w) => w.length > 2 && !GENERIC_STEMS.has(w) && !/\d/.test(w)),
  );
  const floors = FLOOR.test(sentence) ? lumpSums(sentence, true) : [];
  return (deal.facts.internalSentences ?? []).find(
    (p) =>
      [...lumpSums(p.text), ...(floors.length > 0 ? lumpSums(p.text, true) : [])].some(
        (v) => (said.includes(v) || floors.includes(v)) && !grounded.has(v),
      ) &&
      // Said as a floor, the amount and one word of the page's ("lane") are enough.
      [...p.stems].filter((w) => words.has(w)).length >= (floors.length > 0 ? 1 : 2),
  );
}

/**
 * A name only a page for the sales team holds ("customers we took from them: Hallbeck Logistik"): no
 * email, public page or record uses its words, so naming it passes on what the page knows. Competitors
 * are the battlecard check's to judge.
 */
export function internalNameIn(
  deal: DealContext,
  sentence: string,
  competitors: readonly string[],
): { page: ConfidentialText; name: string } | undefined {
  const pages = deal.facts.internalSentences ?? [];
  for (const page of pages) {
    const name = secretNames(deal, page.text).find(
      (n) =>
        sentence.includes(n) &&
        !competitors.some((c) => n.includes(c) || c.includes(n)) &&
        stems(n).every((s) => !deal.facts.publicWords.has(s)),
    );
    if (name) return { page, name };
  }
  return undefined;
}
