/** The offline ProposalWriter: retrieves passages for the deal's questions and topic, then composes a grounded draft. */
import { composeDraft, OFFLINE_WRITER } from '../../domain/drafting/compose-draft.ts';
import { DEFAULT_DRAFT_CONFIG, type DraftConfig } from '../../domain/drafting/draft-config.ts';
import { retrievalQueries } from '../../domain/drafting/retrieval-plan.ts';
import type { KnowledgeChunk } from '../../domain/knowledge/knowledge-chunk.ts';
import { inSpan } from '../../telemetry/tracing.ts';
import type { ProposalWriter } from '../missions/mission-ports.ts';
import type { KnowledgeSource } from './knowledge-source.ts';

export function offlineWriter(
  source: KnowledgeSource,
  config: DraftConfig = DEFAULT_DRAFT_CONFIG,
): ProposalWriter {
  return {
    name: OFFLINE_WRITER,
    async write(context, assessment) {
      if (assessment.verdict !== 'act_now' || assessment.actions.length === 0) return undefined;
      const chunks = new Map<string, KnowledgeChunk>();
      const queries = retrievalQueries(context, assessment);
      await inSpan('draft.retrieve', { 'closeloop.draft.queries': queries.length }, async () => {
        // One query at a time: an embedded store runs them one by one anyway, and a server keeps its pool for others.
        for (const query of queries) {
          const found = await source.search(query, {
            accountId: context.account.id,
            limit: config.passagesPerQuery,
          });
          for (const chunk of found) if (!chunks.has(chunk.id)) chunks.set(chunk.id, chunk);
        }
      });
      return composeDraft({
        context,
        assessment,
        chunks: [...chunks.values()],
        products: await source.products(),
        config,
      });
    },
  };
}
