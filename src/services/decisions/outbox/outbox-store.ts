/** The outbox's own queries: claim due messages under a lease, find abandoned sends, settle a send's outcome. */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../store/open-store.ts';
import { queryRows } from '../../../store/query-rows.ts';
import { outbox } from '../../../store/schema/index.ts';
import type { OutboxRow } from '../proposal-record.ts';

/**
 * Claims up to `limit` due messages for this worker. FOR UPDATE SKIP LOCKED lets two dispatchers claim at the same
 * moment without waiting on or taking each other's rows; the status test in the outer UPDATE is the compare-and-set.
 */
export async function claimDue(
  db: Db,
  workerId: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxRow[]> {
  const leaseEnd = new Date(now.getTime() + leaseMs);
  const claimed = await queryRows<{ id: string }>(
    db,
    sql`UPDATE outbox SET status = 'sending', locked_by = ${workerId}, locked_until = ${leaseEnd}, attempts = attempts + 1
        WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ${now}
                     ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
          AND status = 'pending'
        RETURNING id`,
  );
  if (claimed.length === 0) return [];
  return db
    .select()
    .from(outbox)
    .where(
      inArray(
        outbox.id,
        claimed.map((c) => c.id),
      ),
    );
}

/** Sends whose holder's lease ran out: the holder died (or hung) somewhere between claiming and recording. */
export async function abandonedSends(db: Db, now: Date): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'sending'), lt(outbox.lockedUntil, now)));
}

type Settle = Partial<Pick<OutboxRow, 'nextAttemptAt' | 'lastError' | 'result' | 'doneAt'>>;

/** Moves a row out of `sending` (or `unconfirmed`) only if this worker still holds it, or nobody does. */
export async function settleOutbox(
  db: Db,
  id: string,
  from: ReadonlyArray<OutboxRow['status']>,
  to: OutboxRow['status'],
  changes: Settle,
  holder?: { workerId: string } | { leaseExpiredBefore: Date },
): Promise<OutboxRow | undefined> {
  const held =
    holder === undefined
      ? undefined
      : 'workerId' in holder
        ? eq(outbox.lockedBy, holder.workerId)
        : lt(outbox.lockedUntil, holder.leaseExpiredBefore);
  const [row] = await db
    .update(outbox)
    // An unconfirmed row keeps its holder: if that worker was only slow, its late "sent" still settles it.
    .set({ ...changes, status: to, ...(to === 'unconfirmed' ? {} : { lockedBy: null, lockedUntil: null }) })
    .where(and(eq(outbox.id, id), inArray(outbox.status, [...from]), held))
    .returning();
  return row;
}
