/** Typo tolerance: the optimal-string-alignment distance (a swap of two letters counts once), with an early stop. */

/** The distance between two words, or `max + 1` as soon as it is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How many typos a word of this length may carry and still be read as the name: none under five letters (too many
 * short words are one letter apart), one up to eight, two beyond.
 */
export const typoAllowance = (length: number): number => (length < 5 ? 0 : length < 9 ? 1 : 2);

/** Whether `typed` is `name` with at most the typos its length allows. */
export function isTypoOf(typed: string, name: string, atMost = 2): boolean {
  const allowed = Math.min(atMost, typoAllowance(Math.min(typed.length, name.length)));
  if (allowed === 0) return false;
  // A typo rarely hits the first letter; requiring it halves false matches against unrelated words.
  if (typed[0] !== name[0]) return false;
  return editDistance(typed, name, allowed) <= allowed;
}
