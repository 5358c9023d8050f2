/** Numbers with what they count or how often: "3,000 invoices", "Business 700 per minute". */
import { stem } from '../../knowledge/text-tokens.ts';
import { NUMBER, parseNumber, withMagnitude } from '../text/number-words.ts';
import { HEAD_NOUN } from '../vocabulary/head-nouns.ts';

/** "300 per minute", "700 requests a minute", "2,500 calls/minute". */
export const RATE = new RegExp(
  String.raw`(?<![\w.,$€£/-])(?<num>${NUMBER})\s+(?:[a-z-]+\s+){0,2}?(?:per|a|an|\/)\s*(?<per>second|minute|hour|day|week|month|year)\b`,
  'gi',
);

const QUANTITY = new RegExp(
  String.raw`(?<![\w.,$€£/-])(?<num>${NUMBER})(?:\s+(?:more|additional|extra|new|total|separate|different|concurrent|active))?\s+(?<noun>[a-z][a-z-]{2,})(?:\s+(?<second>[a-z][a-z-]{2,}))?\b`,
  'gi',
);
// Nouns counted elsewhere (time, money, people on a plan) or too vague to hold a fact; a month's name
// after a number makes a date ("11 December"), never eleven of anything.
const NOT_A_QUANTITY =
  /^(?:(?:minute|hour|day|week|month|year|time|seat|user|agent|member|person|step|thing|option|way|point|question|call|meeting)s?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|licen[cs]es?|percent|per|people|business|working|calendar|of|to|and|or|in|on|at|for|the|a|an|plus|x|more|less|than|by|with|from|is|are|was|were)$/;

// "For 10 agents", "25 new users": people a per-seat price is multiplied by, which `quantitiesIn` leaves to the seat checks.
const HEADS = new RegExp(
  String.raw`(?<![\w.,$€£/-])(?<num>${NUMBER})\s+(?:(?:more|additional|extra|new|active|licensed|named)\s+)?${HEAD_NOUN}\b`,
  'gi',
);

// "all 45 Growth agents": a plan's name between the number and the heads (case matters here).
const HEADS_ON_PLAN = new RegExp(
  String.raw`(?<![\w.,$€£/-])(?<num>\d[\d,]*)\s+[A-Z][\w-]*\s+${HEAD_NOUN}\b`,
  'g',
);

/** The numbers of people or seats a text counts ("for 10 agents"). */
export function headCountsIn(text: string): number[] {
  return [...text.matchAll(HEADS), ...text.matchAll(HEADS_ON_PLAN)].flatMap((m) => {
    const value = parseNumber(m.groups!.num!);
    return value === undefined || value < 2 ? [] : [value];
  });
}

export type Quantity = { value: number; nouns: string[]; start: number; end: number };

/**
 * "3,000 invoices", "up to five levels", "50 legal entities": a number and the noun it counts, by
 * stem (the next word, and the one after it in case the first only describes the second).
 */
export function quantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const value = parseNumber(m.groups!.num!);
    const word = m.groups!.noun!.toLowerCase();
    // "single sign-on", "a user", "one place": words that count nothing worth a check.
    if (/^(?:single|an?|one|half|couple|zero)$/i.test(m.groups!.num!)) continue;
    if (value === undefined || NOT_A_QUANTITY.test(word) || /^(?:19|20)\d{2}$/.test(m.groups!.num!)) continue;
    const second = m.groups!.second?.toLowerCase();
    const counted = second && !NOT_A_QUANTITY.test(second) ? [stem(second)] : [];
    // "1.8 million emails": a magnitude, then what it counts.
    const magnitude = /^(?:million|billion|thousand)$/.test(word);
    const nouns = magnitude ? counted : [stem(word), ...counted];
    const end =
      m.index +
      m.groups!.num!.length +
      m[0].slice(m.groups!.num!.length).indexOf(m.groups!.noun!) +
      word.length;
    found.push({ value: magnitude ? withMagnitude(value, word) : value, nouns, start: m.index, end });
  }
  return found;
}

// "Workflow templates: 50.": a table row or spec line giving a count after its label, with nothing after
// the number that would make it a size or a period ("Storage: 500 GB", "First response: 4 hours").
// "Active contracts: up to 2,500", "Active contracts: 2,501 to 10,000": a bound or a range gives its ends.
const LABELLED = new RegExp(
  String.raw`(?<![\w-])(?<label>[a-z][a-z -]{2,40}?):\s*(?:(?:up to|at most|at least|from|over|under|more than|fewer than)\s+)?(?<num>${NUMBER})(?:\s*(?:to|-|–)\s*(?<high>${NUMBER}))?(?=\s*(?:[.;,)]|$))`,
  'gi',
);

/** "Contract templates: 200": the count a labelled line gives, with the nouns of its label by stem. */
export function labelledQuantitiesIn(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const nouns = m
      .groups!.label!.toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w.length > 2 && !NOT_A_QUANTITY.test(w))
      .map(stem);
    if (nouns.length === 0) continue;
    for (const raw of [m.groups!.num!, m.groups!.high]) {
      const value = raw === undefined ? undefined : parseNumber(raw);
      if (value === undefined || /^(?:19|20)\d{2}$/.test(raw!)) continue;
      found.push({ value, nouns, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}
