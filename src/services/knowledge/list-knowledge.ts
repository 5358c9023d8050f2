/** `closeloop kb list`: every document in the knowledge base, its chunks, where it came from and what replaced it. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import type { Embedder } from './embedder.ts';
import { ensureKnowledgeIndexed } from './ensure-knowledge-indexed.ts';

export type KnowledgeDocumentSummary = {
  id: string;
  title: string;
  kind: string;
  accountId: string | null;
  updatedAt: string | null;
  chunks: number;
  /** The document that replaces this one; its chunks are never shown or cited. */
  supersededBy: string | null;
  /** The file it was added from, for documents added with `kb add`. */
  source: string | null;
};

export async function listKnowledge(
  db: Db,
  options: { embedder?: Embedder | undefined } = {},
): Promise<KnowledgeDocumentSummary[]> {
  await ensureKnowledgeIndexed(db, options);
  const rows = await queryRows<KnowledgeDocumentSummary>(
    db,
    sql`SELECT d.id, d.title, d.kind, d.account_id AS "accountId",
               to_char(d.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
               coalesce(s.chunks, 0)::int AS chunks,
               (SELECT c.superseded_by FROM knowledge_chunks c WHERE c.document_id = d.id LIMIT 1) AS "supersededBy",
               src.path AS source
        FROM documents d
        LEFT JOIN knowledge_index_state s ON s.document_id = d.id
        LEFT JOIN knowledge_sources src ON src.document_id = d.id
        ORDER BY d.kind, d.title, d.id`,
  );
  return rows.map((r) => ({ ...r, chunks: Number(r.chunks) }));
}
