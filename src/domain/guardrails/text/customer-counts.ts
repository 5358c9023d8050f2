/** Whether a count in a draft is the customer's own ("your 50 hosts"), said of what they have. */

// "your 50 hosts", "you have 12 sites", "you currently run 8 clusters".
const YOURS =
  /\b(?:your(?: current| existing)?|you(?:'ve| have)(?: got)?|you (?:currently |now |already )?(?:have|run|use|own))\s+(?:[\w-]+\s+)?$/i;

/** Whether the count starting at `start` is introduced as the customer's own. */
export function isCustomersCount(text: string, start: number): boolean {
  return YOURS.test(text.slice(Math.max(0, start - 40), start));
}
