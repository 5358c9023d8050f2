/** Numbered classes ("Priority 1", "Sev-2", "Tier 3") that tell otherwise alike quantities apart. */
import type { DraftClause } from '../analyze-draft.ts';
import { type Measure, numberedClasses } from '../index/measures.ts';

// Measure words never hold digits, save a numbered class's: "priority1" is the family and its number.
const CLASS_STEM = /^([a-z]+)(\d)$/;

/** A quantity of another numbered class than the sentence's ("Priority 2" where it speaks of Priority 1). */
export function otherClass(m: Measure, near: ReadonlySet<string>): boolean {
  const families = (words: Iterable<string>) =>
    [...words].flatMap((w) => {
      const c = CLASS_STEM.exec(w);
      return c ? [{ word: w, family: c[1]! }] : [];
    });
  const spoken = families(near);
  return families(m.stems).some(
    (c) => spoken.some((s) => s.family === c.family) && !spoken.some((s) => s.word === c.word),
  );
}

/**
 * "Priority 1 incidents are covered 24/7, and we respond within 4 hours": a clause naming no numbered
 * class speaks of the last one an earlier clause of its sentence named, as it does of a plan.
 */
export function classCarriedOver(clause: DraftClause): string | undefined {
  if (numberedClasses(clause.text).length > 0) return undefined;
  const earlier = clause.sentence.text.slice(0, Math.max(0, clause.start - clause.sentence.start));
  return numberedClasses(earlier).at(-1)?.stem;
}
