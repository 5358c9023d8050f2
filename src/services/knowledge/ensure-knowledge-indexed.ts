/**
 * Keeps the chunk index in step with the `documents` table whoever wrote it (an import, `kb add`, a future sync):
 * documents whose content hash changed are re-chunked, supersession is recomputed, and missing embeddings are made.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { findSupersededDocuments } from '../../domain/knowledge/document-supersession.ts';
import { chunkDocument } from '../../domain/knowledge/markdown-chunker.ts';
import type { KnowledgeDocument } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { documentFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { embedMissingChunks } from './chunk-embeddings.ts';
import { chunkToRow } from './chunk-rows.ts';
import type { Embedder } from './embedder.ts';
import { DEFAULT_KNOWLEDGE_SEARCH_CONFIG, type KnowledgeSearchConfig } from './knowledge-search-config.ts';

// Bump when the chunker's output changes, so every document is chunked again on the next search.
const INDEX_VERSION = 'chunks-v1';

// Any number shared by every closeloop process: two searches that find the index stale re-chunk it once.
const INDEX_LOCK_KEY = 7_140_222;

const documentHash = sql`md5(${INDEX_VERSION} || chr(31) || d.title || chr(31) || d.kind || chr(31) || d.body || chr(31) || coalesce(d.account_id, '') || chr(31) || coalesce(extract(epoch from d.updated_at)::text, ''))`;

const staleDocuments = sql`
  SELECT coalesce(d.id, s.document_id) AS id, ${documentHash} AS hash
  FROM documents d FULL JOIN knowledge_index_state s ON s.document_id = d.id
  WHERE d.id IS NULL OR s.document_id IS NULL OR s.content_hash <> ${documentHash}`;

export type IndexOutcome = {
  /** Documents chunked again (new or changed) and documents whose chunks were dropped (deleted). */
  rechunked: string[];
  removed: string[];
  /** Chunks that got a new embedding. */
  embedded: number;
  /** Why embeddings could not be made; full-text search still works. */
  embeddingError?: string;
};

export async function ensureKnowledgeIndexed(
  db: Db,
  options: { embedder?: Embedder | undefined; config?: KnowledgeSearchConfig } = {},
): Promise<IndexOutcome> {
  const outcome: IndexOutcome = { rechunked: [], removed: [], embedded: 0 };
  // The common case, an unchanged knowledge base, costs this one query.
  if ((await queryRows<{ id: string }>(db, staleDocuments)).length > 0) {
    Object.assign(outcome, await reindex(db));
  }
  if (options.embedder) {
    try {
      outcome.embedded = await embedMissingChunks(
        db,
        options.embedder,
        options.config ?? DEFAULT_KNOWLEDGE_SEARCH_CONFIG,
      );
    } catch (error) {
      outcome.embeddingError = error instanceof Error ? error.message : String(error);
    }
  }
  return outcome;
}

async function reindex(db: Db): Promise<{ rechunked: string[]; removed: string[] }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${INDEX_LOCK_KEY})`);
    // Another process may have done the work while this one waited for the lock.
    const stale = await queryRows<{ id: string; hash: string | null }>(tx, staleDocuments);
    if (stale.length === 0) return { rechunked: [], removed: [] };

    const documents = (await tx.select().from(t.documents)).map(documentFromRow);
    const byId = new Map(documents.map((d) => [d.id, d]));
    const staleIds = stale.map((s) => s.id);
    const changed = stale.filter((s) => byId.has(s.id));
    const removed = staleIds.filter((id) => !byId.has(id));

    await tx.delete(t.knowledgeChunks).where(inArray(t.knowledgeChunks.documentId, staleIds));
    await tx.delete(t.knowledgeIndexState).where(inArray(t.knowledgeIndexState.documentId, staleIds));

    const supersededBy = findSupersededDocuments(documents);
    for (const { id, hash } of changed) {
      const document = byId.get(id) as KnowledgeDocument;
      const rows = chunkDocument(document).map((c, i) => chunkToRow(c, i + 1, supersededBy.get(id)));
      if (rows.length > 0) await tx.insert(t.knowledgeChunks).values(rows);
      await tx
        .insert(t.knowledgeIndexState)
        .values({ documentId: id, contentHash: hash ?? '', chunks: rows.length });
    }

    // A new or changed document can retire an older one, or give back one it used to retire: recompute for all.
    await tx
      .update(t.knowledgeChunks)
      .set({ supersededBy: null })
      .where(sql`${t.knowledgeChunks.supersededBy} IS NOT NULL`);
    for (const [old, newer] of supersededBy) {
      await tx
        .update(t.knowledgeChunks)
        .set({ supersededBy: newer })
        .where(eq(t.knowledgeChunks.documentId, old));
    }
    await tx.execute(
      sql`DELETE FROM knowledge_embeddings e WHERE NOT EXISTS (SELECT 1 FROM knowledge_chunks c WHERE c.id = e.chunk_id)`,
    );
    return { rechunked: changed.map((c) => c.id), removed };
  });
}
