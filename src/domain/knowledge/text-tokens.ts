/** Words with their offsets, and a light stemmer, shared by chunk ranking and the guardrails' vocabulary. */

export type Token = { word: string; stem: string; start: number; end: number };

// Letters and digits; an inner apostrophe stays ("customer's"), hyphens split ("single-sign-on").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    tokens.push({ word, stem: stem(word), start: m.index, end: m.index + word.length });
  }
  return tokens;
}

export function stems(text: string): string[] {
  return tokenize(text).map((t) => t.stem);
}

/**
 * A deliberately small suffix stripper: plural, -ing, -ed and a final e, so that "hosting",
 * "hosted" and "hosts" meet, as do "schedule" and "scheduled". It only has to be consistent
 * between a draft and the documents, not linguistically right.
 */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([bdfgklmnprt])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Words too common to carry meaning in a search query. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can do for from has have i if in into is it its me my no not of on or our ' +
    'so that the their them there these they this those to up us was we were what when which who will with ' +
    'would you your yours'
  ).split(' '),
);
