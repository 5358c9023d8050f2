/**
 * Counts a draft works out in plain sight from counts beside them: "at 3,400 GB, the 400 GB above your
 * commitment" (a gap against the order form's 3,000 GB), "1,750 used and the 1,000 included used first,
 * so 250 left from the pack" (a balance with the pack's 1,000 on record), "80 meters at 12 each come
 * to 960 credits" (a product). Each is as grounded as its operands, and only a sentence that says how
 * it worked the count out (a gap, a balance, a number per item) is read as arithmetic.
 */
import { stem } from '../../knowledge/text-tokens.ts';
import { quantitiesIn } from '../index/quantities.ts';
import type { CountFigure, Figure } from '../text/figures.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';
import { statedRounding } from './stated-rounding.ts';

const GAP =
  /\b(?:above|over|beyond|more than|on top of|extra|excess|in excess|difference|overage|under|below|short of|fewer than|less than|left|remain(?:s|ing)?|headroom|spare|additional|more)\b/i;
// "12 each", "12 credits apiece", "12 per meter", "x 12": a number said per item, which a count of items multiplies.
const PER_ITEM = new RegExp(
  String.raw`(?<![\w.,$€£¥])(?:(?<each>${NUMBER})\s+(?:[a-z]+\s+)?(?:each|apiece|a piece|per (?!cent\b)[a-z]+)\b|(?<!\w)[x×]\s*(?<times>${NUMBER})\b)`,
  'gi',
);
// A currency before a number makes it a price, never a count per item.
const PRICED_BEFORE = /(?:\b[A-Z]{3}|[$€£¥])\s*$/;
const APPROXIMATE = /\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|close to|some|~)\s*$/i;
// "about 6,300" rounds to the digits it shows, never by more than this share.
const ROUNDING_CAP = 0.02;

export type CountOperands = {
  /** Every figure the draft states. */
  draft: readonly Figure[];
  /** Counts on record: the documents the deal may rely on, the CRM and the thread. */
  record: readonly number[];
  /** Counts on record of one noun, by stem ("credit": the pack sizes and plan allowances). */
  recordOf?: (noun: string) => readonly number[];
};

/** Whether `figure` is worked out from counts its sentence states (and, for a gap or balance, the record). */
export function isCountDifference(figure: CountFigure, sentence: string, operands: CountOperands): boolean {
  return (
    isGap(figure, sentence, operands) ||
    isBalance(figure, sentence, operands) ||
    isPerItemProduct(figure, sentence)
  );
}

/** The difference of two counts of its unit, one of them stated in the draft. */
function isGap(figure: CountFigure, sentence: string, operands: CountOperands): boolean {
  if (!GAP.test(sentence)) return false;
  const stated = operands.draft.flatMap((f) =>
    f.type === 'count' && f.unit === figure.unit && f !== figure && f.value !== figure.value ? [f.value] : [],
  );
  if (stated.length === 0) return false;
  const others = [...stated, ...operands.record];
  return stated.some((a) => others.some((b) => a !== b && Math.abs(a - b) === figure.value));
}

/**
 * Two counts of its noun that the sentence states, and one the record holds of that noun, added and
 * taken away: the record's operand must count the same thing, so a wrong balance has few sums to hide in.
 */
function isBalance(figure: CountFigure, sentence: string, operands: CountOperands): boolean {
  if (!GAP.test(sentence) || !operands.recordOf) return false;
  const noun = stem(figure.unit);
  const stated = quantitiesIn(sentence)
    .filter((q) => q.nouns.includes(noun) && q.value !== figure.value)
    .map((q) => q.value);
  const record = operands.recordOf(noun).filter((v) => v > 0);
  for (let i = 0; i < stated.length; i++)
    for (let j = i + 1; j < stated.length; j++)
      for (const r of record)
        if (signedSums([stated[i]!, stated[j]!, r]).some((s) => s === figure.value)) return true;
  return false;
}

/** Every positive total of the terms, each added or taken away, one at least taken away. */
function signedSums(terms: readonly number[]): number[] {
  const sums: number[] = [];
  for (let signs = 1; signs < 2 ** terms.length - 1; signs++)
    sums.push(terms.reduce((sum, t, i) => sum + ((signs >> i) & 1 ? -t : t), 0));
  return sums.filter((s) => s > 0);
}

/** A count of items the sentence states times a number it says per item ("600 meters, 10.5 each"). */
function isPerItemProduct(figure: CountFigure, sentence: string): boolean {
  const perItem = [...sentence.matchAll(PER_ITEM)].flatMap((m) => {
    const raw = m.groups!.each ?? m.groups!.times!;
    const value = parseNumber(raw);
    return value === undefined || PRICED_BEFORE.test(sentence.slice(0, m.index))
      ? []
      : [{ value, approximate: APPROXIMATE.test(sentence.slice(0, m.index)) }];
  });
  if (perItem.length === 0) return false;
  const at = sentence.indexOf(figure.text);
  const approximate =
    (at >= 0 && APPROXIMATE.test(sentence.slice(0, at))) || perItem.some((k) => k.approximate);
  const slack = approximate ? statedRounding(figure.value, ROUNDING_CAP) : 0.5;
  const items = quantitiesIn(sentence)
    .map((q) => q.value)
    .filter((n) => n > 1 && n !== figure.value);
  return items.some((n) =>
    perItem.some((k) => k.value !== n && Math.abs(n * k.value - figure.value) <= slack),
  );
}
