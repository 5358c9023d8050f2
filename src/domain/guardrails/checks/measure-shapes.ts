/**
 * The shape of a claim about a measured number: which thing the sentence says it measures, and
 * whether the number is worked arithmetic rather than a quantity stated of anything.
 */
import { durationInDays, sameDuration } from '../index/durations.ts';
import { measureStems } from '../index/measures.ts';
import { extractFigures } from '../text/figures.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';

// "seven years of retention", "12 months of history", "a 90-day pilot": the noun a number is
// bound to by "of" or by its own hyphen names what it measures, whatever else the sentence lists.
const OF_AFTER = /^\s+of\s+((?:[a-z][\w'-]*\s+){0,1}[a-z][\w'-]*)/i;
const HYPHEN_AFTER = /^\s+((?:[a-z][\w'-]*\s+){0,1}[a-z][\w'-]*)/i;

/** The words of the noun a number is bound to ("five years of history" gives "history"), if any. */
export function boundPhrase(text: string, start: number, end: number): string | undefined {
  const after = text.slice(end, end + 60);
  const said = text.slice(start, end);
  return (OF_AFTER.exec(after) ?? (/-/.test(said) ? HYPHEN_AFTER.exec(after) : null))?.[1];
}

/**
 * The meaningful words of the noun a number is bound to, empty when the sentence binds it to none
 * ("Summit keeps seven years").
 */
export function boundStems(text: string, start: number, end: number): Set<string> {
  const phrase = boundPhrase(text, start, end);
  return phrase ? measureStems(phrase) : new Set();
}

// "two days would be CHF 2,400", "three months at $40": a period bought by the unit and priced.
const PRICED_AFTER =
  /^\s*(?:(?:would|will|should)\s+)?(?:be|cost|costs|come to|comes to|total|totals|at|@|=|for)\s+(?:about\s+|roughly\s+|around\s+)?(?:[A-Z]{3}\s?|[$€£¥])\s?\d/;

/** Whether the period at `end` is a number of units priced for the reader, not a term or a limit. */
export const isPricedQuantity = (text: string, end: number) => PRICED_AFTER.test(text.slice(end, end + 50));

// "3 × Pack 1k", "14 × gateway", "Pack 1k × 3": a count multiplied into a sum worked for the reader.
const TIMES_AFTER = /^\s*(?:×|\*|x(?=\s*(?:[$€£\d]|[A-Z])))/;
const TIMES_BEFORE = /(?:×|\*|\bx)\s*$/;

/** Whether the number at [start, end) is one factor of a product the sentence writes out. */
export function isFactor(text: string, start: number, end: number): boolean {
  return (
    TIMES_AFTER.test(text.slice(end, end + 8)) || TIMES_BEFORE.test(text.slice(Math.max(0, start - 4), start))
  );
}

// "so 80 days at most", "ten weeks in all", "which makes 51 days": a period the sentence adds up.
const TOTAL_CUE =
  /\b(?:so|in total|in all|altogether|all told|at most|at the latest|combined|makes?|adds? up to|totals?|totalling|overall|puts)\b|=/i;
// "within another 35", "a further 10": a number of the unit the sentence has just used.
const MORE_OF = new RegExp(
  String.raw`\b(?:another|a further|further|more|additional)\s+(${NUMBER})(?!\s*[\w%])`,
  'gi',
);

/**
 * Whether the period at `at` in the sentence (in days) is the sum or difference of two or three
 * periods the sentence states before it, said as a total: "deleted within 45 days and backups within
 * another 35, so 80 days at most", "4 to 8 weeks plus two for legal review: ten weeks in all".
 */
export function isWorkedPeriod(sentence: string, at: number, days: number): boolean {
  if (!TOTAL_CUE.test(sentence.slice(Math.max(0, at - 40), at))) return false;
  const periods = extractFigures(sentence).flatMap((f) =>
    f.type === 'duration' && f.end <= at
      ? [{ days: durationInDays(f.value, f.unit), unit: f.unit, end: f.end }]
      : [],
  );
  const more = [...sentence.matchAll(MORE_OF)].flatMap((m) => {
    const value = parseNumber(m[1]!);
    const unit = periods.filter((p) => p.end <= m.index).pop()?.unit;
    return value === undefined || unit === undefined || m.index >= at ? [] : [durationInDays(value, unit)];
  });
  const terms = [...periods.map((p) => p.days), ...more];
  const same = (v: number) => sameDuration(v, days);
  for (let i = 0; i < terms.length; i++)
    for (let j = i + 1; j < terms.length; j++) {
      const [a, b] = [terms[i]!, terms[j]!];
      if (same(a + b) || same(Math.abs(a - b))) return true;
      for (let k = j + 1; k < terms.length; k++) if (same(a + b + terms[k]!)) return true;
    }
  return false;
}
