/** Which phrase families a sentence could match, from its words alone: a fast filter before the regexes. */
import type { Sentence } from '../mail/sentences.ts';
import { Cue, type CueName, wordCues } from './lexicon/cue-words.ts';

const cache = new WeakMap<Sentence, number>();
const SEPARATORS = /[^a-z0-9'-]+/;

export function cuesOf(s: Sentence): number {
  let bits = cache.get(s);
  if (bits === undefined) {
    bits = s.question ? Cue.request : 0;
    for (const word of s.lower.split(SEPARATORS)) if (word) bits |= wordCues(word);
    // Chat-template tokens ("<|im_start|>", "[INST]") are instructions without a word to give them away.
    if (s.lower.includes('<|') || s.lower.includes('[inst') || s.lower.includes('[/inst'))
      bits |= Cue.instruction;
    cache.set(s, bits);
  }
  return bits;
}

export const hasCue = (s: Sentence, cue: CueName): boolean => (cuesOf(s) & Cue[cue]) !== 0;
