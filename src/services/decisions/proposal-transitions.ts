/** Moves a proposal between states by compare-and-set: the UPDATE names the state it expects, so only one mover wins. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ProposalState } from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { proposals } from '../../store/schema/index.ts';
import type { ProposalRow } from './proposal-record.ts';

/** Which moves exist; anything else is a bug in the caller, not a race. */
const allowed: Record<ProposalState, readonly ProposalState[]> = {
  pending: ['approved', 'rejected', 'withdrawn', 'expired', 'pending'],
  approved: ['executing', 'done', 'failed'],
  executing: ['done', 'failed', 'approved', 'executing'],
  failed: ['approved'],
  done: [],
  rejected: [],
  withdrawn: [],
  expired: [],
};

type Changes = Partial<Omit<ProposalRow, 'id' | 'state' | 'version'>>;

/**
 * `UPDATE proposals SET state = $to … WHERE id = $id AND state IN ($from) [AND version = $v] RETURNING *`.
 * Undefined means someone else moved it first; the caller reads the row again to say who and what.
 */
export async function moveProposal(
  db: Db,
  id: string,
  from: readonly ProposalState[],
  to: ProposalState,
  changes: Changes = {},
  expectedVersion?: number,
): Promise<ProposalRow | undefined> {
  for (const f of from) if (!allowed[f].includes(to)) throw new Error(`no transition from ${f} to ${to}`);
  const [row] = await db
    .update(proposals)
    .set({ ...changes, state: to, version: sql`${proposals.version} + 1` })
    .where(
      and(
        eq(proposals.id, id),
        inArray(proposals.state, [...from]),
        expectedVersion === undefined ? undefined : eq(proposals.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function readProposal(db: Db, id: string): Promise<ProposalRow | undefined> {
  const [row] = await db.select().from(proposals).where(eq(proposals.id, id));
  return row;
}
