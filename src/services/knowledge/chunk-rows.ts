/** Conversions between the domain's knowledge chunks and the rows of `knowledge_chunks`. */
import type { KnowledgeChunk } from '../../domain/knowledge/knowledge-chunk.ts';
import { formatInstant, parseInstant } from '../../store/rows/instant.ts';
import type { knowledgeChunks } from '../../store/schema/knowledge.ts';

export type ChunkRow = typeof knowledgeChunks.$inferSelect;
export type NewChunkRow = typeof knowledgeChunks.$inferInsert;

// Shown between headings in search output and joined into the indexed heading text.
export const HEADING_SEPARATOR = ' › ';

export function chunkToRow(
  chunk: KnowledgeChunk,
  ordinal: number,
  supersededBy: string | undefined,
): NewChunkRow {
  return {
    id: chunk.id,
    documentId: chunk.documentId,
    ordinal,
    documentTitle: chunk.documentTitle,
    kind: chunk.kind,
    headingPath: chunk.headingPath,
    headingText: chunk.headingPath.join(HEADING_SEPARATOR),
    text: chunk.text,
    start: chunk.start,
    end: chunk.end,
    accountId: chunk.accountId ?? null,
    updatedAt: chunk.updatedAt ? parseInstant(chunk.updatedAt) : null,
    supersededBy: supersededBy ?? null,
  };
}

export function chunkFromRow(row: Omit<ChunkRow, 'search'>): KnowledgeChunk {
  return {
    id: row.id,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    kind: row.kind as KnowledgeChunk['kind'],
    headingPath: row.headingPath,
    text: row.text,
    start: row.start,
    end: row.end,
    ...(row.updatedAt ? { updatedAt: formatInstant(row.updatedAt) } : {}),
    ...(row.accountId ? { accountId: row.accountId } : {}),
  };
}
