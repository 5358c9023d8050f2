/** Reciprocal rank fusion: merges rankings by rank alone, so full-text scores and cosine similarities need no common scale. */

export type FusedRank = { id: string; score: number; ranks: (number | undefined)[] };

/** Each list is ids best first; a result's score is the sum of 1 / (k + rank) over the lists that hold it. */
export function fuseRankings(rankings: readonly (readonly string[])[], k: number): FusedRank[] {
  const fused = new Map<string, FusedRank>();
  rankings.forEach((ids, list) => {
    ids.forEach((id, index) => {
      const entry = fused.get(id) ?? { id, score: 0, ranks: rankings.map(() => undefined) };
      if (entry.ranks[list] !== undefined) return; // a duplicate within one list counts once, at its best rank
      entry.ranks[list] = index + 1;
      entry.score += 1 / (k + index + 1);
      fused.set(id, entry);
    });
  });
  // Ties (the same ranks in different lists) go to the id first in the first list, then by id, so output is stable.
  const firstSeen = new Map<string, number>();
  rankings.flat().forEach((id, i) => {
    if (!firstSeen.has(id)) firstSeen.set(id, i);
  });
  return [...fused.values()].sort(
    (a, b) => b.score - a.score || firstSeen.get(a.id)! - firstSeen.get(b.id)! || a.id.localeCompare(b.id),
  );
}
