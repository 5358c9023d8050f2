/** A DealContextSource through closeloop's own MCP tool crm_get_deal_contexts: one call per batch of deals. */
import { ServerFault } from '../../domain/errors.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import { GetDealContextsOutput } from '../../services/crm/get-deal-contexts.ts';
import { callForJson } from './call-for-records.ts';
import type { McpConnection } from './connect-closeloop.ts';
import { lazyConnection } from './lazy-connection.ts';
import type { ClosableContextSource } from './mapped-context-source.ts';

export function closeloopContextSource(options: {
  connect: () => Promise<McpConnection>;
  /** Deals per call: the mission's batch (100) fits in one. */
  maxIdsPerCall: number;
  timeoutMs: number;
  name?: string;
}): ClosableContextSource {
  const connection = lazyConnection(options.connect);
  return {
    name: options.name ?? 'mcp',
    async load(_db, head, opportunityIds, asOf): Promise<DealContext[]> {
      if (opportunityIds.length === 0) return [];
      const { client } = await connection.get();
      const contexts: DealContext[] = [];
      for (let i = 0; i < opportunityIds.length; i += options.maxIdsPerCall) {
        const ids = opportunityIds.slice(i, i + options.maxIdsPerCall);
        const raw = await callForJson(
          client,
          'crm_get_deal_contexts',
          { opportunityIds: ids },
          options.timeoutMs,
        );
        const checked = GetDealContextsOutput.safeParse(raw);
        if (!checked.success) {
          throw new ServerFault(
            'mcp_bad_result',
            `crm_get_deal_contexts answered in an unexpected shape: ${checked.error.issues[0]?.message}`,
          );
        }
        // Checked, then used as sent: zod's output lists keys in schema order, the store path in column order, and a
        // deal's fingerprint hashes its JSON. The wire keeps the server's (the store's) order, so fingerprints match.
        const answer = raw as GetDealContextsOutput;
        for (const dossier of answer.deals) {
          // The same key order as the store path's contexts: a deal's fingerprint is a hash of its JSON.
          const { opportunity, account, owner, contacts, activities, otherOpenOpportunities, usage } =
            dossier;
          contexts.push({
            asOf,
            seller: head.seller,
            pipeline: head.pipeline,
            opportunity,
            account,
            ...(owner ? { owner } : {}),
            contacts,
            activities,
            otherOpenOpportunities,
            usage,
            competitors: head.competitors,
          });
        }
      }
      return contexts;
    },
    close: () => connection.close(),
  };
}
