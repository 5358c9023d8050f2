/** How each rep decides: approval, edit and reject rates and time to decision, from the stored decisions alone. */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import { parseInput } from './parse-input.ts';

export const DecisionStatsInput = z.object({
  /** Decisions taken at or after this instant. */
  since: z.coerce.date(),
  until: z.coerce.date().optional(),
});
export type DecisionStatsInput = z.input<typeof DecisionStatsInput>;

export const RepDecisionStats = z.object({
  repId: z.string(),
  repName: z.string(),
  repEmail: z.string(),
  decided: z.number().int(),
  approved: z.number().int(),
  /** Approved after the person changed the draft: the writer's miss rate. */
  edited: z.number().int(),
  rejected: z.number().int(),
  approvalRate: z.number(),
  /** Share of approvals that were edited first. */
  editRate: z.number(),
  rejectRate: z.number(),
  /** From the proposal appearing in the queue to the decision. */
  medianTimeToDecisionMs: z.number().nullable(),
  /** From opening the proposal to deciding: seconds here means it was not read. */
  medianDwellMs: z.number().nullable(),
  rejectReasons: z.record(z.string(), z.number().int()),
  sampledForReview: z.number().int(),
});
export type RepDecisionStats = z.infer<typeof RepDecisionStats>;

type Row = {
  rep_id: string;
  rep_name: string;
  rep_email: string;
  decided: number;
  approved: number;
  edited: number;
  rejected: number;
  median_ttd: number | null;
  median_dwell: number | null;
  reasons: Record<string, number> | null;
  sampled: number;
};

const rate = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);

/**
 * One row per rep (the proposal's owner) with at least one decision in the window, limited to the reps the actor
 * may see. Auto-approvals are policy, not a person's judgement, and are left out.
 */
export async function decisionStats(
  db: Db,
  actor: Actor,
  rawInput: DecisionStatsInput,
): Promise<RepDecisionStats[]> {
  const input = parseInput(DecisionStatsInput, rawInput);
  const visible = ownerFilter(actor);
  if (visible && visible.length === 0) return [];
  const owners =
    visible === null
      ? sql`TRUE`
      : sql`p.owner_id IN (${sql.join(
          visible.map((v) => sql`${v}`),
          sql`, `,
        )})`;
  const until = input.until ? sql`AND d.decided_at < ${input.until}` : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`WITH final AS (
          SELECT d.*, p.owner_id, p.created_at AS proposed_at, p.sampled_for_review
          FROM decisions d JOIN proposals p ON p.id = d.proposal_id
          WHERE d.decision IN ('approve', 'edit_approve', 'reject') AND d.actor_id <> 'system'
            AND d.decided_at >= ${input.since} ${until} AND ${owners})
        SELECT f.owner_id AS rep_id, u.name AS rep_name, u.email AS rep_email,
          count(*)::int AS decided,
          count(*) FILTER (WHERE f.decision IN ('approve', 'edit_approve'))::int AS approved,
          count(*) FILTER (WHERE f.decision = 'edit_approve')::int AS edited,
          count(*) FILTER (WHERE f.decision = 'reject')::int AS rejected,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.decided_at - f.proposed_at) * 1000) AS median_ttd,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY f.dwell_ms) AS median_dwell,
          (SELECT jsonb_object_agg(reason_code, n) FROM (
             SELECT reason_code, count(*)::int AS n FROM final r
             WHERE r.owner_id = f.owner_id AND r.decision = 'reject' GROUP BY reason_code) x) AS reasons,
          count(*) FILTER (WHERE f.decision IN ('approve', 'edit_approve') AND f.sampled_for_review)::int AS sampled
        FROM final f JOIN users u ON u.id = f.owner_id
        GROUP BY f.owner_id, u.name, u.email
        ORDER BY u.name`,
  );
  return rows.map((r) => ({
    repId: r.rep_id,
    repName: r.rep_name,
    repEmail: r.rep_email,
    decided: r.decided,
    approved: r.approved,
    edited: r.edited,
    rejected: r.rejected,
    approvalRate: rate(r.approved, r.decided),
    editRate: rate(r.edited, r.approved),
    rejectRate: rate(r.rejected, r.decided),
    medianTimeToDecisionMs: r.median_ttd === null ? null : Math.round(Number(r.median_ttd)),
    medianDwellMs: r.median_dwell === null ? null : Math.round(Number(r.median_dwell)),
    rejectReasons: r.reasons ?? {},
    sampledForReview: r.sampled,
  }));
}
