/** Embeddings of current chunks, made on demand and kept per model; stale ones (changed words) are made again. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import * as t from '../../store/schema/index.ts';
import { HEADING_SEPARATOR } from './chunk-rows.ts';
import type { Embedder } from './embedder.ts';
import type { KnowledgeSearchConfig } from './knowledge-search-config.ts';

const embeddedText = sql`c.document_title || chr(31) || c.heading_text || chr(31) || c.text`;

/** What a chunk is embedded as: where it sits (title and headings) carries as much meaning as its words. */
export function embeddingInput(chunk: { documentTitle: string; headingText: string; text: string }): string {
  const place = [chunk.documentTitle, chunk.headingText].filter((s) => s !== '').join(HEADING_SEPARATOR);
  return `${place}\n\n${chunk.text}`;
}

export async function embedMissingChunks(
  db: Db,
  embedder: Embedder,
  config: KnowledgeSearchConfig,
): Promise<number> {
  const missing = await queryRows<{
    id: string;
    documentTitle: string;
    headingText: string;
    text: string;
    hash: string;
  }>(
    db,
    sql`SELECT c.id, c.document_title AS "documentTitle", c.heading_text AS "headingText", c.text, md5(${embeddedText}) AS hash
        FROM knowledge_chunks c
        LEFT JOIN knowledge_embeddings e ON e.chunk_id = c.id AND e.model = ${embedder.id}
        WHERE c.superseded_by IS NULL AND (e.chunk_id IS NULL OR e.content_hash <> md5(${embeddedText}))
        ORDER BY c.id`,
  );
  let embedded = 0;
  for (let i = 0; i < missing.length; i += config.embedBatchSize) {
    const batch = missing.slice(i, i + config.embedBatchSize);
    const vectors = await embedder.embed(batch.map(embeddingInput), 'document');
    if (vectors.length !== batch.length) {
      throw new Error(
        `the embeddings provider returned ${vectors.length} vectors for ${batch.length} passages`,
      );
    }
    await db
      .insert(t.knowledgeEmbeddings)
      .values(
        batch.map((c, j) => ({
          chunkId: c.id,
          model: embedder.id,
          contentHash: c.hash,
          embedding: vectors[j]!,
        })),
      )
      .onConflictDoUpdate({
        target: [t.knowledgeEmbeddings.chunkId, t.knowledgeEmbeddings.model],
        set: {
          contentHash: sql`excluded.content_hash`,
          embedding: sql`excluded.embedding`,
          createdAt: sql`now()`,
        },
      });
    embedded += batch.length;
  }
  return embedded;
}

export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return Number.NaN;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
