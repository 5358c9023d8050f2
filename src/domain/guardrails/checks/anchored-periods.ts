/** A period a clause gives beside another period of the same documented sentence. */
import type { Measure } from '../index/measures.ts';
import type { MeasuredNumber } from '../text/measured-numbers.ts';
import { comparable, oneRange, RARE, sameValue, weightsOf } from './measure-weights.ts';

/**
 * "Backups run every 6 hours and are kept for 90 days" against "Backups every 6 hours, kept for 35
 * days": a clause giving two periods, one of them a documented sentence's number with a rare
 * word of it, speaks of that sentence. When that sentence gives just one other period (of a comparable
 * order), the clause's other period is that one's, however few words they share. A
 * number a documented quantity with a word of it backs is left alone.
 */
export function anchoredContradiction(
  measures: readonly Measure[],
  text: string,
  numbers: readonly MeasuredNumber[],
  words: readonly ReadonlySet<string>[],
  i: number,
  { tolerance, order }: { tolerance: number; order: number },
): Measure | undefined {
  const n = numbers[i]!;
  // Counts beside a limit are mostly the customer's own ("9 of your 10 users", "50 allowed, so 60 won't fit").
  if (n.kind !== 'duration') return undefined;
  const { idf } = weightsOf(measures);
  const sharesWith = (m: Measure, w: ReadonlySet<string>, rare = false) =>
    [...m.stems].some((s) => w.has(s) && (!rare || idf(s) >= RARE));
  if (measures.some((m) => m.kind === n.kind && sameValue(m, n, tolerance) && sharesWith(m, words[i]!)))
    return undefined;
  const ofKind = numbers.flatMap((a, j) => (a.kind === n.kind && j !== i ? [j] : []));
  if (ofKind.length !== 1) return undefined;
  const j = ofKind[0]!;
  const a = numbers[j]!;
  if (oneRange(text, a, n)) return undefined;
  for (const anchor of measures) {
    if (anchor.kind !== a.kind || !sameValue(anchor, a, tolerance) || !sharesWith(anchor, words[j]!, true))
      continue;
    const others = measures.filter(
      (m) => m.citation === anchor.citation && m !== anchor && m.kind === n.kind && comparable(m, n, order),
    );
    if (others.length === 1 && !sameValue(others[0]!, n, tolerance)) return others[0];
  }
  return undefined;
}
