/** Which phrase families a sentence could match, from its words alone: a fast filter before the regexes. */
import type { Sentence } from '../mail/sentences.ts';
import { Cue, type CueName, wordCues } from './lexicon/cue-words.ts';

/** Word characters: a-z, 0-9, apostrophe and hyphen ("i'll", "in-house"). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
}

export function cuesOf(s: Sentence): number {
  let bits = s.cues;
  if (bits === undefined) {
    bits = s.question ? Cue.request : 0;
    const text = s.lower;
    let start = -1;
    for (let i = 0; i <= text.length; i += 1) {
      const word = i < text.length && isWordChar(text.charCodeAt(i));
      if (word && start < 0) start = i;
      else if (!word && start >= 0) {
        bits |= wordCues(text.slice(start, i));
        start = -1;
      }
    }
    // Chat-template tokens ("<|im_start|>", "[INST]") are instructions without a word to give them away.
    if (text.includes('<|') || text.includes('[inst') || text.includes('[/inst')) bits |= Cue.instruction;
    s.cues = bits;
  }
  return bits;
}

export const hasCue = (s: Sentence, cue: CueName): boolean => (cuesOf(s) & Cue[cue]) !== 0;
