/** Finds sentences written to steer a machine ("ignore previous instructions…") so nothing is read from them. */
import type { Sentence } from '../mail/sentences.ts';
import { activityRef, type DealEvidence, sentenceSpan } from './deal-evidence.ts';
import { INSTRUCTION } from './lexicon/instruction-phrases.ts';
import { hasCue } from './sentence-cues.ts';
import type { InstructionIgnoredSignal } from './signal-schema.ts';

export function findInstructions(e: Pick<DealEvidence, 'timeline'>): {
  ignored: Set<Sentence>;
  signals: InstructionIgnoredSignal[];
} {
  const ignored = new Set<Sentence>();
  const signals: InstructionIgnoredSignal[] = [];
  for (const r of e.timeline) {
    if (r.party === 'us') continue;
    for (const s of r.sentences) {
      if (!hasCue(s, 'instruction') || !INSTRUCTION.test(s.lower)) continue;
      ignored.add(s);
      signals.push({
        kind: 'instruction_ignored',
        text: s.text,
        refs: [activityRef(r)],
        span: sentenceSpan(r, s),
      });
    }
  }
  return { ignored, signals };
}
