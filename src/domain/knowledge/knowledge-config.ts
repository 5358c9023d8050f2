/** Tunables for chunking and ranking the knowledge base, each with the reason for its default. */

export type KnowledgeConfig = {
  /** A chunk stays under this many characters: about one screen of Markdown, small enough to cite
   * precisely and to fit several into an LLM prompt, large enough to keep a list with its lead-in. */
  maxChunkChars: number;
  /** BM25 term-frequency saturation; 1.2 is the long-standing default that works across corpora. */
  bm25K1: number;
  /** BM25 length normalisation; 0.75 is the standard default for mixed-length passages. */
  bm25B: number;
  /** Heading words count this many times in a chunk's ranking text: a heading names what a
   * passage is about ("Discounts"), so a match there is stronger evidence than one in passing. */
  headingWeight: number;
};

export const DEFAULT_KNOWLEDGE_CONFIG: KnowledgeConfig = {
  maxChunkChars: 1200,
  bm25K1: 1.2,
  bm25B: 0.75,
  headingWeight: 2,
};
