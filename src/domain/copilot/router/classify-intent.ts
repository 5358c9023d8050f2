/** Which task a request asks for, from its phrasing and what it names: scored cues, then sensible defaults. */
import { type CopilotIntent, copilotIntents } from '../copilot-schema.ts';
import { isCommonWord } from '../text/common-words.ts';
import { isTypoOf } from '../text/edit-distance.ts';
import type { Word } from '../text/fold-text.ts';
import { CUE_VOCABULARY, INTENT_CUES } from './intent-cues.ts';

export type IntentScores = Record<CopilotIntent, number>;

export type IntentReading = {
  intent: CopilotIntent | undefined;
  scores: IntentScores;
  /** The request's words with typos of task words corrected ("reserch" → "research"), joined by spaces. */
  corrected: string;
};

export type WhatIsNamed = { customer: boolean; product: boolean };

// When two tasks score alike, the one that changes something or produces something wins: "log the call and tell me
// what's next" is first of all a log.
const PRECEDENCE: readonly CopilotIntent[] = [
  'log_activity',
  'draft_email',
  'prepare_brief',
  'next_best_action',
  'product_question',
  'research_account',
];

// Below this, no phrasing named a task: the request is read from what it names instead.
const CUE_FLOOR = 1.5;

/** Corrects typos of task words in words no record claimed. */
export function correctCueWords(words: readonly Word[], claimed: ReadonlySet<number>): string {
  return words
    .map((w, i) => {
      if (claimed.has(i) || w.text.length < 5 || isCommonWord(w.text)) return w.text;
      if ((CUE_VOCABULARY as readonly string[]).includes(w.text)) return w.text;
      // One slip at most: a word two edits from a task word is more often another word ("prioritize").
      return CUE_VOCABULARY.find((cue) => isTypoOf(w.text, cue, 1)) ?? w.text;
    })
    .join(' ');
}

export function scoreIntents(corrected: string, named: WhatIsNamed): IntentScores {
  const scores = Object.fromEntries(copilotIntents.map((i) => [i, 0])) as IntentScores;
  for (const intent of copilotIntents) {
    for (const cue of INTENT_CUES[intent]) if (cue.re.test(corrected)) scores[intent] += cue.weight;
  }
  if (named.product) scores.product_question += 2;
  // A question about a plan that names a customer is usually about that customer ("does Globex use SSO?").
  if (named.customer) {
    scores.product_question -= 1.5;
    scores.research_account += 0.5;
  }
  return scores;
}

export function classifyIntent(
  words: readonly Word[],
  claimed: ReadonlySet<number>,
  named: WhatIsNamed,
): IntentReading {
  const corrected = correctCueWords(words, claimed);
  const scores = scoreIntents(corrected, named);
  let best: CopilotIntent | undefined;
  for (const intent of PRECEDENCE) {
    if (scores[intent] < CUE_FLOOR) continue;
    if (best === undefined || scores[intent] > scores[best]) best = intent;
  }
  if (best === undefined) {
    if (named.customer) best = 'research_account';
    else if (named.product || scores.product_question > 0) best = 'product_question';
  }
  return { intent: best, scores, corrected };
}
