/** Reads a draft once into clauses, capability terms and figures, which every check then shares. */
import type { GuardDraft } from './guard-schema.ts';
import { isBaseMention, type ProductCatalog, type ProductMention } from './index/product-catalog.ts';
import { type DraftRegions, draftRegions } from './text/draft-regions.ts';
import { extractFigures, type Figure, nonFigureSpans } from './text/figures.ts';
import { tellsBackNote } from './text/reported-notes.ts';
import { type Span, splitClauses, splitSentences } from './text/sentences.ts';
import { matchTerms, type TermMatch } from './vocabulary/lexicon-matcher.ts';

export type DraftField = 'subject' | 'body';

export type DraftClause = Span & {
  field: DraftField;
  sentence: Span;
  /** The clause ends a question ("…, does Thursday work?"). */
  question: boolean;
  /** Its sentence tells back what planted text in the customer's mail asked for, which the draft disowns. */
  reported: boolean;
  terms: TermMatch[];
  figures: Figure[];
  products: ProductMention[];
};

/**
 * The product a statement at `offset` is about: one named right after it ("$65 a seat for Enterprise"),
 * else the nearest one named before it, skipping a tier named only as the base of another
 * ("Enterprise is Pro plus SSO", "everything in Pro, plus…").
 */
export function productAt(
  clause: DraftClause,
  offset: number,
  text: string,
  end = offset,
): ProductMention | undefined {
  const isBase = (p: ProductMention) => isBaseMention(text, p);
  const following = clause.products.find(
    (p) =>
      p.start >= end &&
      !isBase(p) &&
      // "2.75% + 10¢ on Counter": the rest of a two-part rate may stand between.
      /^[\s/\w+¢.%]{0,20}?\b(?:for|on|with|of|in)\s+(?:the\s+)?$/i.test(text.slice(end, p.start)),
  );
  if (following) return following;
  const before = clause.products.filter((p) => p.start < offset);
  return (
    [...before].reverse().find((p) => !isBase(p)) ?? before[0] ?? clause.products.find((p) => !isBase(p))
  );
}

export type DraftAnalysis = {
  draft: GuardDraft;
  regions: DraftRegions;
  /** Clauses of what the author wrote: subject and body up to the sign-off. */
  clauses: DraftClause[];
  /** Every sentence that will be sent, quoted mail included (marked): what confidentiality reads. */
  sentences: (Span & { field: DraftField; quoted: boolean; reported: boolean })[];
};

function fieldClauses(field: DraftField, text: string, end: number, catalog: ProductCatalog): DraftClause[] {
  const scope = text.slice(0, end);
  const terms = matchTerms(scope);
  const masked = [...nonFigureSpans(scope), ...terms.filter((t) => /\d/.test(t.text))];
  const figures = extractFigures(scope, masked, catalog.metered);
  // A product name inside a longer term is no product: "Business Associate Agreement".
  const products = catalog
    .mentions(scope)
    .filter(
      (p) => !terms.some((t) => t.start < p.end && t.end > p.start && t.end - t.start > p.end - p.start),
    );
  const clauses: DraftClause[] = [];
  const told = toldBack(scope);
  for (const sentence of splitSentences(text, 0, end)) {
    const parts = splitClauses(sentence);
    const reported = tellsBackNote(sentence.text, scope);
    parts.forEach((part, i) => {
      const inside = <T extends { start: number }>(x: T) => x.start >= part.start && x.start < part.end;
      const theirs = told.some((q) => part.start >= q.start && part.end <= q.end);
      clauses.push({
        ...part,
        field,
        sentence,
        question:
          part.text.endsWith('?') || (i === parts.length - 1 && sentence.text.trimEnd().endsWith('?')),
        reported: reported || theirs,
        terms: terms.filter(inside),
        figures: figures.filter(inside),
        products: products.filter(inside),
      });
    });
  }
  return clauses;
}

// "You asked "Where is US data hosted, … and FedRAMP?"": the customer's words told back, quote marks and all.
const TOLD_BACK = /\byou\s+(?:asked|wrote|said|mentioned)\b[^"“\n]{0,20}["“]([^"”\n]{1,400})["”]/gi;

/** The spans of the customer's own words a draft quotes back to them, closing mark included. */
function toldBack(text: string): { start: number; end: number }[] {
  return [...text.matchAll(TOLD_BACK)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length - 1;
    return { start, end: m.index + m[0].length };
  });
}

/** The body with the sign-off blanked (offsets kept) where a P.S. follows it, so the P.S. is read too. */
function authoredBody(body: string, regions: DraftRegions): string {
  const ps = regions.postscriptStart;
  if (ps === undefined) return body;
  return (
    body.slice(0, regions.signOffStart) +
    body.slice(regions.signOffStart, ps).replace(/[^\n]/g, ' ') +
    body.slice(ps)
  );
}

const authoredEnd = (regions: DraftRegions) =>
  regions.postscriptStart === undefined ? regions.signOffStart : regions.quoteStart;

export function analyzeDraft(draft: GuardDraft, catalog: ProductCatalog): DraftAnalysis {
  const regions = draftRegions(draft.body);
  return {
    draft,
    regions,
    clauses: [
      ...fieldClauses('subject', draft.subject, draft.subject.length, catalog),
      ...fieldClauses('body', authoredBody(draft.body, regions), authoredEnd(regions), catalog),
    ],
    sentences: [
      ...splitSentences(draft.subject).map((s) => ({
        ...s,
        field: 'subject' as const,
        quoted: false,
        reported: false,
      })),
      ...splitSentences(draft.body).map((s) => ({
        ...s,
        field: 'body' as const,
        quoted: s.start >= regions.quoteStart,
        reported: tellsBackNote(s.text, draft.body.slice(0, regions.signOffStart)),
      })),
    ],
  };
}
