/** Copilot requests as rows: started, streamed into (observations), finished with answer, cost and latency. */
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { StreamedObservation } from '../../store/mission-store.ts';
import { appendObservations } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { copilotRequests } from '../../store/schema/index.ts';

export type RequestRow = typeof copilotRequests.$inferSelect;
export type NewRequest = Pick<RequestRow, 'id' | 'userId' | 'text' | 'normalized' | 'asOf' | 'createdAt'>;

export async function startRequest(db: Db, request: NewRequest): Promise<void> {
  await db.insert(copilotRequests).values({ ...request, status: 'running' });
}

/** Appends observations at the request's next sequence numbers; one writer per request, so no lock is needed. */
export async function recordObservations(
  db: Db,
  requestId: string,
  firstSeq: number,
  items: readonly StreamedObservation[],
): Promise<number> {
  if (items.length === 0) return firstSeq;
  await appendObservations(db, { requestId, firstSeq }, items);
  const next = firstSeq + items.length;
  await db.update(copilotRequests).set({ nextSeq: next }).where(eq(copilotRequests.id, requestId));
  return next;
}

export type FinishedRequest = Partial<
  Pick<
    RequestRow,
    | 'status'
    | 'intent'
    | 'router'
    | 'route'
    | 'answer'
    | 'accountId'
    | 'opportunityId'
    | 'proposalId'
    | 'cacheHit'
    | 'steps'
    | 'inputTokens'
    | 'outputTokens'
    | 'costUsd'
    | 'latencyMs'
    | 'finishedAt'
  >
>;

export async function finishRequest(db: Db, id: string, fields: FinishedRequest): Promise<void> {
  await db.update(copilotRequests).set(fields).where(eq(copilotRequests.id, id));
}

/** The `n`-th most recent request of a user after `since`, if they made that many: the one a window limit hinges on. */
export async function nthRecentRequestAt(
  db: Db,
  userId: string,
  since: Date,
  n: number,
): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: copilotRequests.createdAt })
    .from(copilotRequests)
    .where(and(eq(copilotRequests.userId, userId), gt(copilotRequests.createdAt, since)))
    .orderBy(desc(copilotRequests.createdAt))
    .offset(n - 1)
    .limit(1);
  return row?.at;
}

/** Model tokens a user's requests spent after `since`. */
export async function tokensSpentSince(db: Db, userId: string, since: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT coalesce(sum(input_tokens + output_tokens), 0)::int AS n FROM copilot_requests
        WHERE user_id = ${userId} AND created_at > ${since}`,
  );
  return Number(row?.n ?? 0);
}
