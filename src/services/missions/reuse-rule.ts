/** When a deal's last verdict still stands: the same facts, and no date it depends on has come. */
import type { DealStateRow } from '../../store/mission-store.ts';

export function canReuseVerdict(
  previous: DealStateRow | undefined,
  fingerprint: string,
  asOf: string,
): boolean {
  if (!previous || previous.fingerprint !== fingerprint) return false;
  const now = Date.parse(asOf);
  // Reasoning about an earlier instant than last time (a replay, a test) is a different question.
  if (now < Date.parse(previous.asOf)) return false;
  return !previous.reviewAt || now < Date.parse(previous.reviewAt);
}
