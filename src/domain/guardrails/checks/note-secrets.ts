/**
 * Facts only an internal note holds: an amount ("procurement has $70k approved") or a name ("in talks
 * to acquire Corvane Bio") that no email, document, CRM field or approval carries. One of them in an
 * outbound sentence leaks the note however the rest of the sentence is worded.
 */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { ConfidentialText } from '../index/knowledge-facts.ts';
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

/** The note's names none of whose words anyone on the thread or any document has used. */
function secretNames(deal: DealContext, note: string): string[] {
  return [...note.matchAll(NAME)]
    .map((m) => m[0])
    .filter((name) =>
      stems(name).every((s) => s.length > 2 && !deal.publicStems.has(s) && !deal.facts.vocabulary.has(s)),
    );
}

/** The note whose amount or name the sentence repeats, if any; approvals are meant to be quoted. */
export function noteSecretIn(deal: DealContext, sentence: string): NoteSecret | undefined {
  const approvals = new Set(deal.approvals.map((a) => a.citation.id));
  const notes = deal.notes.filter((n) => !approvals.has(n.citation.id));
  if (notes.length === 0) return undefined;
  const said = moneyIn(sentence);
  const grounded = said.length > 0 ? groundedMoney(deal) : new Set<number>();
  for (const note of notes) {
    const amount = moneyIn(note.text).find((v) => said.includes(v) && !grounded.has(v));
    if (amount !== undefined) return { note, what: `an amount only an internal note holds (${amount})` };
    const name = secretNames(deal, note.text).find((n) => sentence.includes(n));
    if (name) return { note, what: `a name only an internal note holds (${name})` };
  }
  return undefined;
}

const lumpSums = (text: string) =>
  extractFigures(text, nonFigureSpans(text)).flatMap((f) =>
    f.type === 'money' && !f.perUnit ? [f.value] : [],
  );

/**
 * An amount only a page for the sales team states ("onboarding costs us about €5,800 in consultant
 * days"), said in a sentence: a lump sum, since a price per unit there (a floor) may equally be a
 * discount the draft works out.
 */
export function internalAmountIn(deal: DealContext, sentence: string): ConfidentialText | undefined {
  const said = lumpSums(sentence);
  if (said.length === 0) return undefined;
  const grounded = groundedMoney(deal);
  // The same sum about the same thing: two of the page's words beside it ("consultant days"), not a
  // difference of two prices that happens to equal a competitor's fee.
  const words = new Set(
    stems(sentence).filter((w) => w.length > 2 && !GENERIC_STEMS.has(w) && !/\d/.test(w)),
  );
  return (deal.facts.internalSentences ?? []).find(
    (p) =>
      lumpSums(p.text).some((v) => said.includes(v) && !grounded.has(v)) &&
      [...p.stems].filter((w) => words.has(w)).length >= 2,
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
