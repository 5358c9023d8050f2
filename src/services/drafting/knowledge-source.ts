/** Where the offline writer finds passages to cite and the price book: the store, or a workspace file in memory. */
import { asc } from 'drizzle-orm';
import { CUSTOMER_KINDS } from '../../domain/drafting/retrieval-plan.ts';
import { buildChunkRanker } from '../../domain/knowledge/bm25-ranker.ts';
import { buildKnowledgeBase, isUsableFor } from '../../domain/knowledge/knowledge-base.ts';
import type { KnowledgeChunk } from '../../domain/knowledge/knowledge-chunk.ts';
import type { Product, Workspace } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { productFromRow } from '../../store/rows/crm-rows.ts';
import { products as productsTable } from '../../store/schema/index.ts';
import type { Embedder } from '../knowledge/embedder.ts';
import { searchKnowledge } from '../knowledge/search-knowledge.ts';

export type KnowledgeSource = {
  /** Current, customer-safe passages usable for the account, best first. */
  search(query: string, scope: { accountId: string; limit: number }): Promise<KnowledgeChunk[]>;
  products(): Promise<readonly Product[]>;
};

/** The store's knowledge index (hybrid when an embedder is configured); `products` may come from a cache. */
export function storeKnowledgeSource(
  db: Db,
  options: {
    embedder?: Embedder | undefined;
    products?: () => Promise<readonly Product[]>;
    /** Set when the caller brings the index up to date before drafting (see searchKnowledge). */
    indexKeptCurrent?: boolean;
  } = {},
): KnowledgeSource {
  return {
    async search(query, scope) {
      const found = await searchKnowledge(db, query, {
        accountId: scope.accountId,
        kinds: CUSTOMER_KINDS,
        limit: scope.limit,
        embedder: options.embedder,
        indexKeptCurrent: options.indexKeptCurrent,
      });
      return found.hits.map((h) => h.chunk);
    },
    products:
      options.products ??
      (async () =>
        (await db.select().from(productsTable).orderBy(asc(productsTable.sku))).map(productFromRow)),
  };
}

/** A workspace file's documents ranked in memory (BM25), for commands that run without a store. */
export function workspaceKnowledgeSource(workspace: Workspace): KnowledgeSource {
  const kb = buildKnowledgeBase(workspace.documents ?? []);
  const ranker = buildChunkRanker(kb.active);
  const kinds = new Set(CUSTOMER_KINDS);
  const products = workspace.products ?? [];
  return {
    search: async (query, scope) =>
      ranker
        .rank(query, {
          limit: scope.limit,
          filter: (c) => kinds.has(c.kind) && isUsableFor(kb, c, scope.accountId),
        })
        .map((r) => r.chunk),
    products: async () => products,
  };
}
