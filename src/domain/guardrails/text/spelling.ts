/** British and American spellings of one word meet here: "centre" and "center", "organise" and "organize". */
import { stem } from '../../knowledge/text-tokens.ts';

const RULES: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|es|ed|ing)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([^aeiou])re(s?)$/, '$1er$2'],
  [/our(s?|ed|ing)$/, 'or$1'],
  [/ogue(s?)$/, 'og$1'],
  [/([aeiou])ll(ed|ing|er)$/, '$1l$2'],
  [/^licence(s?)$/, 'license$1'],
  [/^programme(s?)$/, 'program$1'],
];

/** The American spelling of a word (lower case); other words come back as they are. */
export function americanSpelling(word: string): string {
  const lower = word.toLowerCase();
  // Short words ("more", "four", "rise") are the same in both.
  if (lower.length < 6) return lower;
  for (const [pattern, replacement] of RULES)
    if (pattern.test(lower)) return lower.replace(pattern, replacement);
  return lower;
}

/**
 * The stem of a word's American spelling: what vocabulary lookups compare. A rule that misfires
 * ("enterprise") only adds a stem no text will have, so lookups try both spellings.
 */
export const spellingStem = (word: string): string => stem(americanSpelling(word));
