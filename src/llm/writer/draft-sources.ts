/** What a drafted email may rest on: knowledge passages found for the deal's situation, and the price book. */
import { asc } from 'drizzle-orm';
import type { KnowledgeChunk } from '../../domain/knowledge/knowledge-chunk.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { KnowledgeDocument, Product } from '../../domain/workspace/workspace-schema.ts';
import type { Embedder } from '../../services/knowledge/embedder.ts';
import { searchKnowledge } from '../../services/knowledge/search-knowledge.ts';
import type { Assessment } from '../../services/missions/mission-ports.ts';
import type { Db } from '../../store/open-store.ts';
import { productFromRow } from '../../store/rows/crm-rows.ts';
import { products as productsTable } from '../../store/schema/index.ts';
import { dealThread } from '../prompts/deal-evidence.ts';

export type DraftSources = { chunks: KnowledgeChunk[]; products: Product[]; notice?: string };

// Battlecards are internal: a customer never reads our notes on a competitor, so a draft never rests on them.
const CUSTOMER_SAFE_KINDS: KnowledgeDocument['kind'][] = [
  'pricing',
  'spec',
  'security',
  'policy',
  'faq',
  'contract',
];

// Words that steer retrieval towards what each action usually needs to say.
const ACTION_TOPICS: Partial<Record<string, string>> = {
  propose_expansion: 'additional seats plans pricing volume',
  start_renewal: 'renewal term pricing',
  address_usage_drop: 'onboarding training adoption support',
  respond_to_risk: 'pricing discount security comparison',
};

/** The search text: what the customer asked or objected to, what we promised, the latest mail's subject. */
export function retrievalQuery(context: DealContext, assessment: Assessment): string {
  const asked = assessment.signals.flatMap((s) => {
    if ((s.kind === 'customer_request' || s.kind === 'risk') && s.state === 'open') return [s.text];
    if (s.kind === 'commitment' && s.state === 'open' && s.party === 'us') return [s.what];
    return [];
  });
  const lastInbound = dealThread(context)
    .filter((a) => a.direction === 'inbound')
    .at(-1);
  return [
    ...asked,
    ACTION_TOPICS[assessment.actions[0] ?? ''] ?? '',
    lastInbound?.subject ?? '',
    lastInbound?.body?.slice(0, 600) ?? '',
  ]
    .filter((s) => s.trim() !== '')
    .join(' ');
}

export async function gatherDraftSources(
  db: Db,
  context: DealContext,
  assessment: Assessment,
  options: { embedder?: Embedder | undefined; limit: number },
): Promise<DraftSources> {
  const query = retrievalQuery(context, assessment);
  const found =
    query === ''
      ? { hits: [] }
      : await searchKnowledge(db, query, {
          accountId: context.account.id,
          kinds: CUSTOMER_SAFE_KINDS,
          limit: options.limit,
          embedder: options.embedder,
        });
  const products = (await db.select().from(productsTable).orderBy(asc(productsTable.sku)).limit(100)).map(
    productFromRow,
  );
  return {
    chunks: found.hits.map((h) => h.chunk),
    products,
    ...('notice' in found && found.notice ? { notice: found.notice } : {}),
  };
}
