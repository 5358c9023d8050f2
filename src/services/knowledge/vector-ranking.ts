/** Vector ranking: cosine similarity between the query's embedding and the chunks', in SQL with pgvector or in process. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { cosineSimilarity } from './chunk-embeddings.ts';
import { type ChunkScope, chunkScope } from './chunk-filter.ts';
import type { Embedder } from './embedder.ts';

export type VectorHit = { id: string; similarity: number };

const pgvectorByDb = new WeakMap<Db, Promise<boolean>>();

/**
 * Whether this server can compare vectors in SQL. pgvector is used when installed, or created when the server
 * offers it and our role may; PGlite 0.5 and many servers have neither, and the in-process path serves them.
 */
export function hasPgvector(db: Db): Promise<boolean> {
  let known = pgvectorByDb.get(db);
  if (!known) {
    known = detectPgvector(db);
    pgvectorByDb.set(db, known);
  }
  return known;
}

async function detectPgvector(db: Db): Promise<boolean> {
  try {
    const installed = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'vector'`,
    );
    if (Number(installed[0]?.n) > 0) return true;
    const available = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'vector'`,
    );
    if (Number(available[0]?.n) === 0) return false;
    await db.execute(sql`CREATE EXTENSION IF NOT EXISTS vector`);
    return true;
  } catch {
    return false;
  }
}

export async function rankByVector(
  db: Db,
  embedder: Embedder,
  query: string,
  scope: ChunkScope,
  options: { depth: number; minSimilarity: number },
): Promise<VectorHit[]> {
  const [queryVector] = await embedder.embed([query], 'query');
  if (!queryVector || queryVector.length === 0)
    throw new Error('the embeddings provider returned no vector for the query');
  if (await hasPgvector(db)) {
    try {
      return await rankInSql(db, embedder.id, queryVector, scope, options);
    } catch {
      // A pgvector too old for the cast, or vectors of another size: the in-process path reads them all the same.
      pgvectorByDb.set(db, Promise.resolve(false));
    }
  }
  return rankInProcess(db, embedder.id, queryVector, scope, options);
}

async function rankInSql(
  db: Db,
  model: string,
  vector: readonly number[],
  scope: ChunkScope,
  options: { depth: number; minSimilarity: number },
): Promise<VectorHit[]> {
  const literal = `[${vector.join(',')}]`;
  const rows = await queryRows<{ id: string; similarity: number }>(
    db,
    sql`SELECT c.id, 1 - (e.embedding::vector <=> ${literal}::vector) AS similarity
        FROM knowledge_embeddings e JOIN knowledge_chunks c ON c.id = e.chunk_id
        WHERE e.model = ${model} AND cardinality(e.embedding) = ${vector.length} AND ${chunkScope(scope)}
        ORDER BY e.embedding::vector <=> ${literal}::vector, c.id
        LIMIT ${options.depth}`,
  );
  return rows
    .map((r) => ({ id: r.id, similarity: Number(r.similarity) }))
    .filter((r) => r.similarity >= options.minSimilarity);
}

async function rankInProcess(
  db: Db,
  model: string,
  vector: readonly number[],
  scope: ChunkScope,
  options: { depth: number; minSimilarity: number },
): Promise<VectorHit[]> {
  const rows = await queryRows<{ id: string; embedding: number[] }>(
    db,
    sql`SELECT c.id, e.embedding FROM knowledge_embeddings e JOIN knowledge_chunks c ON c.id = e.chunk_id
        WHERE e.model = ${model} AND ${chunkScope(scope)}`,
  );
  return rows
    .map((r) => ({ id: r.id, similarity: cosineSimilarity(vector, r.embedding.map(Number)) }))
    .filter((r) => !Number.isNaN(r.similarity) && r.similarity >= options.minSimilarity)
    .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
    .slice(0, options.depth);
}
