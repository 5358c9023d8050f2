/** Wording and whole documents meant for the sales team: what must not reach a customer. */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';

// Wording meant for the sales team inside a public document: approval rules, floors, margins.
// ("approval workflows" is a product feature, so approval counts only as someone's approval; "priced
// by the deal desk" tells the customer who prices a custom option, which is no rule for reps; "internal
// comments" and "confidential data" are product words, not a note to the sales team.)
export const INTERNAL =
  /\b(?:reps?|sales reps?|account executives?|sales manager|manager's approval|(?:without|requires?|needs?|with) (?:\w+ ){0,2}approval|price floors?|floor price|walk[\s-]?away|margins?|internal(?:ly)? (?:only|use|policy|pricing|guidance|approval)|for internal use|do not share|don't share|not for (?:external|customer)|strictly confidential|confidential:|discount authority|escalat\w*|never offer|never quote)\b/i;
// A whole document meant for the sales team: a battlecard, or one marked internal.
const INTERNAL_DOCUMENT =
  /\binternal\b|\bconfidential\b|do not (?:share|forward|send)|never (?:quote|forward|share|send)|not for (?:external|customer)/i;

/** Whether nothing in this chunk's document may reach a customer or back a claim. */
export function isInternalDocument(chunk: Pick<KnowledgeChunk, 'kind' | 'documentTitle' | 'headingPath'>) {
  return (
    chunk.kind === 'battlecard' ||
    INTERNAL_DOCUMENT.test(`${chunk.documentTitle} ${chunk.headingPath[0] ?? ''}`)
  );
}
