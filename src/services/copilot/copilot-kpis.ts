/**
 * The copilot's and the missions' KPIs for one rep or a manager's team: time saved (an estimate), how people decide
 * on proposals, grounding, latency and model cost per task, and pipeline progression with and without approved
 * actions (a correlation, not proof). The manager view calls `copilotKpis`; `closeloop kpis` prints it.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, isSystem } from '../../domain/access/actor.ts';
import type { CopilotConfig, TaskKind } from '../../domain/copilot/copilot-config.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import { decisionStats } from '../decisions/decision-stats.ts';

export const KpisInput = z.object({
  since: z.coerce.date(),
  until: z.coerce.date(),
  /** Everyone the actor may see (a manager's team); otherwise the actor alone. */
  team: z.boolean().default(false),
});
export type KpisInput = z.input<typeof KpisInput>;

const TaskStats = z.object({
  task: z.string(),
  done: z.number().int(),
  cacheHits: z.number().int(),
  p50Ms: z.number().nullable(),
  p95Ms: z.number().nullable(),
  llmTokens: z.number().int(),
  costUsdPerTask: z.number(),
});

export const CopilotKpis = z.object({
  scope: z.object({
    team: z.boolean(),
    userIds: z.array(z.string()).nullable(),
    since: z.string(),
    until: z.string(),
  }),
  timeSaved: z.object({
    minutes: z.number(),
    hours: z.number(),
    label: z.literal('estimate'),
    basis: z.array(z.object({ task: z.string(), count: z.number().int(), minutesEach: z.number() })),
  }),
  decisions: z.object({
    decided: z.number().int(),
    approvalRate: z.number(),
    editRate: z.number(),
    rejectRate: z.number(),
    byRep: z.array(
      z.object({
        repEmail: z.string(),
        decided: z.number().int(),
        approvalRate: z.number(),
        editRate: z.number(),
        rejectRate: z.number(),
      }),
    ),
  }),
  grounding: z.object({
    drafts: z.number().int(),
    blocked: z.number().int(),
    editedAfterAFinding: z.number().int(),
    rejectedAsWrong: z.number().int(),
    /** Share of drafts blocked, or edited or rejected for a claim. */
    issueRate: z.number(),
  }),
  tasks: z.array(TaskStats),
  cacheHitRate: z.number(),
  pipeline: z.object({
    label: z.literal('correlation, not proof'),
    withApprovedAction: z.object({ deals: z.number().int(), progressed: z.number().int(), rate: z.number() }),
    without: z.object({ deals: z.number().int(), progressed: z.number().int(), rate: z.number() }),
  }),
});
export type CopilotKpis = z.infer<typeof CopilotKpis>;

const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

const within = (column: string, ids: readonly string[] | null) =>
  ids === null
    ? sql`TRUE`
    : ids.length === 0
      ? sql`FALSE`
      : sql`${sql.raw(column)} IN (${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )})`;

export async function copilotKpis(
  db: Db,
  actor: Actor,
  config: CopilotConfig,
  raw: KpisInput,
): Promise<CopilotKpis> {
  const input = KpisInput.parse(raw);
  if (input.team && actor.role === 'rep')
    throw new UserError('forbidden', 'the team view is for managers: a rep sees their own figures');
  // The local operator (no --as) has no figures of their own: they see everyone's.
  const team = input.team || isSystem(actor);
  const ids = team ? ownerFilter(actor) : [actor.userId];
  const { since, until } = input;

  const tasks = await queryRows<{
    task: string;
    done: number;
    hits: number;
    p50: number | null;
    p95: number | null;
    tokens: number;
    cost: number;
  }>(
    db,
    sql`SELECT intent AS task, count(*)::int AS done, count(*) FILTER (WHERE cache_hit)::int AS hits,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,
          percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
          coalesce(sum(input_tokens + output_tokens), 0)::int AS tokens, coalesce(sum(cost_usd), 0)::float AS cost
        FROM copilot_requests
        WHERE status IN ('answered', 'proposed', 'unknown') AND intent IS NOT NULL
          AND created_at >= ${since} AND created_at < ${until} AND ${within('user_id', ids)}
        GROUP BY intent ORDER BY intent`,
  );
  const [mission] = await queryRows<{ reviewed: number; approved: number }>(
    db,
    sql`SELECT
          (SELECT count(*)::int FROM run_deals d JOIN runs r ON r.id = d.run_id
            WHERE d.status IN ('done', 'unchanged') AND r.created_at >= ${since} AND r.created_at < ${until}
              AND ${within('d.owner_id', ids)}) AS reviewed,
          (SELECT count(*)::int FROM proposals p
            WHERE p.run_id IS NOT NULL AND p.state IN ('approved', 'executing', 'done')
              AND p.decided_at >= ${since} AND p.decided_at < ${until} AND ${within('p.owner_id', ids)}) AS approved`,
  );
  const [ground] = await queryRows<{
    drafts: number;
    blocked: number;
    edited: number;
    rejected: number;
    issues: number;
  }>(
    db,
    sql`WITH drafts AS (
          SELECT p.id, p.blocked,
            EXISTS (SELECT 1 FROM decisions d WHERE d.proposal_id = p.id AND d.decision = 'edit_approve')
              AND jsonb_array_length(coalesce(p.guard->'findings', '[]'::jsonb)) > 0 AS edited,
            EXISTS (SELECT 1 FROM decisions d WHERE d.proposal_id = p.id AND d.decision = 'reject' AND d.reason_code = 'wrong_content') AS rejected
          FROM proposals p
          WHERE p.kind = 'send_email' AND p.created_at >= ${since} AND p.created_at < ${until} AND ${within('p.owner_id', ids)})
        SELECT count(*)::int AS drafts, count(*) FILTER (WHERE blocked)::int AS blocked,
          count(*) FILTER (WHERE edited)::int AS edited, count(*) FILTER (WHERE rejected)::int AS rejected,
          count(*) FILTER (WHERE blocked OR edited OR rejected)::int AS issues
        FROM drafts`,
  );
  const [pipeline] = await queryRows<{
    with_deals: number;
    with_progressed: number;
    without_deals: number;
    without_progressed: number;
  }>(
    db,
    sql`WITH deals AS (
          SELECT o.id,
            EXISTS (SELECT 1 FROM proposals p WHERE p.opportunity_id = o.id AND p.state IN ('approved', 'executing', 'done')
              AND p.decided_at >= ${since} AND p.decided_at < ${until}) AS acted,
            EXISTS (SELECT 1 FROM opportunity_stage_history h WHERE h.opportunity_id = o.id
              AND h.entered_at >= ${since} AND h.entered_at < ${until}
              AND h.stage <> coalesce((SELECT w.pipeline->>'closedLost' FROM workspace w LIMIT 1), 'Closed Lost')) AS progressed
          FROM opportunities o
          WHERE o.created_at < ${until} AND ${within('o.owner_id', ids)})
        SELECT count(*) FILTER (WHERE acted)::int AS with_deals, count(*) FILTER (WHERE acted AND progressed)::int AS with_progressed,
          count(*) FILTER (WHERE NOT acted)::int AS without_deals, count(*) FILTER (WHERE NOT acted AND progressed)::int AS without_progressed
        FROM deals`,
  );

  const stats = (await decisionStats(db, actor, { since, until })).filter(
    (s) => ids === null || ids.includes(s.repId),
  );
  const decided = stats.reduce((n, s) => n + s.decided, 0);
  const approved = stats.reduce((n, s) => n + s.approved, 0);
  const edited = stats.reduce((n, s) => n + s.edited, 0);
  const rejected = stats.reduce((n, s) => n + s.rejected, 0);

  const basis: Array<{ task: TaskKind; count: number }> = [
    ...tasks.map((t) => ({ task: t.task as TaskKind, count: t.done })),
    { task: 'mission_deal_reviewed', count: mission?.reviewed ?? 0 },
    { task: 'mission_proposal_approved', count: mission?.approved ?? 0 },
  ];
  const minutes = basis.reduce((m, b) => m + b.count * (config.minutesPerTask[b.task] ?? 0), 0);
  const done = tasks.reduce((n, t) => n + t.done, 0);
  const hits = tasks.reduce((n, t) => n + t.hits, 0);
  const g = ground ?? { drafts: 0, blocked: 0, edited: 0, rejected: 0, issues: 0 };
  const p = pipeline ?? { with_deals: 0, with_progressed: 0, without_deals: 0, without_progressed: 0 };
  return {
    scope: {
      team,
      userIds: ids === null ? null : [...ids],
      since: since.toISOString(),
      until: until.toISOString(),
    },
    timeSaved: {
      minutes,
      hours: Math.round((minutes / 60) * 10) / 10,
      label: 'estimate',
      basis: basis.map((b) => ({ ...b, minutesEach: config.minutesPerTask[b.task] ?? 0 })),
    },
    decisions: {
      decided,
      approvalRate: rate(approved, decided),
      editRate: rate(edited, approved),
      rejectRate: rate(rejected, decided),
      byRep: stats.map((s) => ({
        repEmail: s.repEmail,
        decided: s.decided,
        approvalRate: s.approvalRate,
        editRate: s.editRate,
        rejectRate: s.rejectRate,
      })),
    },
    grounding: {
      drafts: g.drafts,
      blocked: g.blocked,
      editedAfterAFinding: g.edited,
      rejectedAsWrong: g.rejected,
      issueRate: rate(g.issues, g.drafts),
    },
    tasks: tasks.map((t) => ({
      task: t.task,
      done: t.done,
      cacheHits: t.hits,
      p50Ms: t.p50 === null ? null : Math.round(Number(t.p50)),
      p95Ms: t.p95 === null ? null : Math.round(Number(t.p95)),
      llmTokens: t.tokens,
      costUsdPerTask: t.done ? Math.round((Number(t.cost) / t.done) * 1e6) / 1e6 : 0,
    })),
    cacheHitRate: rate(hits, done),
    pipeline: {
      label: 'correlation, not proof',
      withApprovedAction: {
        deals: p.with_deals,
        progressed: p.with_progressed,
        rate: rate(p.with_progressed, p.with_deals),
      },
      without: {
        deals: p.without_deals,
        progressed: p.without_progressed,
        rate: rate(p.without_progressed, p.without_deals),
      },
    },
  };
}
