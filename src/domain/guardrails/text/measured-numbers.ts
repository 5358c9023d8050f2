/**
 * Every number a sentence gives of some quantity (a period, a percentage or a plain count), with its
 * offsets: "Team keeps 2 years of history", "99.95% uptime", "Team: Help centres: 3".
 */
import { durationInDays } from '../index/durations.ts';
import { extractFigures, nonFigureSpans } from './figures.ts';
import { NUMBER, parseNumber } from './number-words.ts';

/** Periods compare in days; a percentage and a plain count never compare with each other. */
export type MeasureKind = 'duration' | 'percent' | 'number';
export type MeasuredNumber = { kind: MeasureKind; value: number; start: number; end: number };

const PLAIN = new RegExp(String.raw`(?<![\w.,$€£/:-])(?:${NUMBER})(?![\w%$€£/]|[.,:]\d|\s*%)`, 'gi');
// "one of", "a single", "one place": a word that counts nothing worth comparing.
const NOT_A_COUNT = /^(?:an?|one|single|half|couple|zero)$/i;
// "SOC 2", "Type II", "TLS 1.2", "AES-256", "24/7": names with digits in them, not quantities.
const NAMED_NUMBER = /\b(?:SOC|ISO|TLS|AES|SHA|HTTP|Type|Tier|Level|Step|Version|v)\s*[-\s]?$/i;

/** Numbers stated as a quantity, skipping money, dates, years, names and list numbering. */
export function measuredNumbers(text: string, metered?: RegExp): MeasuredNumber[] {
  const masked = nonFigureSpans(text);
  const figures = extractFigures(text, masked, metered);
  const found: MeasuredNumber[] = [];
  for (const f of figures) {
    if (f.type === 'duration')
      found.push({ kind: 'duration', value: durationInDays(f.value, f.unit), start: f.start, end: f.end });
    else if (f.type === 'percent')
      found.push({ kind: 'percent', value: f.value, start: f.start, end: f.end });
  }
  const taken = [...masked, ...figures.filter((f) => f.type !== 'count')];
  const inside = (at: number) => taken.some((s) => at >= s.start && at < s.end);
  for (const m of text.matchAll(PLAIN)) {
    if (inside(m.index) || NOT_A_COUNT.test(m[0]) || /^(?:19|20)\d{2}$/.test(m[0])) continue;
    if (NAMED_NUMBER.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const value = parseNumber(m[0]);
    if (value !== undefined)
      found.push({ kind: 'number', value, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
