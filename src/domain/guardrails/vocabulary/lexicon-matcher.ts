/** Finds capability terms in text with one pass per case mode: the vocabulary compiled once, reused for every draft. */
import { CAPABILITY_TERMS, type CapabilityTerm } from './capability-lexicon.ts';

export type TermMatch = { term: CapabilityTerm; start: number; end: number; text: string };

type Compiled = { pattern: RegExp; terms: CapabilityTerm[] };

function compile(terms: CapabilityTerm[], flags: string): Compiled {
  // Longer patterns first, so "SOC 2 Type II" wins over "SOC 2" at the same position.
  const ordered = [...terms].sort((a, b) => b.pattern.length - a.pattern.length);
  const source = ordered.map((t) => `(${t.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|');
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags), terms: ordered };
}

const insensitive = compile(
  CAPABILITY_TERMS.filter((t) => !t.caseSensitive),
  'giu',
);
const sensitive = compile(
  CAPABILITY_TERMS.filter((t) => t.caseSensitive),
  'gu',
);

function run(compiled: Compiled, text: string, into: TermMatch[]) {
  compiled.pattern.lastIndex = 0;
  for (let m = compiled.pattern.exec(text); m; m = compiled.pattern.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const term = compiled.terms[group - 1];
    if (term) into.push({ term, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
}

/** Every capability term in the text; where two overlap, the longer one. */
export function matchTerms(text: string): TermMatch[] {
  const all: TermMatch[] = [];
  run(insensitive, text, all);
  run(sensitive, text, all);
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TermMatch[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

/**
 * Every capability term in the text, and the terms inside a longer one: "waive the onboarding fee"
 * states a waiver and that there is an onboarding fee. For reading documents, where every term a
 * sentence states is a fact; a draft's claims are read whole (`matchTerms`).
 */
export function matchTermsNested(text: string): TermMatch[] {
  const found = matchTerms(text);
  const nested: TermMatch[] = [];
  for (const m of found) {
    const from = text.slice(m.start, m.end).search(/\s\S/);
    if (from < 0) continue;
    const at = m.start + from + 1;
    for (const inner of matchTermsNested(text.slice(at, m.end)))
      nested.push({ ...inner, start: inner.start + at, end: inner.end + at });
  }
  return nested.length === 0 ? found : [...found, ...nested].sort((a, b) => a.start - b.start);
}
