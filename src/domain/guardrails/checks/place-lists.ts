/**
 * "We run Swiss payroll too" where the documents list the countries payroll runs in (Germany, Austria,
 * France…): a place said of something the documents give a list of places for must be on that list.
 */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { finding, inClause } from '../support/findings.ts';
import { isCustomerOwned, isHedged, isNegatedAt } from '../text/claim-context.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { matchPlaces, placeAndAncestors, placeLabel } from '../vocabulary/places.ts';

// Said by us, of what we or the product do: "we run…", "our payroll covers…", "Saltmarsh handles…".
const OURS = /\b(?:we|we're|we'll|we've|our)\b/i;
// What the list is about must be shared: one word of a long enumeration ("payroll … in Germany,
// Austria, France"), two of a pair of places, whose clause is often about something else.
const sharedNeeded = (placeCount: number) => (placeCount >= 3 ? 1 : 2);

/** Whether one place covers the other: a country its cities, a city its country. */
const related = (a: string, b: string) =>
  placeAndAncestors(a).includes(b) || placeAndAncestors(b).includes(a);

/** The few words before a place in a hosting clause: what is said to be hosted there. */
function hostedBefore(text: string, at: number): string {
  return text.slice(0, at).split(/\s+/).slice(-7).join(' ');
}

/**
 * "As Acme files with a Dutch tax number, …": a reason clause whose subject is the customer describes
 * the customer, so its places say nothing of where we do anything.
 */
function inCustomerReason(deal: DealContext, before: string): boolean {
  const segment = before.split(/[,;:]/).pop() ?? '';
  const reason = /^\s*(?:as|since|because|given that|now that)\s+(\S+)/i.exec(segment);
  if (!reason) return false;
  const subject = reason[1]!.replace(/(?:'s|’s)$/, '').toLowerCase();
  const customer = deal.account?.name.split(/\s+/)[0]?.toLowerCase();
  return ['you', "you're", 'your'].includes(subject) || subject === customer;
}

export function placeListProblem(
  deal: DealContext,
  clause: DraftClause,
  hosting: boolean,
  /** What the price book sells by ("venue"): every list of places counts it, so it ties no clause to one. */
  units: readonly string[] = [],
): GuardFinding | undefined {
  const lists = deal.facts.placeLists ?? [];
  if (lists.length === 0 || clause.question || isHedged(clause.text)) return undefined;
  if (!OURS.test(clause.text) && clause.products.length === 0) return undefined;
  // Where a plan is hosted is judged by the regions documented for it; a list of places speaks for
  // a hosted thing that is no plan ("the pilot is hosted in US East or Frankfurt").
  if (hosting && clause.products.length > 0) return undefined;
  const places = matchPlaces(clause.text);
  if (places.length === 0) return undefined;
  const placeWords = new Set(stems([...places.map((p) => p.text), ...units].join(' ')));
  const topicOf = (text: string) =>
    new Set(
      stems(text).filter(
        (w) => !placeWords.has(w) && !STOPWORDS.has(w) && !GENERIC_STEMS.has(w) && !/\d/.test(w),
      ),
    );
  // Two hosting statements share their hosting, so one shared word more makes them about one thing.
  const listsAbout = (words: ReadonlySet<string>) =>
    lists.filter((l) => {
      const shared = [...l.stems].filter((w) => words.has(w)).length;
      const bonus = hosting && l.hosting ? 1 : 0;
      return shared > 0 && shared + bonus >= sharedNeeded(new Set(l.placeIds).size);
    });
  const clauseTopic = listsAbout(topicOf(clause.text));
  for (const place of places) {
    if (
      isNegatedAt(clause.text, place.start, place.end) ||
      isCustomerOwned(clause.text, place.start) ||
      inCustomerReason(deal, clause.text.slice(0, place.start))
    )
      continue;
    // Said of hosting, the list must be about what is hosted there: the words just before the place
    // ("run the pilot in our Sydney region"), not anything else the clause says.
    const about = hosting ? listsAbout(topicOf(hostedBefore(clause.text, place.start))) : clauseTopic;
    if (about.length === 0) continue;
    if (about.some((l) => l.placeIds.some((id) => related(id, place.placeId)))) continue;
    const list = about[0]!;
    return finding(
      'claim',
      'block',
      inClause(clause, place),
      'place_list',
      `the documents give this in ${list.placeIds.map(placeLabel).join(', ')}, not in ${place.text}`,
      list.citation,
    );
  }
  return undefined;
}
