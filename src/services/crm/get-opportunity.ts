/** One deal the actor may read, with its stage history, account and owner. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { isOpen } from '../../domain/triage/deal-context.ts';
import { entityId } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { notFound, visibleOpportunityIds } from './crm-access.ts';
import { readCrmHead } from './crm-head.ts';
import { OpportunityDetail, toPerson } from './crm-views.ts';
import { readOpportunities } from './opportunity-reads.ts';

export const GetOpportunityInput = z.object({
  opportunityId: entityId.describe('The deal id, e.g. "o-101"'),
});
export const GetOpportunityOutput = OpportunityDetail;
export type GetOpportunityInput = z.input<typeof GetOpportunityInput>;
export type GetOpportunityOutput = z.infer<typeof GetOpportunityOutput>;

export async function getOpportunity(
  db: Db,
  actor: Actor,
  input: GetOpportunityInput,
): Promise<GetOpportunityOutput> {
  const { opportunityId } = GetOpportunityInput.parse(input);
  if (!(await visibleOpportunityIds(db, actor, [opportunityId])).has(opportunityId)) {
    throw notFound('opportunity', opportunityId);
  }
  const [opportunity] = await readOpportunities(db, eq(t.opportunities.id, opportunityId));
  if (!opportunity) throw notFound('opportunity', opportunityId);
  const [{ pipeline }, [account], [owner]] = await Promise.all([
    readCrmHead(db),
    db.select().from(t.accounts).where(eq(t.accounts.id, opportunity.accountId)),
    db.select().from(t.users).where(eq(t.users.id, opportunity.ownerId)),
  ]);
  const current = opportunity.stageHistory?.findLast((s) => s.stage === opportunity.stage);
  return {
    opportunity,
    account: {
      id: opportunity.accountId,
      name: account?.name ?? opportunity.accountId,
      ...(account?.domain ? { domain: account.domain } : {}),
    },
    ...(owner ? { owner: toPerson(owner) } : {}),
    isOpen: isOpen(opportunity, pipeline),
    ...(current ? { stageEnteredAt: current.enteredAt } : {}),
  };
}
