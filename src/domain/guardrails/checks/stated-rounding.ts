/**
 * How far a figure said to be rounded ("about £23k", "roughly $12,000") may sit from the amount it
 * rounds: half a unit of the last digit it states, or a hundredth of it for a loose "about" ("about
 * $118,000" for $117,000), never more than `cap` of it. "About $21,991" rounds nothing, so it is
 * $21,991 give or take $220. A flat share of the amount (5% of $21,991 is $1,100) would let "about"
 * wave through a wrong total of any precision.
 */
export function statedRounding(value: number, cap: number): number {
  const size = Math.abs(value);
  if (!Number.isInteger(value)) return Math.min(size * cap, Math.max(0.011, size * LOOSE));
  let unit = 1;
  while (unit < 1e9 && value % (unit * 10) === 0 && value !== 0) unit *= 10;
  return Math.min(size * cap, Math.max(0.5, unit / 2, size * LOOSE));
}

// The share of an amount a loose "about" may miss by whatever its digits say.
const LOOSE = 0.01;

/**
 * Half a unit of the last digit a figure is written with, in the figure's own scale: "€36.6k" is
 * €36,550 to €36,650, "£18k" £17,500 to £18,500, "$1.2m" $1.15m to $1.25m. A figure written with a
 * "k" or "m" is rounded in plain sight, but only to the digits it shows: the hundredth of the amount
 * `statedRounding` allows a loose "about" would stretch "€36.6k" to €36,234.
 */
export function writtenRounding(text: string): number | undefined {
  const m = /(\d[\d,]*)(?:\.(\d+))?\s*(k|m|bn)\b/i.exec(text);
  if (!m) return undefined;
  const scale = SCALES[m[3]!.toLowerCase()]!;
  return (scale * 10 ** -(m[2]?.length ?? 0)) / 2;
}

const SCALES: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };

/**
 * Just over half the last place an amount is written to, cents at the least: 0.5 for "£259", 0.006
 * for "€254.93", 0.0006 for "€0.062". An amount worked out to the cent is exact to what it shows.
 */
export function writtenStep(text: string): number {
  const number = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  // "15¢", "8p": written in cents, so exact to the cent.
  if (!number || /\d\s*(?:¢|c|p|cents?|pence)\b|¢/i.test(text)) return 0.006;
  if (number[1] === undefined) return 0.5;
  return 0.6 * 10 ** -Math.max(2, number[1].length);
}
