/** Retiring proposals nobody should act on any more: obsolete after a new run, on a closed deal, or left too long. */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { DEFAULT_PIPELINE } from '../../domain/workspace/workspace-schema.ts';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { proposals } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import { moveProposal } from './proposal-transitions.ts';

/** Missions call this when a newer run made an open proposal obsolete. False: it was no longer pending. */
export async function withdrawProposal(
  tx: Db,
  id: string,
  reason: string,
  at: Date = new Date(),
): Promise<boolean> {
  const row = await moveProposal(tx, id, ['pending'], 'withdrawn', { stateReason: reason });
  if (!row) return false;
  await appendAudit(tx, {
    at,
    actorId: 'system',
    action: 'withdrawn',
    subjectType: 'proposal',
    subjectId: id,
    opportunityId: row.opportunityId,
    basis: { reason },
  });
  return true;
}

/** Pending proposals on these deals, for a mission deciding whether its new draft repeats one. */
export async function openProposalsFor(
  db: Db,
  opportunityIds: readonly string[],
): Promise<Array<{ id: string; opportunityId: string; action: string; payload: unknown }>> {
  if (opportunityIds.length === 0) return [];
  return db
    .select({
      id: proposals.id,
      opportunityId: proposals.opportunityId,
      action: proposals.action,
      payload: proposals.payload,
    })
    .from(proposals)
    .where(and(inArray(proposals.opportunityId, [...opportunityIds]), eq(proposals.state, 'pending')));
}

/** Withdraws pending proposals on deals that have closed; null owners means everyone's. */
export async function withdrawOnClosedDeals(
  db: Db,
  ownerIds: readonly string[] | null,
  at: Date = new Date(),
): Promise<number> {
  const pipeline = (await readWorkspaceHead(db))?.pipeline ?? DEFAULT_PIPELINE;
  const owners =
    ownerIds === null
      ? sql`TRUE`
      : ownerIds.length === 0
        ? sql`FALSE`
        : sql`p.owner_id IN (${sql.join(
            ownerIds.map((o) => sql`${o}`),
            sql`, `,
          )})`;
  const stale = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM proposals p JOIN opportunities o ON o.id = p.opportunity_id
        WHERE p.state = 'pending' AND ${owners}
          AND (o.is_closed IS TRUE OR o.stage IN (${pipeline.closedWon}, ${pipeline.closedLost}))`,
  );
  let withdrawn = 0;
  for (const { id } of stale) if (await withdrawProposal(db, id, 'The deal has closed.', at)) withdrawn++;
  return withdrawn;
}

/** Pending proposals older than the TTL expire: a draft from two weeks ago describes a deal that has moved on. */
export async function expireStaleProposals(db: Db, now: Date, ttlDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - ttlDays * 24 * 3600_000);
  const stale = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.state, 'pending'), lt(proposals.createdAt, cutoff)));
  let expired = 0;
  for (const { id } of stale) {
    const row = await moveProposal(db, id, ['pending'], 'expired', {
      stateReason: `Undecided for ${ttlDays} days.`,
    });
    if (!row) continue;
    expired++;
    await appendAudit(db, {
      at: now,
      actorId: 'system',
      action: 'expired',
      subjectType: 'proposal',
      subjectId: id,
      opportunityId: row.opportunityId,
      basis: { ttlDays },
    });
  }
  return expired;
}
