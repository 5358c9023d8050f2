/** The knowledge base of a workspace: every document chunked, with superseded documents set aside. */
import type { KnowledgeDocument } from '../workspace/workspace-schema.ts';
import { findSupersededDocuments } from './document-supersession.ts';
import type { KnowledgeChunk } from './knowledge-chunk.ts';
import { DEFAULT_KNOWLEDGE_CONFIG } from './knowledge-config.ts';
import { chunkDocument } from './markdown-chunker.ts';

export type KnowledgeBase = {
  /** Every chunk of every document, superseded ones included (for audits and "why not" answers). */
  chunks: readonly KnowledgeChunk[];
  /** Chunks of documents no newer document replaces: the only ones that may support or be cited. */
  active: readonly KnowledgeChunk[];
  /** Superseded document id → the id of the document that replaces it. */
  supersededBy: ReadonlyMap<string, string>;
  chunkById: ReadonlyMap<string, KnowledgeChunk>;
};

export function buildKnowledgeBase(
  documents: readonly KnowledgeDocument[],
  maxChunkChars = DEFAULT_KNOWLEDGE_CONFIG.maxChunkChars,
): KnowledgeBase {
  const supersededBy = findSupersededDocuments(documents);
  const chunks = documents.flatMap((doc) => chunkDocument(doc, maxChunkChars));
  return {
    chunks,
    active: chunks.filter((c) => !supersededBy.has(c.documentId)),
    supersededBy,
    chunkById: new Map(chunks.map((c) => [c.id, c])),
  };
}

/** Whether a chunk may back a statement in a deal of this account: current, and not another account's. */
export function isUsableFor(
  kb: KnowledgeBase,
  chunk: KnowledgeChunk,
  accountId: string | undefined,
): boolean {
  if (kb.supersededBy.has(chunk.documentId)) return false;
  return chunk.accountId === undefined || chunk.accountId === accountId;
}
