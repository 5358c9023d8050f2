/** Data access for missions: runs, per-deal steps, the observation stream and each deal's latest state. */
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Observation } from '../domain/observations/observation-schema.ts';
import type { Db } from './open-store.ts';
import { queryRows } from './query-rows.ts';
import * as t from './schema/index.ts';

export type RunRow = typeof t.runs.$inferSelect;
export type RunDealRow = typeof t.runDeals.$inferSelect;
export type DealStateRow = typeof t.dealStates.$inferSelect;
export type ObservationRow = typeof t.observations.$inferSelect;
export type NewRun = typeof t.runs.$inferInsert;

/** Inserts a run, or returns the existing one when its dedupe key was already taken (two triggers, one run). */
export async function insertRun(db: Db, run: NewRun): Promise<{ run: RunRow; created: boolean }> {
  const [created] = await db.insert(t.runs).values(run).onConflictDoNothing().returning();
  if (created) return { run: created, created: true };
  const [existing] = await db
    .select()
    .from(t.runs)
    .where(eq(t.runs.dedupeKey, run.dedupeKey ?? ''));
  if (!existing) throw new Error(`run ${run.id} was neither inserted nor found`);
  return { run: existing, created: false };
}

export async function insertRunDeals(
  db: Db,
  runId: string,
  deals: ReadonlyArray<{ opportunityId: string; ownerId: string }>,
): Promise<void> {
  const CHUNK = 5000;
  for (let i = 0; i < deals.length; i += CHUNK) {
    const values = deals.slice(i, i + CHUNK).map((d, j) => ({ runId, ...d, position: i + j }));
    await db.insert(t.runDeals).values(values).onConflictDoNothing();
  }
  await db.update(t.runs).set({ deals: deals.length }).where(eq(t.runs.id, runId));
}

export async function readRun(db: Db, runId: string): Promise<RunRow | undefined> {
  const [run] = await db.select().from(t.runs).where(eq(t.runs.id, runId));
  return run;
}

export async function listRuns(
  db: Db,
  options: { repIds?: readonly string[] | null; limit?: number } = {},
): Promise<RunRow[]> {
  const where = options.repIds ? inArray(t.runs.repId, [...options.repIds]) : undefined;
  return db
    .select()
    .from(t.runs)
    .where(where)
    .orderBy(desc(t.runs.createdAt))
    .limit(options.limit ?? 50);
}

/** Runs a worker should carry on with: queued or interrupted mid-way. */
export async function unfinishedRuns(db: Db): Promise<RunRow[]> {
  return db
    .select()
    .from(t.runs)
    .where(inArray(t.runs.status, ['queued', 'running']))
    .orderBy(asc(t.runs.createdAt));
}

/** Compare-and-set on the run's status: only one of many workers moves it. */
export async function moveRun(
  db: Db,
  runId: string,
  from: RunRow['status'][],
  to: RunRow['status'],
  extra: Partial<Pick<RunRow, 'startedAt' | 'finishedAt' | 'error'>> = {},
): Promise<RunRow | undefined> {
  const finished = to === 'done' || to === 'failed' || to === 'cancelled';
  const [moved] = await db
    .update(t.runs)
    // An on-demand run's key only dedupes while it is in progress; a finished run frees it for the next trigger.
    .set({
      status: to,
      ...extra,
      ...(finished
        ? {
            dedupeKey: sql`CASE WHEN ${t.runs.dedupeKey} LIKE 'live:%' THEN NULL ELSE ${t.runs.dedupeKey} END`,
          }
        : {}),
    })
    .where(and(eq(t.runs.id, runId), inArray(t.runs.status, from)))
    .returning();
  return moved;
}

/** Deals still to do, in order: pending ones and ones reasoned but not yet proposed on. */
export async function remainingDeals(db: Db, runId: string, limit?: number): Promise<RunDealRow[]> {
  const query = db
    .select()
    .from(t.runDeals)
    .where(and(eq(t.runDeals.runId, runId), inArray(t.runDeals.status, ['pending', 'reasoned'])))
    .orderBy(asc(t.runDeals.position));
  return limit === undefined ? query : query.limit(limit);
}

export async function readRunDeals(
  db: Db,
  runId: string,
  opportunityIds: readonly string[],
): Promise<RunDealRow[]> {
  if (opportunityIds.length === 0) return [];
  return db
    .select()
    .from(t.runDeals)
    .where(and(eq(t.runDeals.runId, runId), inArray(t.runDeals.opportunityId, [...opportunityIds])));
}

export async function countRemaining(db: Db, runId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM run_deals WHERE run_id = ${runId} AND status IN ('pending', 'reasoned')`,
  );
  return Number(row?.n ?? 0);
}

export async function readDealStates(
  db: Db,
  opportunityIds: readonly string[],
): Promise<Map<string, DealStateRow>> {
  if (opportunityIds.length === 0) return new Map();
  const states = await db
    .select()
    .from(t.dealStates)
    .where(inArray(t.dealStates.opportunityId, [...opportunityIds]));
  return new Map(states.map((s) => [s.opportunityId, s]));
}

export type DealStepUpdate = {
  opportunityId: string;
  status: RunDealRow['status'];
  fingerprint?: string | null;
  verdict?: RunDealRow['verdict'];
  actions?: string[] | null;
  resumeOn?: string | null;
  priority?: number | null;
  why?: string | null;
  reviewAt?: string | null;
  assessment?: unknown;
  unchangedFrom?: string | null;
  proposalId?: string | null;
  error?: string | null;
};

/** One statement for a whole batch of deal steps: the batch commits or not as a unit. */
export async function updateDealSteps(
  db: Db,
  runId: string,
  steps: readonly DealStepUpdate[],
): Promise<void> {
  if (steps.length === 0) return;
  const payload = JSON.stringify(
    steps.map((s) => ({
      opportunity_id: s.opportunityId,
      status: s.status,
      fingerprint: s.fingerprint ?? null,
      verdict: s.verdict ?? null,
      actions: s.actions ?? null,
      resume_on: s.resumeOn ?? null,
      priority: s.priority ?? null,
      why: s.why ?? null,
      review_at: s.reviewAt ?? null,
      assessment: s.assessment ?? null,
      unchanged_from: s.unchangedFrom ?? null,
      proposal_id: s.proposalId ?? null,
      error: s.error ?? null,
    })),
  );
  await db.execute(sql`
    UPDATE run_deals d SET
      status = x.status,
      attempts = d.attempts + 1,
      fingerprint = COALESCE(x.fingerprint, d.fingerprint),
      verdict = COALESCE(x.verdict, d.verdict),
      actions = COALESCE(x.actions, d.actions),
      resume_on = COALESCE(x.resume_on, d.resume_on),
      priority = COALESCE(x.priority, d.priority),
      why = COALESCE(x.why, d.why),
      review_at = COALESCE(x.review_at, d.review_at),
      assessment = CASE WHEN x.status IN ('reasoned') THEN x.assessment ELSE NULL END,
      unchanged_from = x.unchanged_from,
      proposal_id = COALESCE(x.proposal_id, d.proposal_id),
      error = x.error,
      started_at = COALESCE(d.started_at, now()),
      finished_at = CASE WHEN x.status IN ('done', 'unchanged', 'failed') THEN now() ELSE NULL END
    FROM jsonb_to_recordset(${payload}::jsonb) AS x(
      opportunity_id text, status text, fingerprint text, verdict text, actions jsonb, resume_on text,
      priority double precision, why text, review_at text, assessment jsonb, unchanged_from text,
      proposal_id text, error text)
    WHERE d.run_id = ${runId} AND d.opportunity_id = x.opportunity_id`);
}

export type DealStateUpsert = Omit<DealStateRow, 'updatedAt'> & { assessment?: unknown };

export async function upsertDealStates(
  db: Db,
  states: readonly Omit<DealStateRow, 'updatedAt'>[],
): Promise<void> {
  if (states.length === 0) return;
  await db
    .insert(t.dealStates)
    .values(states.map((s) => ({ ...s, updatedAt: new Date() })))
    .onConflictDoUpdate({
      target: t.dealStates.opportunityId,
      set: {
        ownerId: sql`excluded.owner_id`,
        runId: sql`excluded.run_id`,
        fingerprint: sql`excluded.fingerprint`,
        asOf: sql`excluded.as_of`,
        reviewAt: sql`excluded.review_at`,
        verdict: sql`excluded.verdict`,
        actions: sql`excluded.actions`,
        resumeOn: sql`excluded.resume_on`,
        priority: sql`excluded.priority`,
        why: sql`excluded.why`,
        proposalId: sql`excluded.proposal_id`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

export async function addRunCounts(
  db: Db,
  runId: string,
  counts: { reasoned?: number; unchanged?: number; failed?: number; proposals?: number },
): Promise<void> {
  await db
    .update(t.runs)
    .set({
      reasoned: sql`${t.runs.reasoned} + ${counts.reasoned ?? 0}`,
      unchanged: sql`${t.runs.unchanged} + ${counts.unchanged ?? 0}`,
      failed: sql`${t.runs.failed} + ${counts.failed ?? 0}`,
      proposals: sql`${t.runs.proposals} + ${counts.proposals ?? 0}`,
    })
    .where(eq(t.runs.id, runId));
}

export type StreamedObservation = Observation & { opportunityId?: string | undefined };

/**
 * Appends observations with consecutive sequence numbers. The numbers are taken under the run's row lock, which is
 * held to commit, so a reader following `seq > n` can never see a later number before an earlier one.
 */
export async function appendObservations(
  db: Db,
  stream: { runId: string } | { requestId: string; firstSeq: number },
  items: readonly StreamedObservation[],
): Promise<number> {
  if (items.length === 0) return 0;
  let first: number;
  if ('runId' in stream) {
    const [row] = await queryRows<{ first: number }>(
      db,
      sql`UPDATE runs SET next_seq = next_seq + ${items.length} WHERE id = ${stream.runId} RETURNING next_seq - ${items.length} AS first`,
    );
    first = Number(row?.first);
  } else {
    first = stream.firstSeq;
  }
  const payload = JSON.stringify(
    items.map((o, i) => ({
      seq: first + i,
      opportunity_id: o.opportunityId ?? null,
      kind: o.kind,
      title: o.title,
      detail: o.detail ?? null,
      refs: o.refs ?? [],
      span: o.span ?? null,
      data: o.data ?? null,
    })),
  );
  const runId = 'runId' in stream ? stream.runId : null;
  const requestId = 'requestId' in stream ? stream.requestId : null;
  await db.execute(sql`
    INSERT INTO observations (run_id, request_id, seq, opportunity_id, kind, title, detail, refs, span, data)
    SELECT ${runId}, ${requestId}, x.seq, x.opportunity_id, x.kind, x.title, x.detail, x.refs, x.span, x.data
    FROM jsonb_to_recordset(${payload}::jsonb) AS x(
      seq int, opportunity_id text, kind text, title text, detail text, refs jsonb, span jsonb, data jsonb)`);
  return first + items.length - 1;
}

export async function readObservations(
  db: Db,
  filter: { runId: string; afterSeq?: number; opportunityId?: string; limit?: number },
): Promise<ObservationRow[]> {
  const where = and(
    eq(t.observations.runId, filter.runId),
    gt(t.observations.seq, filter.afterSeq ?? 0),
    filter.opportunityId ? eq(t.observations.opportunityId, filter.opportunityId) : undefined,
  );
  return db
    .select()
    .from(t.observations)
    .where(where)
    .orderBy(asc(t.observations.seq))
    .limit(filter.limit ?? 1000);
}

/** The deals of a run at positions [from, to): a batch's fixed membership, whatever has been done since. */
export async function dealIdsAt(db: Db, runId: string, from: number, to: number): Promise<string[]> {
  const found = await db
    .select({ id: t.runDeals.opportunityId })
    .from(t.runDeals)
    .where(
      and(
        eq(t.runDeals.runId, runId),
        sql`${t.runDeals.position} >= ${from} AND ${t.runDeals.position} < ${to}`,
      ),
    )
    .orderBy(asc(t.runDeals.position));
  return found.map((r) => r.id);
}
