/**
 * A store shaped like the morning after a big team's mission, for the API benchmark: 250 reps (in teams of ten
 * under 25 managers) with 400 open deals each, every deal with its latest verdict, and a pending proposal on each
 * act-now deal. Only the tables the Today view reads are filled; it is built in SQL, in seconds, not by running a
 * 100,000-deal mission first.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/store/open-store.ts';

export type ApiWorldSize = { reps: number; dealsPerRep: number; repsPerManager: number };
export const FULL_SIZE: ApiWorldSize = { reps: 250, dealsPerRep: 400, repsPerManager: 10 };

export const repId = (i: number): string => `rep-${String(i).padStart(4, '0')}`;

export async function seedApiWorld(db: Db, size: ApiWorldSize = FULL_SIZE): Promise<{ deals: number }> {
  const { reps, dealsPerRep, repsPerManager } = size;
  const deals = reps * dealsPerRep;
  const managers = Math.ceil(reps / repsPerManager);
  await db.execute(
    sql`INSERT INTO workspace (id, seller, as_of) VALUES ('default', '{"name":"Bench Co","domains":["bench.example"]}', '2026-03-16T12:30:00Z')`,
  );
  await db.execute(sql`
    INSERT INTO users (id, name, email, role, manager_id)
    SELECT 'mgr-' || lpad(m::text, 4, '0'), 'Manager ' || m, 'mgr' || m || '@bench.example', 'manager', NULL
    FROM generate_series(1, ${managers}) m`);
  await db.execute(sql`
    INSERT INTO users (id, name, email, role, manager_id)
    SELECT 'rep-' || lpad(r::text, 4, '0'), 'Rep ' || r, 'rep' || r || '@bench.example', 'rep',
           'mgr-' || lpad((1 + (r - 1) / ${repsPerManager})::text, 4, '0')
    FROM generate_series(1, ${reps}) r`);
  // One account per deal: the read joins one account row per deal either way.
  await db.execute(sql`
    INSERT INTO accounts (id, name, owner_id)
    SELECT 'acc-' || d, 'Account ' || d, 'rep-' || lpad((1 + (d - 1) / ${dealsPerRep})::text, 4, '0')
    FROM generate_series(1, ${deals}) d`);
  await db.execute(sql`
    INSERT INTO opportunities (id, account_id, owner_id, name, type, stage, amount, currency, created_at, close_date)
    SELECT 'opp-' || d, 'acc-' || d, 'rep-' || lpad((1 + (d - 1) / ${dealsPerRep})::text, 4, '0'),
           'Deal ' || d, (ARRAY['new_business','expansion','renewal'])[1 + d % 3],
           (ARRAY['Discovery','Demo','Proposal','Negotiation'])[1 + d % 4],
           1000 * (5 + d % 200), 'USD', '2025-12-01T00:00:00Z', '2026-04-30'
    FROM generate_series(1, ${deals}) d`);
  await db.execute(sql`
    INSERT INTO runs (id, rep_id, trigger, as_of, status, deals, reasoned, reasoner, created_at, started_at, finished_at)
    VALUES ('run-bench', NULL, 'schedule', '2026-03-16T12:30:00Z', 'done', ${deals}, ${deals}, 'deterministic',
            now(), now(), now())`);
  // About 45% act now, 25% monitor, 30% nothing to do: the demo world's mix.
  await db.execute(sql`
    INSERT INTO deal_states (opportunity_id, owner_id, run_id, fingerprint, as_of, verdict, actions, resume_on, priority, why, proposal_id)
    SELECT 'opp-' || d, 'rep-' || lpad((1 + (d - 1) / ${dealsPerRep})::text, 4, '0'), 'run-bench', md5(d::text),
           '2026-03-16T12:30:00Z', v.verdict,
           CASE WHEN v.verdict = 'act_now' THEN '["answer_customer"]'::jsonb ELSE '[]'::jsonb END,
           CASE WHEN v.verdict = 'monitor' THEN '2026-03-2' || (d % 9)::text END,
           (d * 7919 % 1000) / 10.0,
           'The customer asked about pricing on Tue Mar 10 and has had no answer for 6 days (deal ' || d || ')',
           CASE WHEN v.verdict = 'act_now' THEN 'p-' || d END
    FROM generate_series(1, ${deals}) d
    CROSS JOIN LATERAL (SELECT CASE WHEN d % 20 < 9 THEN 'act_now' WHEN d % 20 < 14 THEN 'monitor' ELSE 'no_action' END AS verdict) v`);
  await db.execute(sql`
    INSERT INTO proposals (id, run_id, opportunity_id, account_id, owner_id, kind, action, state, payload, rationale, writer, verdict, priority)
    SELECT 'p-' || d, 'run-bench', 'opp-' || d, 'acc-' || d, 'rep-' || lpad((1 + (d - 1) / ${dealsPerRep})::text, 4, '0'),
           'send_email', 'answer_customer', 'pending',
           jsonb_build_object('kind', 'send_email', 'email', jsonb_build_object(
             'to', jsonb_build_array('buyer' || d || '@customer.example'), 'cc', '[]'::jsonb,
             'subject', 'Re: pricing for Deal ' || d, 'body', 'Hi, here is the pricing you asked for.', 'citations', '[]'::jsonb)),
           'answer the open pricing question', 'offline', 'act_now', 50
    FROM generate_series(1, ${deals}) d WHERE d % 20 < 9`);
  await db.execute(sql`ANALYZE`);
  return { deals };
}
