/** Decides which documents a newer one of the same kind and subject replaces ("Pricing 2025" by "Pricing 2026"). */
import type { KnowledgeDocument } from '../workspace/workspace-schema.ts';
import { stem } from './text-tokens.ts';

// Words that date or version a title without changing what it is about.
const EDITION_WORDS = new Set(
  (
    'new old current latest updated update revised revision rev draft final edition version effective ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec and of the for a an'
  ).split(' '),
);

/** The subject of a title: its meaningful words without years, quarters or version marks. */
export function subjectKey(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\b(fy|q[1-4]|h[12])\s?\d{0,4}\b/g, ' ')
    .replace(/\bv(ersion)?\s?\d+(\.\d+)*\b/g, ' ')
    .replace(/\b\d+(\.\d+)*\b/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !EDITION_WORDS.has(w))
    .map(stem);
  return [...new Set(words)].sort().join(' ');
}

function firstHeading(body: string): string | undefined {
  return /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
}

/** A document's subject keys: its title's, and its first heading's (titles are often longer). */
function subjectsOf(doc: KnowledgeDocument): { title: string; heading: string | undefined } {
  const heading = firstHeading(doc.body);
  const headingKey = heading ? subjectKey(heading) : '';
  return { title: subjectKey(doc.title), heading: headingKey === '' ? undefined : headingKey };
}

function latestYear(doc: KnowledgeDocument): number | undefined {
  const years = `${doc.title} ${firstHeading(doc.body) ?? ''}`.match(/\b(19|20)\d{2}\b/g);
  return years ? Math.max(...years.map(Number)) : undefined;
}

/** Positive when `a` is newer than `b`; zero when it cannot be told. */
function compareRecency(a: KnowledgeDocument, b: KnowledgeDocument): number {
  if (a.updatedAt && b.updatedAt) {
    const diff = Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
    if (diff !== 0) return diff;
  }
  const ya = latestYear(a);
  const yb = latestYear(b);
  return ya !== undefined && yb !== undefined ? ya - yb : 0;
}

function contains(outer: string, inner: string): boolean {
  const words = new Set(outer.split(' '));
  return inner.split(' ').every((w) => words.has(w));
}

/**
 * Same subject: the titles' keys are equal, or one title's key equals the other's first heading
 * (two generic headings such as "Security" alone say nothing). A price list is one per seller, so
 * for pricing documents one key containing the other is enough ("Pricing", "Pricing and discounts").
 */
export function sameSubject(a: KnowledgeDocument, b: KnowledgeDocument): boolean {
  if (a.kind !== b.kind || (a.accountId ?? '') !== (b.accountId ?? '')) return false;
  const sa = subjectsOf(a);
  const sb = subjectsOf(b);
  const pairs: [string, string | undefined][] = [
    [sa.title, sb.title],
    [sa.title, sb.heading],
    [sb.title, sa.heading],
  ];
  return pairs.some(([x, y]) => {
    if (x === '' || y === undefined || y === '') return false;
    return x === y || (a.kind === 'pricing' && (contains(x, y) || contains(y, x)));
  });
}

/** Maps each superseded document id to the id of the newest document of the same kind and subject. */
export function findSupersededDocuments(documents: readonly KnowledgeDocument[]): Map<string, string> {
  const superseded = new Map<string, string>();
  for (const doc of documents) {
    let newest: KnowledgeDocument | undefined;
    for (const other of documents) {
      if (other === doc || !sameSubject(doc, other) || compareRecency(other, doc) <= 0) continue;
      if (!newest || compareRecency(other, newest) > 0) newest = other;
    }
    if (newest) superseded.set(doc.id, newest.id);
  }
  return superseded;
}
