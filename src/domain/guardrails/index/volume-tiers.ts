/**
 * Marginal volume bands from a price-book line: "first 500 GB a month; $0.30 from 501 to 5,000 GB;
 * $0.22 above 5,000 GB" at a list price of $0.40. A draft's total for a volume is the sum over bands.
 */
import { parseNumber } from '../text/number-words.ts';

export type VolumeBand = { from: number; to: number; rate: number };

const num = (s: string) => parseNumber(s.replace(/,/g, '')) ?? Number.NaN;

export function volumeBands(listPrice: number, description: string): VolumeBand[] {
  const bands: VolumeBand[] = [];
  const first = /\b(?:first|up to)\s+([\d,]+)\b/i.exec(description);
  if (first && !/[$€£]/.test(description.slice(0, first.index + first[0].length)))
    bands.push({ from: 0, to: num(first[1]!), rate: listPrice });
  for (const m of description.matchAll(
    /[$€£]\s*([\d.]+)\s+(?:per \w+\s+)?(?:from|for)\s+([\d,]+)\s*(?:to|-|–|through)\s*([\d,]+)/gi,
  ))
    bands.push({ from: Math.max(0, num(m[2]!) - 1), to: num(m[3]!), rate: num(m[1]!) });
  for (const m of description.matchAll(
    /[$€£]\s*([\d.]+)\s+(?:per \w+\s+)?(?:above|over|beyond|after)\s+([\d,]+)/gi,
  ))
    bands.push({ from: num(m[2]!), to: Number.POSITIVE_INFINITY, rate: num(m[1]!) });
  const valid = bands.every((b) => Number.isFinite(b.from) && b.rate >= 0 && b.to > b.from);
  return valid && bands.length >= 2 ? bands.sort((a, b) => a.from - b.from) : [];
}

/** What `volume` costs across the bands, and what each band it reaches costs on its own. */
export function bandedAmounts(bands: readonly VolumeBand[], volume: number): number[] {
  const parts = bands.filter((b) => volume > b.from).map((b) => (Math.min(volume, b.to) - b.from) * b.rate);
  if (parts.length === 0) return [];
  return [parts.reduce((a, b) => a + b, 0), ...parts];
}

/** A row of a quantity discount table: "50 to 199 vehicles: 5%", "500 or more: 15%". */
export type QuantityDiscount = { from: number; to: number; percent: number };

const RANGE_ROW = /^\s*(?:[-*]\s*)?([\d,]+)\s*(?:to|-|–|through)\s*([\d,]+)\b[^%\n]*?(\d+(?:\.\d+)?)\s*%/gim;
const OPEN_ROW =
  /^\s*(?:[-*]\s*)?([\d,]+)\s*(?:\+|or more|and (?:over|above|up)|or above)[^%\n]*?(\d+(?:\.\d+)?)\s*%/gim;

/**
 * The rows of a quantity discount table in a document's (linearised) text, kept only where the
 * percentage is one the discount policy reads as a volume band: a row's range alone could be a
 * support tier or an uptime table.
 */
export function quantityDiscounts(text: string, bandPercents: readonly number[]): QuantityDiscount[] {
  const rows: QuantityDiscount[] = [];
  const band = new Set(bandPercents);
  for (const m of text.matchAll(RANGE_ROW)) {
    const row = { from: num(m[1]!), to: num(m[2]!), percent: Number(m[3]) };
    if (band.has(row.percent) && row.to >= row.from) rows.push(row);
  }
  for (const m of text.matchAll(OPEN_ROW)) {
    const row = { from: num(m[1]!), to: Number.POSITIVE_INFINITY, percent: Number(m[2]) };
    if (band.has(row.percent)) rows.push(row);
  }
  return rows.filter((r) => Number.isFinite(r.from));
}

/** The band percentages that apply to any of `quantities`. */
export function discountsFor(rows: readonly QuantityDiscount[], quantities: readonly number[]): number[] {
  return [
    ...new Set(rows.filter((r) => quantities.some((q) => q >= r.from && q <= r.to)).map((r) => r.percent)),
  ];
}
