/** Documents that say they may go to customers: their wording, rules for reps included, is no secret. */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';

// "This page can be shared with customers", "customer-facing": the author cleared the whole page.
const SHAREABLE =
  /\b(?:(?:can|may) be (?:shared|sent|forwarded|given) (?:with|to) (?:customers|prospects|clients|buyers)|customer[\s-]facing|safe to share|shareable with customers|for (?:external|customer) use)\b/i;
// A page that also says it must not leave the company is not cleared, whatever else it says.
const RESTRICTED =
  /\b(?:internal only|do not (?:share|forward|send)|not for (?:external|customer)|confidential)\b/i;

/** The ids of the documents one of whose passages clears the page for customers. */
export function shareableDocuments(chunks: readonly KnowledgeChunk[]): Set<string> {
  const cleared = new Set<string>();
  const restricted = new Set<string>();
  for (const chunk of chunks) {
    if (SHAREABLE.test(chunk.text)) cleared.add(chunk.documentId);
    if (RESTRICTED.test(`${chunk.documentTitle} ${chunk.text}`)) restricted.add(chunk.documentId);
  }
  return new Set([...cleared].filter((id) => !restricted.has(id)));
}
