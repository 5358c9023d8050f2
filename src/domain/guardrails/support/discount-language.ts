/** Tells a discount ("15% off", "a discount of 15%") from other percentages ("99.9% uptime"). */
import type { PercentFigure } from '../text/figures.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';

// "15% below list" is a discount; "a 25% credit below 99% uptime" names the threshold below which it is paid.
const AFTER =
  /^\s*(?:on top\b|off|discount(?:ed)?|reduction|lower|cheaper|saving|savings|below(?!\s+[\d.,]+\s*(?:%|percent))|less|markdown|rebate|concession|price (?:cut|reduction))\b/i;
// "a discount of 15%", "knocking 15% off"; a quote line's "Multi-year discount, 4%" too.
const BEFORE =
  /\b(?:discount(?:ed|s|ing)?|reduc\w*|lower(?:ing|ed)?|cut(?:ting)?|knock(?:ing|ed)?(?: off)?|take|taking|took|save|saving|savings|rebate|shave|trim|drop\w*|bring\w*|add(?:ing)?|give|giving|offer\w*|throw(?:ing)? in)\b(?:\s+[\w'’-]+){0,4}?\s+(?:by|of|another|an? (?:extra|additional|further)|extra|additional|further|up to|a full|at least)\s+$|\b(?:discount(?:ed|s|ing)?|reduc\w*|lower(?:ing|ed)?|cut(?:ting)?|knock(?:ing|ed)?(?: off)?|take|taking|took|save|saving|savings|rebate|shave|trim|add(?:ing)? (?:an? )?(?:extra|another|further)?)(?:\s*[,:(]\s*|\s+)(?:of\s+|by\s+|an?\s+|another\s+|up to\s+|around\s+|about\s+)*$/i;
// "the 25% non-profit discount", "a 7% multi-year discount": a programme named between the two;
// "the 12% I can offer": the rep's own discount.
const NAMED_DISCOUNT =
  /^\s*(?:(?:[\w-]+\s+){1,2}discount\b|(?:that\s+)?(?:I|we)\s+(?:can|could|am able to|are able to)\s+(?:offer|give|do)\b)/i;
// "apply the approved 16% to e-fax", "the same 16%": the discount an approval on record gives, offered
// again. A total said "after the approved 16%" only works it out; the price check reads that.
const APPROVED_BEFORE = /\b(?:the|your|our|that|this)\s+(?:approved|agreed|same)\s+$/i;
const WORKED_OUT = /\b(?:after|less|net of|minus|with)\b/i;
// "another 5%" after a discount named earlier in the same sentence.
const STACKED = /\b(?:another|an? (?:extra|additional|further)|extra|additional|further)\s+$/i;

export function isDiscountPercent(text: string, figure: PercentFigure): boolean {
  if (/^(?:half|(?:a|one) (?:third|quarter|fifth|tenth))$/i.test(figure.text)) return true; // only read before "off" or "price"
  const before = text.slice(Math.max(0, figure.start - 60), figure.start);
  const after = text.slice(figure.end, figure.end + 40);
  if (AFTER.test(after) || NAMED_DISCOUNT.test(after) || BEFORE.test(before)) return true;
  if (APPROVED_BEFORE.test(before) && !WORKED_OUT.test(before.split(/[,;:(]/).pop()!)) return true;
  return STACKED.test(before) && /\b(?:off|discount\w*)\b/i.test(before);
}

/** "I can do", "we've secured": the rep's own offer, not a programme restated. */
export const OWN_OFFER =
  /\b(?:I|we)\s*(?:can|could|will|would|'ll|’ll|'d|’d|am able to|are able to|'m able to|'re able to|am happy to|are happy to|'m happy to|'re happy to|am prepared to|are prepared to|want to|'m going to|'re going to)\b|\b(?:let me|I've|we've|I have|we have)\s+(?:offer|take|knock|get|put|give|got|secured|approved)/i;

/**
 * "The 10% three-year and 20% non-profit discounts don't combine, so you'd get the 20%": a sentence that
 * explains the rule, or picks one of the two, keeps it.
 */
export const ONE_OF_THEM =
  /\b(?:(?:do(?:es)?n[’']t|do(?:es)? not|can(?:no|[’'])t|can not|won[’']t|will not|never|isn[’']t|is not|aren[’']t|are not)\s+(?:be\s+)?(?:add(?:ed)?|stack(?:ed|able)?|combin(?:e|ed|able)|cumulative|on top)|not\s+(?:stackable|combinable|cumulative|both)|whichever|better of|best of|higher of|larger of|greater of|the larger|the higher|the bigger|alone|only one|one or the other|instead|rather than|in place of|replac\w*)\b/i;

/** "another 5% on top": a discount meant to stack on a programme discount. */
export const STACKING = /\b(?:additional|extra|another|on top|plus|further|stack\w*|in addition)\b/i;

/** "instead of the 5%", "not on top of", "replaces the programme discount": a percentage not offered. */
const REPLACED =
  /\b(?:instead of|rather than|in place of|replac\w*|not (?:on top|in addition|combined|stacked)|(?:doesn't|does not|don't|do not|won't|can't|cannot|never) (?:stack|combine|add))\b/i;

/** Whether a clause offers another discount on top, not one in place of another. */
export function stacks(clause: string): boolean {
  return STACKING.test(clause) && !REPLACED.test(clause);
}

/** Whether the words before a percentage say it is replaced, not offered ("instead of the 5%"). */
export function isReplaced(text: string, figure: { start: number }): boolean {
  return /\b(?:instead of|rather than|in place of|replac\w*|not)\s+(?:the\s+|our\s+|your\s+|a\s+)?(?:[\w-]+\s+){0,3}$/i.test(
    text.slice(Math.max(0, figure.start - 50), figure.start),
  );
}

// "8 further points off", "12 points from my side", "my own eight percentage points": a discount counted
// in points of the list price. A discount needs saying so: "two points of contact" is none.
const POINTS = new RegExp(
  String.raw`\b(${NUMBER})\s+(?:(?:further|more|extra|additional|percentage)\s+)*points?\b`,
  'gi',
);
const POINTS_OFFERED =
  /^\s*(?:off|on top|of (?:discount|reduction)|of my own|from (?:me|my side|my end|our side)|below|discount|more off)\b|\b(?:my own|my|take|taking|add|adding|give|giving|further|another|extra|additional|(?:a|an)\s+(?:further|extra|additional))\s+(?:[\w-]+\s+)?$/i;

/** The points of discount a text offers, read as percentages of the list price. */
export function discountPoints(text: string): PercentFigure[] {
  const points: PercentFigure[] = [];
  for (const m of text.matchAll(POINTS)) {
    const value = parseNumber(m[1]!);
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, start - 25), start);
    if (value === undefined || !(POINTS_OFFERED.test(after) || POINTS_OFFERED.test(before))) continue;
    points.push({ type: 'percent', value, start, end, text: m[0] });
  }
  return points;
}
