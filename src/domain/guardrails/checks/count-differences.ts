/**
 * "At 3,400 GB, the 400 GB above your commitment": a count worked out as the gap between two counts
 * of the same unit, one the draft states and one it states or the record holds (the order form's
 * 3,000 GB). Only a sentence that speaks of a gap ("above", "over", "extra", "left") says so.
 */
import type { CountFigure, Figure } from '../text/figures.ts';

const GAP =
  /\b(?:above|over|beyond|more than|on top of|extra|excess|in excess|difference|overage|under|below|short of|fewer than|less than|left|remaining|headroom|spare|additional|more)\b/i;

export type CountOperands = {
  /** Every figure the draft states. */
  draft: readonly Figure[];
  /** Counts on record: the documents the deal may rely on, the CRM and the thread. */
  record: readonly number[];
};

/** Whether `figure` is the difference of two counts of its unit, one of them stated in the draft. */
export function isCountDifference(figure: CountFigure, sentence: string, operands: CountOperands): boolean {
  if (!GAP.test(sentence)) return false;
  const stated = operands.draft.flatMap((f) =>
    f.type === 'count' && f.unit === figure.unit && f !== figure && f.value !== figure.value ? [f.value] : [],
  );
  if (stated.length === 0) return false;
  const others = [...stated, ...operands.record];
  return stated.some((a) => others.some((b) => a !== b && Math.abs(a - b) === figure.value));
}
