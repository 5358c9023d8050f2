/** Finds the words of a request that name the rep's records: longest names first, then first names, then typos. */
import { isCommonWord } from '../text/common-words.ts';
import { isTypoOf } from '../text/edit-distance.ts';
import type { Word } from '../text/fold-text.ts';
import { ALIAS_WEIGHT, type Alias, type EntityIndex } from './entity-index.ts';

export type Found = {
  alias: Alias;
  score: number;
  /** Word positions [from, to) in the request. */
  from: number;
  to: number;
  /** The words, folded. */
  typed: string;
  /** The words as the rep typed them ("COO", "Globx"). */
  raw: string;
  typo: boolean;
};

// Words after which an everyday word is a person or a company: "call with bill", "prep for frank", "hank at massive".
const INTRODUCERS = new Set([
  'with',
  'to',
  'for',
  'from',
  'and',
  'at',
  'on',
  'about',
  're',
  'cc',
  'email',
  'ping',
  'met',
  'tell',
  'ask',
  'reply',
  'call',
  'called',
  'emailed',
  'asked',
]);

// A typo costs some confidence: "Globx" is very likely Globex, but less certainly than "Globex".
const TYPO_FACTOR = 0.85;

function cued(alias: Alias, words: readonly Word[], from: number): boolean {
  if (!alias.needsCue) return true;
  if (words[from]?.capitalised && from > 0) return true;
  const before = words[from - 1]?.text;
  return before !== undefined && INTRODUCERS.has(before);
}

/**
 * The same words read as several records keep only the strongest readings: "Tyrell" is the account before it is
 * Rachael Tyrell's last name, "Enterprise" the plan before the Oscorp deal named after it. Equal readings all stay
 * (two contacts called Hank), and the resolver asks which one.
 */
function strongest(aliases: readonly Alias[]): Alias[] {
  const top = Math.max(...aliases.map((a) => ALIAS_WEIGHT[a.kind]));
  return aliases.filter((a) => ALIAS_WEIGHT[a.kind] === top);
}

const rawText = (words: readonly Word[], from: number, to: number) =>
  words
    .slice(from, to)
    .map((w) => w.raw)
    .join(' ');

export function findMentions(index: EntityIndex, words: readonly Word[]): Found[] {
  const found: Found[] = [];
  const taken = new Array<boolean>(words.length).fill(false);
  const typedText = (from: number, to: number) =>
    words
      .slice(from, to)
      .map((w) => w.text)
      .join(' ');

  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    for (let n = Math.min(index.longest, words.length - i); n >= 1; n--) {
      const key = typedText(i, i + n);
      const aliases = strongest((index.byWords.get(key) ?? []).filter((a) => cued(a, words, i)));
      if (aliases.length === 0) continue;
      for (const alias of aliases)
        found.push({
          alias,
          score: ALIAS_WEIGHT[alias.kind],
          from: i,
          to: i + n,
          typed: key,
          raw: rawText(words, i, i + n),
          typo: false,
        });
      for (let k = i; k < i + n; k++) taken[k] = true;
      break;
    }
  }

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (taken[i] || word.text.length < 5 || isCommonWord(word.text)) continue;
    const matches = strongest(index.fuzzy.filter((a) => isTypoOf(word.text, a.words) && cued(a, words, i)));
    for (const alias of matches)
      found.push({
        alias,
        score: ALIAS_WEIGHT[alias.kind] * TYPO_FACTOR,
        from: i,
        to: i + 1,
        typed: word.text,
        raw: word.raw,
        typo: true,
      });
  }
  return found;
}
