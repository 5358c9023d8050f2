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

export function placeListProblem(
  deal: DealContext,
  clause: DraftClause,
  hosting: boolean,
): GuardFinding | undefined {
  const lists = deal.facts.placeLists ?? [];
  if (lists.length === 0 || hosting || clause.question || isHedged(clause.text)) return undefined;
  if (!OURS.test(clause.text) && clause.products.length === 0) return undefined;
  const places = matchPlaces(clause.text);
  if (places.length === 0) return undefined;
  const placeWords = new Set(stems(places.map((p) => p.text).join(' ')));
  const words = new Set(
    stems(clause.text).filter(
      (w) => !placeWords.has(w) && !STOPWORDS.has(w) && !GENERIC_STEMS.has(w) && !/\d/.test(w),
    ),
  );
  const about = lists.filter(
    (l) => [...l.stems].filter((w) => words.has(w)).length >= sharedNeeded(new Set(l.placeIds).size),
  );
  if (about.length === 0) return undefined;
  for (const place of places) {
    if (isNegatedAt(clause.text, place.start, place.end) || isCustomerOwned(clause.text, place.start))
      continue;
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
