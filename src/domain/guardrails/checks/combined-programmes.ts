/**
 * "You can have the seasonal pause and the 36-month discount together" where the programmes page says
 * programmes never combine: two of its programmes said to apply at once, named by their own words
 * rather than their percentages (a programme may have none, like a pause priced per head).
 */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import { ONE_OF_THEM } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { blankOut } from '../text/blank-out.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';

const TOGETHER = /\b(?:together|both|combined?|combining|on top of|as well as|stack(?:ed|s|ing)?)\b/i;

const documentOf = (chunkId: string) => chunkId.replace(/#\d+$/, '');

/**
 * Each section of the page holding the no-combining rule, by the words no other section of it uses
 * (its heading's included): "pause" and "seasonal" for the seasonal programme. The section stating the
 * rule speaks of every programme, so it names none.
 */
function programmeSections(deal: DealContext, ruleChunk: string): Map<string, Set<string>> {
  const page = documentOf(ruleChunk);
  const words = new Map<string, Set<string>>();
  for (const s of deal.facts.sentenceStems) {
    const id = s.citation.id;
    if (s.citation.source !== 'chunk' || documentOf(id) !== page || id === ruleChunk) continue;
    const own = words.get(id) ?? new Set<string>();
    for (const w of s.stems) if (w.length > 3 && !GENERIC_STEMS.has(w) && !/\d/.test(w)) own.add(w);
    words.set(id, own);
  }
  const shared = (id: string, w: string) => [...words].some(([other, ws]) => other !== id && ws.has(w));
  return new Map([...words].map(([id, ws]) => [id, new Set([...ws].filter((w) => !shared(id, w)))] as const));
}

/** The sections a sentence names: by their own words, or a term one of their programmes requires. */
function sectionsNamed(deal: DealContext, sections: Map<string, Set<string>>, clauses: DraftClause[]) {
  const { sentence } = clauses[0]!;
  // A plan a programme's section mentions ("the trial, with Sentinel features") names no programme.
  const said = new Set(
    stems(
      blankOut(
        sentence.text,
        clauses.flatMap((c) => c.products),
        sentence.start,
      ),
    ),
  );
  const named = new Set([...sections].filter(([, ws]) => [...ws].some((w) => said.has(w))).map(([id]) => id));
  const terms = clauses.flatMap((c) =>
    c.figures.flatMap((f) => (f.type === 'duration' ? [durationInDays(f.value, f.unit)] : [])),
  );
  for (const p of deal.facts.discounts.programmes)
    if (p.durationDays !== undefined && terms.some((d) => sameDuration(d, p.durationDays!)))
      named.add(p.citation.id);
  return [...named].filter((id) => sections.has(id));
}

export function combinedProgrammes(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const rule = deal.facts.discounts.noStacking;
  if (rule?.source !== 'chunk') return [];
  const sections = programmeSections(deal, rule.id);
  if (sections.size < 2) return [];
  const bySentence = new Map<string, DraftClause[]>();
  for (const c of analysis.clauses) {
    const key = `${c.field}:${c.sentence.start}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
  }
  const findings: GuardFinding[] = [];
  for (const clauses of bySentence.values()) {
    const { sentence, field } = clauses[0]!;
    const together = TOGETHER.exec(sentence.text);
    if (!together || clauses.some((c) => c.question) || isHedged(sentence.text)) continue;
    if (ONE_OF_THEM.test(sentence.text)) continue;
    if (isNegatedAt(sentence.text, together.index, together.index + together[0].length)) continue;
    if (sectionsNamed(deal, sections, clauses).length < 2) continue;
    findings.push(
      finding(
        'discount',
        'block',
        { field, start: sentence.start, end: sentence.end, text: sentence.text },
        'stacked',
        'says two programmes apply together; the documents say programmes are never combined',
        rule,
      ),
    );
  }
  return findings;
}
