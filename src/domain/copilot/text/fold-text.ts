/** Text as the router compares it: lower case, accents folded, split into words that remember where they were. */

export type Word = {
  /** Folded: lower case, no accents, apostrophes and possessive 's dropped. */
  text: string;
  start: number;
  end: number;
  /** Typed with a capital: "Bill" is a name, "bill" may be an invoice. */
  capitalised: boolean;
  /** As typed. */
  raw: string;
};

/** Lower case without accents; `&` reads as "and", curly quotes as straight ones. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/&/g, ' and ')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** The words of a text with their offsets; "Globex's" is the word "globex", "o-101" the words "o" and "101". */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index ?? 0;
    let folded = fold(raw).replace(/'s$/, '').replace(/'/g, '');
    if (folded === '') continue;
    // "w/" is "with" in a hurried note; a lone "w" otherwise means nothing to the router.
    if (folded === 'w' && text[start + 1] === '/') folded = 'with';
    words.push({ text: folded, start, end: start + raw.length, capitalised: /^\p{Lu}/u.test(raw), raw });
  }
  return words;
}

/** Folded words joined by single spaces: the form every alias and cue is stored in. */
export const phrase = (text: string): string =>
  wordsOf(text)
    .map((w) => w.text)
    .join(' ');
