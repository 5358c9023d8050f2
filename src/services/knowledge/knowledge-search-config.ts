/** Tunables for searching the store-backed knowledge base, each with the reason for its default. */

export type KnowledgeSearchConfig = {
  /** Reciprocal rank fusion's k: 60 is the value from the original paper (Cormack et al., 2009) and works
   * across collections; it keeps one ranking's top hit from drowning out agreement between both. */
  rrfK: number;
  /** How deep each ranking goes before fusing: a chunk ranked below 50 by both is not an answer. */
  candidateDepth: number;
  /** Below this cosine similarity a vector hit is noise: unrelated passages from common embedding models
   * score around 0.1, related ones well above 0.3. */
  minVectorSimilarity: number;
  /** Chunks per embeddings request: providers accept far more, but a failure then costs little to redo. */
  embedBatchSize: number;
  /** Hits returned when the caller does not say: what fits in a prompt and on a screen. */
  defaultLimit: number;
};

export const DEFAULT_KNOWLEDGE_SEARCH_CONFIG: KnowledgeSearchConfig = {
  rrfK: 60,
  candidateDepth: 50,
  minVectorSimilarity: 0.2,
  embedBatchSize: 64,
  defaultLimit: 5,
};
