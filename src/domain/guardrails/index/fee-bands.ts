/**
 * Fees priced by a band of some count: "| Patient records | Fee |" over "| Up to 20,000 | NZD 1,500 |",
 * "| 20,001 to 75,000 | NZD 3,900 |". Each row is read into a typed band, so a draft's fee can be held
 * to the band its own count falls in.
 */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { extractFigures } from '../text/figures.ts';

export type FeeBand = {
  /** Inclusive bounds of the count; `to` is Infinity for an open top band. */
  from: number;
  to: number;
  amount: number;
  currency: string | undefined;
  /** Stems of what is counted, from the first column's heading ("Patient records": patient, record). */
  nouns: ReadonlySet<string>;
  /** The row as written, to show the band a count falls in. */
  row: string;
  citation: GuardCitation;
};

const ROW = /^[ \t]*\|(.*)\|[ \t]*$/;
const RULE = /^[\s|:-]+$/;
const cellsOf = (line: string) => (ROW.exec(line)?.[1] ?? '').split('|').map((c) => c.trim());
const count = (s: string) => Number(s.replace(/,/g, ''));
const N = String.raw`(\d[\d,]*)`;

/** "Up to 20,000", "20,001 to 75,000", "More than 75,000", "500+": the counts a row's first cell covers. */
export function bandRange(cell: string): { from: number; to: number } | undefined {
  const text = cell.trim();
  let m = new RegExp(String.raw`^up to\s+${N}$`, 'i').exec(text);
  if (m) return { from: 0, to: count(m[1]!) };
  m = new RegExp(String.raw`^(?:under|below|fewer than|less than)\s+${N}$`, 'i').exec(text);
  if (m) return { from: 0, to: count(m[1]!) - 1 };
  m = new RegExp(String.raw`^${N}\s*(?:to|-|–|through)\s*${N}$`, 'i').exec(text);
  if (m) return { from: count(m[1]!), to: count(m[2]!) };
  m = new RegExp(String.raw`^(?:more than|over|above)\s+${N}$`, 'i').exec(text);
  if (m) return { from: count(m[1]!) + 1, to: Number.POSITIVE_INFINITY };
  m = new RegExp(String.raw`^${N}\s*(?:\+|or more|and (?:over|above|up))$`, 'i').exec(text);
  if (m) return { from: count(m[1]!), to: Number.POSITIVE_INFINITY };
  return undefined;
}

// "each band's rate applies only to the labels inside that band": a graduated scale, where every
// band's rate is charged on the way up, so a count is priced by several rows, not held to one.
const GRADUATED =
  /\b(?:graduated|marginal|incremental)\b|\beach (?:band|tier)(?:['’]s)? (?:rate|price)s? (?:applies|apply) only\b|\b(?:inside|within) (?:that|its|each) (?:band|tier)\b/i;

/** Every fee band in a document's markdown tables whose first column is a range of counts. */
export function readFeeBands(text: string, citationOf: (row: string) => GuardCitation): FeeBand[] {
  if (GRADUATED.test(text)) return [];
  const bands: FeeBand[] = [];
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!ROW.test(lines[i]!) || !RULE.test(lines[i + 1]!)) continue;
    const nouns = new Set(stems(cellsOf(lines[i]!)[0] ?? '').filter((w) => !STOPWORDS.has(w)));
    for (i += 2; i < lines.length && ROW.test(lines[i]!); i++) {
      const [first = '', ...rest] = cellsOf(lines[i]!);
      const range = bandRange(first);
      if (!range || nouns.size === 0) continue;
      for (const f of extractFigures(rest.join(' | ')))
        if (f.type === 'money')
          bands.push({
            ...range,
            amount: f.value,
            currency: f.currency,
            nouns,
            row: `${first}: ${f.text}`,
            citation: citationOf(lines[i]!),
          });
    }
  }
  return bands;
}
