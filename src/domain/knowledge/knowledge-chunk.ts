/** A passage of a knowledge document, the unit that drafts cite and the guardrails accept as support. */
import { z } from 'zod';
import { documentKinds, entityId, isoDateTime } from '../workspace/workspace-schema.ts';

export const KnowledgeChunk = z.object({
  /** `<documentId>#<n>`, n counting from 1 in document order: stable while the document is unchanged. */
  id: z.string().min(1),
  documentId: entityId,
  documentTitle: z.string(),
  kind: z.enum(documentKinds),
  /** The Markdown headings above the passage, outermost first: `["Pricing 2026", "Discounts"]`. */
  headingPath: z.array(z.string()),
  text: z.string(),
  /** Offsets of `text` in the document body, so a citation can point at the exact words. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  updatedAt: isoDateTime.optional(),
  /** Set when the document belongs to one account (a contract): it supports only that account's deals. */
  accountId: entityId.optional(),
});

export type KnowledgeChunk = z.infer<typeof KnowledgeChunk>;

export function chunkId(documentId: string, ordinal: number): string {
  return `${documentId}#${ordinal}`;
}
