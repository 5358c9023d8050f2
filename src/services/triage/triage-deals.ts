/** Live triage from the store (no run recorded): the ranked list behind `closeloop triage`, `explain` and tools. */
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { assessDeal } from '../../domain/triage/assess-deal.ts';
import type { DealAssessment } from '../../domain/triage/assessment-schema.ts';
import { type DealContext, isOpen } from '../../domain/triage/deal-context.ts';
import { listOpenDeals, loadDealContexts, readWorldHead } from '../../store/deal-contexts.ts';
import type { Db } from '../../store/open-store.ts';
import { ownerFilter } from '../access/resolve-actor.ts';

export type TriagedDeal = { context: DealContext; assessment: DealAssessment };

const BATCH = 400;

/** Assesses the open deals the actor may see (optionally one owner's), ranked: act now first, then by priority. */
export async function triageDeals(
  db: Db,
  actor: Actor,
  options: { ownerId?: string; asOf?: string } = {},
): Promise<{ asOf: string; deals: TriagedDeal[] }> {
  const head = await readWorldHead(db);
  if (!head)
    throw new UserError(
      'not_found',
      'the store holds no workspace yet: run `closeloop import <file>` or `closeloop demo --load`',
    );
  const visible = ownerFilter(actor);
  if (options.ownerId && visible && !visible.includes(options.ownerId)) {
    throw new UserError('forbidden', "you may only triage your own deals or your team's");
  }
  const ownerIds = options.ownerId ? [options.ownerId] : (visible ?? undefined);
  const asOf = options.asOf ?? head.asOf;
  const ids = (await listOpenDeals(db, head.pipeline, ownerIds ? { ownerIds } : {})).map(
    (d) => d.opportunityId,
  );
  const deals: TriagedDeal[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const context of await loadDealContexts(db, head, ids.slice(i, i + BATCH), asOf)) {
      deals.push({ context, assessment: assessDeal(context) });
    }
  }
  return { asOf, deals: rankDeals(deals) };
}

const VERDICT_ORDER = { act_now: 0, monitor: 1, no_action: 2 } as const;

export function rankDeals(deals: TriagedDeal[]): TriagedDeal[] {
  return deals.sort(
    (a, b) =>
      VERDICT_ORDER[a.assessment.verdict] - VERDICT_ORDER[b.assessment.verdict] ||
      b.assessment.priority.score - a.assessment.priority.score ||
      a.context.opportunity.id.localeCompare(b.context.opportunity.id),
  );
}

/** One deal, if the actor may see it; not-found either way, so a deal's existence does not leak. */
export async function triageDeal(
  db: Db,
  actor: Actor,
  opportunityId: string,
  asOf?: string,
): Promise<TriagedDeal> {
  const head = await readWorldHead(db);
  if (!head) throw new UserError('not_found', 'the store holds no workspace yet');
  const [context] = await loadDealContexts(db, head, [opportunityId], asOf ?? head.asOf);
  const visible = ownerFilter(actor);
  if (!context || (visible && !visible.includes(context.opportunity.ownerId))) {
    throw new UserError('not_found', `no opportunity ${opportunityId} that you can see`);
  }
  if (!isOpen(context.opportunity, head.pipeline)) {
    throw new UserError(
      'not_found',
      `${opportunityId} is closed (${context.opportunity.stage}): triage only looks at open deals`,
    );
  }
  return { context, assessment: assessDeal(context) };
}
