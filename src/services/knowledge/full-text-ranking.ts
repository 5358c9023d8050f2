/** Full-text ranking in PostgreSQL: any query word may match, and chunks matching more of them, closer, rank higher. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { type ChunkScope, chunkScope } from './chunk-filter.ts';

export type TextHit = { id: string; rank: number };

/**
 * `websearch_to_tsquery` joins words with AND, so a question ("does single sign-on work with Okta?") finds
 * nothing unless one passage holds every word. The query's lexemes are ORed instead (stemmed and stop-worded by
 * the same 'english' configuration as the index), and `ts_rank_cd` rewards passages that hold more of them, close
 * together; normalisation 1 divides by the log of the passage length so long passages do not win by bulk.
 */
const orQuery = (text: string) =>
  sql`nullif(array_to_string(array(SELECT quote_literal(l) FROM unnest(tsvector_to_array(to_tsvector('english', ${text}))) AS l), ' | '), '')::tsquery`;

export async function rankByFullText(
  db: Db,
  query: string,
  scope: ChunkScope,
  depth: number,
): Promise<TextHit[]> {
  const rows = await queryRows<{ id: string; rank: number }>(
    db,
    sql`WITH q AS (SELECT ${orQuery(query)} AS query)
        SELECT c.id, ts_rank_cd(c.search, q.query, 1) AS rank
        FROM knowledge_chunks c, q
        WHERE c.search @@ q.query AND ${chunkScope(scope)}
        ORDER BY rank DESC, c.id
        LIMIT ${depth}`,
  );
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}
