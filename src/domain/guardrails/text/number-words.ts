/** Reads numbers written as digits ("1,200", "84k") or words ("three", "twenty-five", "a dozen"). */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Regex source for a number in digits (with optional thousands separators, decimals, k/m suffix). */
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const UNDER_HUNDRED =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** Regex source for a number in words ("a dozen", "twenty-five", "a hundred", "six thousand"). */
const HUNDREDS = `(?:${UNDER_HUNDRED}|a) hundred(?: (?:and )?(?:${UNDER_HUNDRED})\\b)?`;
/**
 * "ten thousand nine hundred and twenty": the thousands and what is added to them. Apart from WORDS,
 * which every figure scan runs: only an amount in words is read this long.
 */
export const THOUSANDS_IN_WORDS = `(?:${UNDER_HUNDRED}|a) thousand,? (?:and )?(?:${HUNDREDS}|(?:${UNDER_HUNDRED})\\b)`;
export const WORDS =
  // "one hundred and twenty", "a hundred and five": the hundreds and what is added to them.
  `(?:${UNDER_HUNDRED}|a) hundred (?:and )?(?:${UNDER_HUNDRED})\\b|` +
  `(?:${UNDER_HUNDRED}|a) (?:hundred|thousand)|` +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|a hundred|one hundred|a dozen|a couple of|a single|zero|one|single|two|three|four|five|six|seven|eight|nine' +
  '|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const NUMBER = `(?:${DIGITS}|${WORDS})`;

export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  if (/^\d/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return Number.isFinite(value) ? value : undefined;
  }
  if (text === 'a dozen') return 12;
  if (text === 'a couple of') return 2;
  if (text === 'a hundred' || text === 'one hundred') return 100;
  if (text === 'a single') return 1;
  const thousands = /^(.+?) thousand,? (?:and )?(.+)$/.exec(text);
  if (thousands) {
    const base = thousands[1] === 'a' ? 1 : parseNumber(thousands[1]!);
    const rest = parseNumber(thousands[2]!);
    return base === undefined || rest === undefined ? undefined : base * 1000 + rest;
  }
  const hundreds = /^(.+) hundred (?:and )?(.+)$/.exec(text);
  if (hundreds) {
    const base = hundreds[1] === 'a' ? 1 : parseNumber(hundreds[1]!);
    const rest = parseNumber(hundreds[2]!);
    return base === undefined || rest === undefined ? undefined : base * 100 + rest;
  }
  const scaled = /^(.+) (hundred|thousand)$/.exec(text);
  if (scaled) {
    const base = scaled[1] === 'a' ? 1 : parseNumber(scaled[1]!);
    return base === undefined ? undefined : base * (scaled[2] === 'hundred' ? 100 : 1000);
  }
  const small = SMALL[text];
  if (small !== undefined) return small;
  const [tens, unit] = text.split(/[- ]/);
  const t = tens ? TENS[tens] : undefined;
  if (t === undefined) return undefined;
  return unit ? t + (SMALL[unit] ?? Number.NaN) : t;
}

/** Applies a magnitude suffix: "84k" is 84,000, "1.2m" is 1,200,000. */
export function withMagnitude(value: number, suffix: string | undefined): number {
  if (!suffix) return value;
  const s = suffix.toLowerCase();
  if (s === 'k' || s === 'thousand') return value * 1_000;
  if (s === 'm' || s === 'mm' || s === 'million') return value * 1_000_000;
  if (s === 'bn' || s === 'billion') return value * 1_000_000_000;
  return value;
}
