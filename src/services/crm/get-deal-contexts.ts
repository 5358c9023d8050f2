/** Many deals' full triage context in one read: the batch a mission gathers through MCP instead of a call per record. */
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { DealContext } from '../../domain/triage/deal-context.ts';
import { entityId } from '../../domain/workspace/workspace-schema.ts';
import { loadDealContexts } from '../../store/deal-contexts.ts';
import type { Db } from '../../store/open-store.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import { readableDeals, visibleOpportunityIds } from './crm-access.ts';
import { readCrmHead } from './crm-head.ts';

/** One call carries at most this many deals: ten batches of a default mission, and a response of a few MB. */
export const MAX_DEALS_PER_CALL = 1000;

/** A deal's part of a context; what every deal shares (asOf, seller, pipeline, competitors) the caller holds once. */
export const DealDossier = DealContext.omit({ asOf: true, seller: true, pipeline: true, competitors: true });
export type DealDossier = z.infer<typeof DealDossier>;

export const GetDealContextsInput = z.object({
  opportunityIds: z
    .array(entityId)
    .min(1)
    .max(MAX_DEALS_PER_CALL)
    .describe(`The deals to read, at most ${MAX_DEALS_PER_CALL} per call`),
});
export const GetDealContextsOutput = z.object({
  deals: z.array(DealDossier),
  /** Ids that are unknown or that the caller may not read: the two are not told apart. */
  missing: z.array(entityId),
});
export type GetDealContextsInput = z.input<typeof GetDealContextsInput>;
export type GetDealContextsOutput = z.infer<typeof GetDealContextsOutput>;

export async function getDealContexts(
  db: Db,
  actor: Actor,
  input: GetDealContextsInput,
): Promise<GetDealContextsOutput> {
  const { opportunityIds } = GetDealContextsInput.parse(input);
  const visible = await visibleOpportunityIds(db, actor, opportunityIds);
  const head = await readCrmHead(db);
  const ids = opportunityIds.filter((id) => visible.has(id));
  const contexts = await loadDealContexts(db, { ...head, competitors: [] }, ids, head.asOf);
  const found = new Set(contexts.map((c) => c.opportunity.id));
  return {
    deals: contexts.map(({ asOf: _a, seller: _s, pipeline: _p, competitors: _c, ...dossier }) =>
      // Another rep's deal on the same account stays out of a rep's view; the system (a mission) sees them all.
      ownerFilter(actor) === null
        ? dossier
        : { ...dossier, otherOpenOpportunities: readableDeals(actor, dossier.otherOpenOpportunities) },
    ),
    missing: [...new Set(opportunityIds.filter((id) => !found.has(id)))],
  };
}
