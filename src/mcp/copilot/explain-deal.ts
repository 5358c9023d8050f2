/** Why a deal got its verdict: the evidence, reasoning and conclusion, each linked to the records behind it. */
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { Observation } from '../../domain/observations/observation-schema.ts';
import { entityId } from '../../domain/workspace/workspace-schema.ts';
import { notFound, visibleOpportunityIds } from '../../services/crm/crm-access.ts';
import type { Reasoner } from '../../services/missions/mission-ports.ts';
import type { Db } from '../../store/open-store.ts';
import { assessAll, loadContexts } from './copilot-contexts.ts';
import { DealVerdict, dealVerdict } from './copilot-views.ts';

export const ExplainDealInput = z.object({ opportunityId: entityId.describe('The deal id, e.g. "o-101"') });
export const ExplainDealOutput = z.object({
  deal: DealVerdict,
  asOf: z.string(),
  reasoner: z.string(),
  /** Evidence first, then reasoning, then the conclusion; each refers to its records and may quote the exact words. */
  observations: z.array(Observation),
});
export type ExplainDealInput = z.input<typeof ExplainDealInput>;
export type ExplainDealOutput = z.infer<typeof ExplainDealOutput>;

export async function explainDeal(
  db: Db,
  actor: Actor,
  reasoner: Reasoner,
  input: ExplainDealInput,
): Promise<ExplainDealOutput> {
  const { opportunityId } = ExplainDealInput.parse(input);
  if (!(await visibleOpportunityIds(db, actor, [opportunityId])).has(opportunityId))
    throw notFound('opportunity', opportunityId);
  const [assessed] = await assessAll(reasoner, await loadContexts(db, [opportunityId]));
  if (!assessed) throw notFound('opportunity', opportunityId);
  return {
    deal: dealVerdict(assessed),
    asOf: assessed.context.asOf,
    reasoner: reasoner.name,
    observations: assessed.assessment.observations,
  };
}
