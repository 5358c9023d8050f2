/** The embeddings port the knowledge base ranks with; `src/llm` implements it over any configured provider. */

export type EmbeddingPurpose = 'document' | 'query';

export type Embedder = {
  /** `provider:model`: embeddings of different models never meet in one comparison. */
  readonly id: string;
  embed(texts: readonly string[], purpose: EmbeddingPurpose): Promise<number[][]>;
};
