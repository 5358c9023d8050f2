/** The run inspector: every run the actor may see, its timings, and where a run failed or spent its time. */
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { RunRow } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import * as t from '../../store/schema/index.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import type { RunDetail, RunSummaryView } from './manager-schemas.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A run over everyone's deals (no rep) is visible to all: its counts say nothing about any one deal. */
function runScope(actor: Actor) {
  const owners = ownerFilter(actor);
  if (!owners) return undefined;
  return owners.length ? or(isNull(t.runs.repId), inArray(t.runs.repId, [...owners])) : isNull(t.runs.repId);
}

export function runSummary(run: RunRow, repName: string | null, now: Date): RunSummaryView {
  const end = run.finishedAt ?? (run.status === 'running' ? now : null);
  return {
    id: run.id,
    repId: run.repId,
    repName,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    status: run.status,
    reasoner: run.reasoner,
    asOf: run.asOf,
    deals: run.deals,
    reasoned: run.reasoned,
    unchanged: run.unchanged,
    failed: run.failed,
    proposals: run.proposals,
    createdAt: run.createdAt.toISOString(),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    durationMs: run.startedAt && end ? end.getTime() - run.startedAt.getTime() : null,
    error: run.error,
  };
}

export async function listRunsFor(
  db: Db,
  actor: Actor,
  options: { limit: number; now: Date },
): Promise<RunSummaryView[]> {
  const rows = await db
    .select({ run: t.runs, repName: t.users.name })
    .from(t.runs)
    .leftJoin(t.users, eq(t.users.id, t.runs.repId))
    .where(runScope(actor))
    .orderBy(desc(t.runs.createdAt))
    .limit(options.limit);
  return rows.map((r) => runSummary(r.run, r.repName, options.now));
}

/** Throws not_found for a run the actor may not see; failures and timings are limited to visible deals. */
export async function readRunDetail(db: Db, actor: Actor, runId: string, now: Date): Promise<RunDetail> {
  const [row] = await db
    .select({ run: t.runs, repName: t.users.name })
    .from(t.runs)
    .leftJoin(t.users, eq(t.users.id, t.runs.repId))
    .where(and(eq(t.runs.id, runId), runScope(actor)));
  if (!row) throw new UserError('not_found', `no run ${runId}`);
  const owners = ownerFilter(actor);
  const visible = owners
    ? owners.length
      ? sql`AND d.owner_id IN (${sql.join(
          owners.map((o) => sql`${o}`),
          sql`, `,
        )})`
      : sql`AND false`
    : sql``;
  const [failures, slowest, statuses] = await Promise.all([
    queryRows<{
      opportunity_id: string;
      deal_name: string | null;
      owner_id: string;
      attempts: number;
      error: string | null;
    }>(
      db,
      sql`SELECT d.opportunity_id, o.name AS deal_name, d.owner_id, d.attempts, d.error FROM run_deals d
          LEFT JOIN opportunities o ON o.id = d.opportunity_id
          WHERE d.run_id = ${runId} AND d.status = 'failed' ${visible} ORDER BY d.position LIMIT 200`,
    ),
    queryRows<{ opportunity_id: string; deal_name: string | null; ms: number | string }>(
      db,
      sql`SELECT d.opportunity_id, o.name AS deal_name,
                 extract(epoch FROM d.finished_at - d.started_at) * 1000 AS ms FROM run_deals d
          LEFT JOIN opportunities o ON o.id = d.opportunity_id
          WHERE d.run_id = ${runId} AND d.finished_at IS NOT NULL ${visible} ORDER BY ms DESC LIMIT 10`,
    ),
    queryRows<{ status: string; n: number | string }>(
      db,
      sql`SELECT d.status, count(*) AS n FROM run_deals d WHERE d.run_id = ${runId} ${visible} GROUP BY d.status`,
    ),
  ]);
  return {
    run: runSummary(row.run, row.repName, now),
    failures: failures.map((f) => ({
      opportunityId: f.opportunity_id,
      dealName: f.deal_name,
      ownerId: f.owner_id,
      attempts: Number(f.attempts),
      error: f.error,
    })),
    slowest: slowest.map((s) => ({
      opportunityId: s.opportunity_id,
      dealName: s.deal_name,
      ms: Number(s.ms),
    })),
    statuses: Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)])),
  };
}

/** The deals of a run the actor may see: the SSE stream drops observations about any other deal. */
export async function visibleDealsOfRun(
  db: Db,
  actor: Actor,
  runId: string,
): Promise<ReadonlySet<string> | null> {
  const owners = ownerFilter(actor);
  if (!owners) return null;
  if (owners.length === 0) return new Set();
  const rows = await db
    .select({ id: t.runDeals.opportunityId })
    .from(t.runDeals)
    .where(and(eq(t.runDeals.runId, runId), inArray(t.runDeals.ownerId, [...owners])));
  return new Set(rows.map((r) => r.id));
}

/** The run, if the actor may see it; the SSE stream checks this before following it. */
export async function findVisibleRun(db: Db, actor: Actor, runId: string): Promise<RunRow> {
  const [run] = await db
    .select()
    .from(t.runs)
    .where(and(eq(t.runs.id, runId), runScope(actor)));
  if (!run) throw new UserError('not_found', `no run ${runId}`);
  return run;
}
