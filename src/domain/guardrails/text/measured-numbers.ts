/**
 * Every number a sentence gives of some quantity (a period, a percentage or a plain count), with its
 * offsets: "Team keeps 2 years of history", "99.95% uptime", "Team: Help centres: 3".
 */
import { durationInDays } from '../index/durations.ts';
import { CURRENCY_CODES } from './currencies.ts';
import { extractFigures, nonFigureSpans } from './figures.ts';
import { NUMBER, parseNumber, withMagnitude } from './number-words.ts';

/**
 * Periods compare in days and data sizes in gigabytes; a percentage, a size and a plain count never
 * compare with each other.
 */
export type MeasureKind = 'duration' | 'percent' | 'size' | 'number';
export type MeasuredNumber = {
  kind: MeasureKind;
  value: number;
  start: number;
  end: number;
  /** "4 to 8 weeks": both ends of the range the number is one end of, in the same unit. */
  range?: readonly [number, number];
};

// "two-way sync", "syncs two ways", "two-factor sign-in": how it works, no count of anything.
const MAGNITUDE = /^\s(million|billion|thousand)\b/i;
const PLAIN = new RegExp(
  String.raw`(?<![\w.,$€£/:-])(?:${NUMBER})(?:[kK](?=\s))?(?![\w%$€£/]|[.,:]\d|\s*%|-(?:way|factor|step|sided|fold)\b|\s+ways\b)`,
  'gi',
);
// "one of", "a single", "one place": a word that counts nothing worth comparing.
const NOT_A_COUNT = /^(?:an?|one|single|half|couple|zero)$/i;
// "SOC 2", "Type II", "TLS 1.2", "SAML 2.0", "AES-256", "24/7": names with digits in them, not quantities.
const NAMED_NUMBER =
  /\b(?:SOC|ISO|TLS|AES|SHA|HTTPS?|SAML|OAuth|OIDC|Type|Tier|Level|Step|Version|v|Priority|Prio|Severity|Sev)\s*[-\s]?$/i;
// "you'll get a 429 with a Retry-After header": an HTTP status, named by its number.
const STATUS_CODE = /^[45]\d\d$/;
const STATUS_AFTER =
  /^\s+(?:errors?|responses?|status|code|with an? (?:[\w-]+\s+)?(?:header|message|body))\b/i;

// "CHF 1,200", "1,200 SEK": an amount in a currency the money reader may not know by its sign. An
// amount is never a documented quantity of anything, whatever currency the seller prices in.
const CURRENCY_BEFORE = new RegExp(String.raw`\b(?:${CURRENCY_CODES})\s?$`);
const CURRENCY_AFTER = new RegExp(String.raw`^\s?(?:${CURRENCY_CODES})\b`);
const isAmount = (text: string, start: number, end: number) =>
  CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ||
  CURRENCY_AFTER.test(text.slice(end, end + 4));

const GIGABYTES: Record<string, number> = { mb: 1 / 1000, gb: 1, tb: 1000, pb: 1_000_000 };
GIGABYTES.megabyte = 1 / 1000;
GIGABYTES.gigabyte = 1;
GIGABYTES.terabyte = 1000;

/** A data size in gigabytes ("2 TB" is 2,000), or undefined for a unit that is no size. */
export function sizeInGigabytes(value: number, unit: string): number | undefined {
  const factor = GIGABYTES[unit.toLowerCase().replace(/s$/, '')];
  return factor === undefined ? undefined : value * factor;
}

// "four consecutive months", "two full weeks": a period with a word between the number and its unit.
const QUALIFIED_PERIOD =
  /^\s+(?:consecutive|successive|straight|full|whole|complete)\s+(?<unit>day|week|month|year)s?\b/i;

// "4 to 8 weeks", "10-20%": the first number of a range is a figure of the unit the second one gives.
const RANGE_JOIN = /^\s*(?:to|-|–|—|or|and)\s*/i;

/** Numbers stated as a quantity, skipping money, dates, years, names and list numbering. */
export function measuredNumbers(text: string, metered?: RegExp): MeasuredNumber[] {
  const masked = nonFigureSpans(text);
  const figures = extractFigures(text, masked, metered);
  const found: MeasuredNumber[] = [];
  const measured: { kind: MeasureKind; per: number; start: number }[] = [];
  for (const f of figures) {
    const at = { start: f.start, end: f.end };
    if (f.type === 'duration') {
      found.push({ kind: 'duration', value: durationInDays(f.value, f.unit), ...at });
      measured.push({ kind: 'duration', per: durationInDays(1, f.unit), start: f.start });
    } else if (f.type === 'percent') {
      found.push({ kind: 'percent', value: f.value, ...at });
      measured.push({ kind: 'percent', per: 1, start: f.start });
    } else if (f.type === 'count') {
      const size = sizeInGigabytes(f.value, f.unit);
      if (size === undefined) continue;
      found.push({ kind: 'size', value: size, ...at });
      measured.push({ kind: 'size', per: size / f.value, start: f.start });
    }
  }
  const sizes = found.filter((n) => n.kind === 'size');
  const taken = [...masked, ...figures.filter((f) => f.type !== 'count'), ...sizes];
  const inside = (at: number) => taken.some((s) => at >= s.start && at < s.end);
  for (const m of text.matchAll(PLAIN)) {
    if (inside(m.index) || NOT_A_COUNT.test(m[0]) || /^(?:19|20)\d{2}$/.test(m[0])) continue;
    if (NAMED_NUMBER.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (STATUS_CODE.test(m[0]) && STATUS_AFTER.test(text.slice(m.index + 3, m.index + 40))) continue;
    // "2.5k requests": a thousand written as its letter.
    const thousands = /k$/i.test(m[0]);
    const plain = parseNumber(thousands ? m[0].slice(0, -1) : m[0]);
    if (plain === undefined) continue;
    // "1.5 million emails": the number with its magnitude.
    const magnitude = MAGNITUDE.exec(text.slice(m.index + m[0].length));
    const value = withMagnitude(plain, thousands ? 'k' : magnitude?.[1]);
    const end = m.index + m[0].length + (magnitude?.[0].length ?? 0);
    if (isAmount(text, m.index, end)) continue;
    const period = QUALIFIED_PERIOD.exec(text.slice(end));
    if (period) {
      const unit = period.groups!.unit!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
      found.push({ kind: 'duration', value: durationInDays(value, unit), start: m.index, end });
      continue;
    }
    const join = RANGE_JOIN.exec(text.slice(end));
    const upper = join ? measured.find((u) => u.start === end + join[0].length) : undefined;
    const low = value * (upper?.per ?? 1);
    const high = upper ? found.find((n) => n.start === upper.start) : undefined;
    const range = high && high.value > low ? ([low, high.value] as const) : undefined;
    if (high && range) high.range = range;
    found.push({
      kind: upper?.kind ?? 'number',
      value: low,
      start: m.index,
      end,
      ...(range ? { range } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
