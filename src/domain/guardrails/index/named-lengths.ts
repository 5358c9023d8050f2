/**
 * Things the documents name by their length: "a free 21-day pilot", "our 14-day trial", "a 30-day
 * money-back guarantee", "60 days' written notice". The length is the thing's own, so a draft's "30-day pilot" contradicts the
 * 21 days, whatever else the documents count in 30 days ("sign within 30 days of the pilot ending").
 */
import { stem } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { extractFigures, nonFigureSpans } from '../text/figures.ts';
import { durationInDays } from './durations.ts';

export type NamedLength = { days: number; citation: GuardCitation };

// The noun a length names: the word right after "21-day" (or "60 days'"), past a describing word.
const NOUN_AFTER =
  /^(?:['’]s?)?\s+(?:(?:free|paid|full|standard|extended|guided|no-cost|risk-free|written|prior|advance)\s+)?([a-z][a-z-]{2,})\b/i;
const POSSESSIVE = /^['’]/;

/** Whether a length is said as the possessive of what follows ("60 days' notice"). */
export const isPossessiveLength = (text: string, end: number) => POSSESSIVE.test(text.slice(end, end + 1));
// Words that follow a length without naming one thing: "30 days of", "a 30-day window". A contract's
// length is a choice among terms ("a 12-month term" beside "a 24-month term"), never one thing's own.
const NOT_A_NAME =
  /^(?:of|in|to|from|for|and|or|the|a|an|after|before|with|per|each|every|window|period|cycle|span|time|ago|later|left|one|first|initial|severity|priority|terms?|contracts?|commitments?|subscriptions?|agreements?|renewals?|deals?|plans?|licen[cs]es?|prices?|pricing|lock|freeze|discounts?|programmes?|programs?|blocks?|bundles?)$/i;

/** The noun stem a length at `end` names in `text`, if it names one. */
export function lengthNounAfter(text: string, end: number): string | undefined {
  const m = NOUN_AFTER.exec(text.slice(end, end + 40));
  if (!m || NOT_A_NAME.test(m[1]!)) return undefined;
  return stem(m[1]!.toLowerCase());
}

/**
 * Noun stem → the length the documents' sentences give it as "N-unit noun". A noun given several
 * lengths (a retention per plan) is left to the per-plan check of documented quantities.
 */
export function readNamedLengths(
  sentences: readonly { text: string; citation: GuardCitation }[],
): Map<string, NamedLength[]> {
  const found = new Map<string, NamedLength[]>();
  const seen = new Set<string>();
  for (const { text, citation } of sentences) {
    if (seen.has(text)) continue;
    seen.add(text);
    for (const f of extractFigures(text, nonFigureSpans(text))) {
      if (f.type !== 'duration' || !(f.adjectival || isPossessiveLength(text, f.end))) continue;
      const noun = lengthNounAfter(text, f.end);
      if (!noun) continue;
      found.set(noun, [...(found.get(noun) ?? []), { days: durationInDays(f.value, f.unit), citation }]);
    }
  }
  for (const [noun, lengths] of found)
    if (new Set(lengths.map((l) => Math.round(l.days * 1440))).size > 1) found.delete(noun);
  return found;
}
