/** Splits email text into sentences and clauses with exact offsets, the units every check reads. */

export type Span = { text: string; start: number; end: number };

const ABBREVIATIONS = new Set(
  (
    'e.g i.e etc vs mr mrs ms dr inc ltd co corp approx no st jr sr u.s a.m p.m fig dept est incl ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

function span(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { text: text.slice(start, end), start, end } : undefined;
}

const isTableRow = (line: string) => /^\|.*\|$/.test(line);

/**
 * Lines become one paragraph unless the break looks meant: a bullet or numbered line follows, the
 * line ends a sentence, or the line is short (a greeting, a list entry). Wrapped mail text joins up.
 */
function paragraphRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i).trim();
    const nextBreak = text.indexOf('\n', i + 1);
    const nextTrimmed =
      i < to ? text.slice(i + 1, nextBreak === -1 || nextBreak > to ? to : nextBreak).trim() : '';
    const hardBreak =
      i === to ||
      line === '' ||
      nextTrimmed === '' ||
      /^([-*•+>]|\d+[.)])\s/.test(nextTrimmed) ||
      // A table row is a record of its own: "| Renewals | alerts |" says nothing of the row above it.
      isTableRow(line) ||
      isTableRow(nextTrimmed) ||
      /[.!?:;]["')\]]*$/.test(line) ||
      line.length < 50;
    if (hardBreak) {
      if (i > start) ranges.push([start, i]);
      start = i + 1;
    }
    lineStart = i + 1;
  }
  return ranges;
}

/** Sentences of text[from, to): cut at line breaks that are meant, and at . ! ? before a new sentence. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const sentences: Span[] = [];
  for (const [pStart, pEnd] of paragraphRanges(text, from, to)) {
    let start = pStart;
    const boundary = /[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}$€£])/gu;
    boundary.lastIndex = pStart;
    const paragraph = text.slice(0, pEnd);
    for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
      const before = /([\p{L}.]+)\.$/u.exec(paragraph.slice(Math.max(pStart, m.index - 12), m.index + 1));
      const word = before?.[1]?.toLowerCase().replace(/\.$/, '');
      if (m[0].startsWith('.') && word && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before![1]!)))
        continue;
      const end = m.index + m[0].trimEnd().length;
      const s = span(text, start, end);
      if (s) sentences.push(s);
      start = end;
    }
    const s = span(text, start, pEnd);
    if (s) sentences.push(s);
  }
  return sentences;
}

// Where one statement ends and the next begins inside a sentence: semicolons, colons (not in times),
// spaced dashes, and ", and/but/so" when a new subject follows.
const CLAUSE_BREAK =
  /;\s+|(?<!\d):(?!\d|\/\/)\s*|\s+[—–-]\s+|,\s+(?=(?:and|but|so|while|whereas|although|though|yet)\s+(?:we|I|you|they|it|he|she|our|your|their|this|that|there|these|those|\p{Lu}))/gu;

export function splitClauses(sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    if (m[0].startsWith(',') && endsAList(sentence.text.slice(start, m.index))) continue;
    const c = span(sentence.text, start, m.index);
    if (c) clauses.push({ ...c, start: sentence.start + c.start, end: sentence.start + c.end });
    start = m.index + m[0].length;
  }
  const last = span(sentence.text, start, sentence.text.length);
  if (last) clauses.push({ ...last, start: sentence.start + last.start, end: sentence.start + last.end });
  return clauses;
}

/** "Okta, Azure AD, and Google": the comma before "and" closes a list when a short item precedes it. */
function endsAList(before: string): boolean {
  const lastComma = before.lastIndexOf(',');
  if (lastComma < 0) return false;
  return (
    before
      .slice(lastComma + 1)
      .trim()
      .split(/\s+/).length <= 3
  );
}
