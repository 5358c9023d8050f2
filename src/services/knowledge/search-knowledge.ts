/** `searchKnowledge`: the one way drafts, the copilot, MCP and the CLI find passages of product knowledge to cite. */
import { inArray } from 'drizzle-orm';
import type { KnowledgeChunk } from '../../domain/knowledge/knowledge-chunk.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { inSpan } from '../../telemetry/tracing.ts';
import type { ChunkScope } from './chunk-filter.ts';
import { chunkFromRow } from './chunk-rows.ts';
import type { Embedder } from './embedder.ts';
import { ensureKnowledgeIndexed, type IndexOutcome } from './ensure-knowledge-indexed.ts';
import { rankByFullText } from './full-text-ranking.ts';
import { DEFAULT_KNOWLEDGE_SEARCH_CONFIG, type KnowledgeSearchConfig } from './knowledge-search-config.ts';
import { fuseRankings } from './reciprocal-rank-fusion.ts';
import { rankByVector } from './vector-ranking.ts';

export type SearchOptions = ChunkScope & {
  limit?: number;
  /** With an embedder, chunks are also ranked by meaning and both rankings are fused. */
  embedder?: Embedder | undefined;
  config?: KnowledgeSearchConfig;
  /**
   * The caller keeps the index current itself (the drafting pipeline re-indexes when the documents change), so each
   * search skips the staleness check, which hashes every document.
   */
  indexKeptCurrent?: boolean;
};

export type KnowledgeHit = {
  chunk: KnowledgeChunk;
  /** The fused score (reciprocal rank fusion), comparable only within one search. */
  score: number;
  /** 1-based rank in each ranking that found the chunk. */
  textRank?: number;
  vectorRank?: number;
};

export type KnowledgeSearch = {
  hits: KnowledgeHit[];
  /** `hybrid` when an embedder ranked too; `text` otherwise, including when the embedder failed. */
  ranking: 'text' | 'hybrid';
  /** Why the search fell back to full text alone, for the caller to show or record. */
  notice?: string;
};

export async function searchKnowledge(
  db: Db,
  query: string,
  options: SearchOptions = {},
): Promise<KnowledgeSearch> {
  const config = options.config ?? DEFAULT_KNOWLEDGE_SEARCH_CONFIG;
  const limit = options.limit ?? config.defaultLimit;
  const scope: ChunkScope = { accountId: options.accountId, kinds: options.kinds };
  return inSpan(
    'knowledge.search',
    { 'closeloop.kb.limit': limit, 'closeloop.kb.embedder': options.embedder?.id ?? '' },
    async (span) => {
      const indexed: Pick<IndexOutcome, 'embeddingError'> = options.indexKeptCurrent
        ? {}
        : await ensureKnowledgeIndexed(db, { embedder: options.embedder, config });
      const text = await rankByFullText(db, query, scope, config.candidateDepth);
      let vector: string[] = [];
      let notice = indexed.embeddingError
        ? `embeddings unavailable, ranked by full text only: ${indexed.embeddingError}`
        : undefined;
      if (options.embedder && !notice) {
        try {
          const hits = await rankByVector(db, options.embedder, query, scope, {
            depth: config.candidateDepth,
            minSimilarity: config.minVectorSimilarity,
          });
          vector = hits.map((h) => h.id);
        } catch (error) {
          notice = `embeddings unavailable, ranked by full text only: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
      const fused = fuseRankings([text.map((h) => h.id), vector], config.rrfK).slice(0, limit);
      const rows =
        fused.length === 0
          ? []
          : await db
              .select()
              .from(t.knowledgeChunks)
              .where(
                inArray(
                  t.knowledgeChunks.id,
                  fused.map((f) => f.id),
                ),
              );
      const byId = new Map(rows.map((r) => [r.id, chunkFromRow(r)]));
      const hits = fused.flatMap((f): KnowledgeHit[] => {
        const chunk = byId.get(f.id);
        if (!chunk) return []; // re-indexed between the ranking and this read
        return [
          {
            chunk,
            score: f.score,
            ...(f.ranks[0] !== undefined ? { textRank: f.ranks[0] } : {}),
            ...(f.ranks[1] !== undefined ? { vectorRank: f.ranks[1] } : {}),
          },
        ];
      });
      const ranking = options.embedder && !notice ? 'hybrid' : 'text';
      span.setAttributes({ 'closeloop.kb.hits': hits.length, 'closeloop.kb.ranking': ranking });
      return { hits, ranking, ...(notice ? { notice } : {}) };
    },
  );
}
