/** An in-memory BM25 ranker over chunk text and heading path, for the file-based path (no database). */

import type { KnowledgeChunk } from './knowledge-chunk.ts';
import { DEFAULT_KNOWLEDGE_CONFIG, type KnowledgeConfig } from './knowledge-config.ts';
import { STOPWORDS, stems } from './text-tokens.ts';

export type RankedChunk = { chunk: KnowledgeChunk; score: number };

export type RankOptions = {
  limit?: number;
  /** Keeps only chunks that pass, e.g. usable for one account, or of one kind. */
  filter?: (chunk: KnowledgeChunk) => boolean;
};

export type ChunkRanker = { rank(query: string, options?: RankOptions): RankedChunk[] };

function indexTerms(text: string): string[] {
  return stems(text).filter((s) => !STOPWORDS.has(s));
}

export function buildChunkRanker(
  chunks: readonly KnowledgeChunk[],
  config: Pick<KnowledgeConfig, 'bm25K1' | 'bm25B' | 'headingWeight'> = DEFAULT_KNOWLEDGE_CONFIG,
): ChunkRanker {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths: number[] = [];
  chunks.forEach((chunk, doc) => {
    const heading = indexTerms([chunk.documentTitle, ...chunk.headingPath].join(' '));
    const terms = [
      ...indexTerms(chunk.text),
      ...Array.from({ length: config.headingWeight }, () => heading).flat(),
    ];
    lengths.push(terms.length);
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      const list = postings.get(term);
      if (list) list.push({ doc, tf });
      else postings.set(term, [{ doc, tf }]);
    }
  });
  const total = chunks.length;
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, total);

  return {
    rank(query, options = {}) {
      const scores = new Map<number, number>();
      for (const term of new Set(indexTerms(query))) {
        const list = postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + (total - list.length + 0.5) / (list.length + 0.5));
        for (const { doc, tf } of list) {
          const norm =
            tf + config.bm25K1 * (1 - config.bm25B + (config.bm25B * lengths[doc]!) / averageLength);
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (config.bm25K1 + 1)) / norm);
        }
      }
      const ranked: RankedChunk[] = [];
      for (const [doc, score] of scores) {
        const chunk = chunks[doc]!;
        if (!options.filter || options.filter(chunk)) ranked.push({ chunk, score });
      }
      ranked.sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id));
      return ranked.slice(0, options.limit ?? 5);
    },
  };
}
