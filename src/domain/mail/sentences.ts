/** Splits the author's regions of a body into sentences that keep their offsets into the raw body. */
import { forMatching, type Region } from './match-text.ts';

export type Sentence = {
  /** Offsets into the raw body. */
  start: number;
  end: number;
  /** The raw words, for quoting. */
  text: string;
  /** The same words lower-cased with straight quotes, for matching; offsets equal `text`'s. */
  lower: string;
  question: boolean;
  /** Cue bits, filled in lazily by the signal layer (a field, not a WeakMap: cheaper for the collector). */
  cues?: number;
};

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'vs',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'u.s',
  'no',
  'st',
  'fig',
  'est',
  'pst',
  'cet',
]);

function isLetterOrDot(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && isLetterOrDot(text.charCodeAt(i))) i -= 1;
  if (dot - i - 1 > 6) return false;
  const word = text.slice(i + 1, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || (word.length === 1 && word >= 'a' && word <= 'z');
}

const BULLET = /^\s*(?:[-*•·]|\d{1,2}[.)])\s+/;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
const isCloser = (c: number) =>
  c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 41 || c === 93;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** A character that may open a bullet: "-", "*", "•", "·" or a digit ("1."). */
const mayBeBullet = (c: number) => c === 45 || c === 42 || c === 8226 || c === 183 || isDigit(c);

function pushSentence(out: Sentence[], body: string, lowerBody: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(body.charCodeAt(s))) s += 1;
  while (e > s && isSpace(body.charCodeAt(e - 1))) e -= 1;
  if (mayBeBullet(body.charCodeAt(s))) {
    const bullet = BULLET.exec(body.slice(s, Math.min(e, s + 6)));
    if (bullet) s += bullet[0].length;
  }
  if (e - s < 2) return;
  let q = e - 1;
  while (
    q > s &&
    (body.charCodeAt(q) === 34 ||
      body.charCodeAt(q) === 39 ||
      body.charCodeAt(q) === 41 ||
      body.charCodeAt(q) === 93)
  )
    q -= 1;
  const lower = lowerBody.slice(s, e);
  out.push({
    start: s,
    end: e,
    text: body.slice(s, e),
    lower,
    question: body.charCodeAt(q) === 63 || unmarkedQuestion(body.charCodeAt(q), lower),
    // Declared up front so filling it in later does not change the object's shape.
    cues: undefined,
  });
}

// Questions typed as list items or lines often lose their "?": "- Is SSO included", "Where is the data hosted".
const INTERROGATIVE_OPENING =
  /^(?:(?:is|are|does|did|can|could|would|should|was|were)\s+[a-z]|(?:do|will|has|have)\s+(?:it|there|this|that|these|those|the|your|you|we|they|our)\b|(?:where|what|when|which|who|how|why)\s+(?:is|are|does|do|did|can|could|will|would|should|has|have|was|were|much|many|long|often)\b)/;

/** A sentence with no end mark that opens the way a question does. */
function unmarkedQuestion(lastChar: number, lower: string): boolean {
  const letterOrDigit =
    (lastChar >= 97 && lastChar <= 122) || (lastChar >= 65 && lastChar <= 90) || isDigit(lastChar);
  return letterOrDigit && INTERROGATIVE_OPENING.test(lower);
}

/** Does a line break end the sentence? Yes after punctuation, after a short line (a greeting), before a bullet or a blank line. */
function breaksAt(body: string, lineStart: number, nl: number, regionEnd: number): boolean {
  let e = nl;
  while (e > lineStart && isSpace(body.charCodeAt(e - 1))) e -= 1;
  if (e - lineStart < 45) return true;
  const last = body.charCodeAt(e - 1);
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 44) return true;
  let n = nl + 1;
  while (n < regionEnd && (body.charCodeAt(n) === 32 || body.charCodeAt(n) === 9)) n += 1;
  if (n >= regionEnd || body.charCodeAt(n) === 10 || body.charCodeAt(n) === 13) return true;
  return mayBeBullet(body.charCodeAt(n)) && BULLET.test(body.slice(n, Math.min(regionEnd, n + 6)));
}

/** Sentences inside the given regions. Hard-wrapped lines are joined; short lines and bullets stand alone. */
export function splitSentences(
  body: string,
  regions: readonly Region[],
  lowerBody = forMatching(body),
): Sentence[] {
  const out: Sentence[] = [];
  for (const region of regions) {
    let start = region.start;
    let lineStart = region.start;
    for (let i = region.start; i < region.end; i += 1) {
      const c = body.charCodeAt(i);
      if (c === 10) {
        if (breaksAt(body, lineStart, i, region.end)) {
          pushSentence(out, body, lowerBody, start, i);
          start = i + 1;
        }
        lineStart = i + 1;
      } else if (c === 46 || c === 33 || c === 63) {
        let j = i + 1;
        while (j < region.end && isCloser(body.charCodeAt(j))) j += 1;
        if (j >= region.end || isSpace(body.charCodeAt(j))) {
          if (c === 46 && isAbbreviation(body, i)) continue;
          if (c === 46 && isDigit(body.charCodeAt(i - 1)) && isDigit(body.charCodeAt(j + 1))) continue;
          pushSentence(out, body, lowerBody, start, j);
          start = j;
          i = j - 1;
        }
      }
    }
    pushSentence(out, body, lowerBody, start, region.end);
  }
  return out;
}
