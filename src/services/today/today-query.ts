/**
 * The rep's morning queue in one round trip. The database ranks the open deals (one indexed scan of deal_states by
 * owner), joins account, owner and proposal for the first page of each section only, counts the rest and builds the
 * JSON itself, so the cost stays flat however big the book is.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access/actor.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import { todayOwner } from './owner-scope.ts';
import type { TeamQueue, TodayDeal, TodayView } from './today-schemas.ts';

/** Rows per section a page shows: more than a morning's work; the rest load on request. */
export const TODAY_PAGE = 50;
/** How many act-now deals a manager's team queue lists: a page to coach from, not an export. */
export const TEAM_QUEUE_LIMIT = 300;

const list = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** The open deals among the owners' states: the CRM may have closed a deal since its last assessment. */
const openStates = (ownerWhere: SQL): SQL => sql`
  head AS (
    SELECT coalesce((SELECT pipeline->>'closedWon' FROM workspace LIMIT 1), 'Closed Won') AS won,
           coalesce((SELECT pipeline->>'closedLost' FROM workspace LIMIT 1), 'Closed Lost') AS lost),
  scope AS (
    SELECT ds.opportunity_id, ds.owner_id, ds.verdict, ds.priority, ds.resume_on
    FROM deal_states ds
    JOIN opportunities o ON o.id = ds.opportunity_id
    CROSS JOIN head
    WHERE ${ownerWhere}
      AND NOT coalesce(o.is_closed, false) AND o.stage NOT IN (head.won, head.lost))`;

/** One deal as the list shows it; the SQL builds the exact JSON shape of TodayDeal. */
const dealJson = sql`json_build_object(
  'opportunityId', s.opportunity_id, 'dealName', o.name, 'accountId', o.account_id, 'accountName', a.name,
  'ownerId', s.owner_id, 'ownerName', u.name, 'amount', o.amount, 'currency', o.currency, 'stage', o.stage,
  'closeDate', o.close_date, 'verdict', s.verdict, 'actions', ds.actions, 'resumeOn', s.resume_on,
  'priority', s.priority, 'why', ds.why,
  'proposal', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
    'id', p.id, 'kind', p.kind, 'action', p.action, 'state', p.state, 'blocked', p.blocked,
    'subject', coalesce(p.payload->'email'->>'subject', p.payload->'meeting'->>'subject'),
    'snoozedUntil', to_char(p.snoozed_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) END)`;

const dealJoins = sql`
  JOIN deal_states ds ON ds.opportunity_id = s.opportunity_id
  JOIN opportunities o ON o.id = s.opportunity_id
  JOIN accounts a ON a.id = o.account_id
  LEFT JOIN users u ON u.id = s.owner_id
  LEFT JOIN proposals p ON p.id = ds.proposal_id`;

// Act-now by the engine's priority; monitor by the day it comes back. The id breaks ties, so reloads keep the order.
const actNowRank = sql`s.priority DESC, s.opportunity_id`;
const monitorRank = sql`s.resume_on ASC NULLS LAST, s.priority DESC, s.opportunity_id`;

const runJson = sql`json_build_object(
  'id', r.id, 'status', r.status, 'deals', r.deals, 'done', r.reasoned + r.unchanged + r.failed,
  'proposals', r.proposals, 'failed', r.failed,
  'createdAt', to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'finishedAt', to_char(r.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

const page = (verdict: 'act_now' | 'monitor', rank: SQL, limit: number): SQL => sql`
  (SELECT json_agg(d ORDER BY n) FROM (
     SELECT ${dealJson} AS d, row_number() OVER (ORDER BY ${rank}) AS n
     FROM (SELECT * FROM scope s WHERE s.verdict = ${verdict} ORDER BY ${rank} LIMIT ${limit}) s ${dealJoins}) x)`;

/**
 * The statement itself, exported so its plan can be checked (EXPLAIN) against a big store. It returns the whole
 * TodayView as JSON text: the server sends it as it comes, without parsing and serializing it again.
 */
export const todayQuery = (
  ownerId: string,
  limit: number,
): SQL => sql`WITH ${openStates(sql`ds.owner_id = ${ownerId}`)}
    SELECT json_build_object(
      'owner', coalesce((SELECT json_build_object('id', id, 'name', name) FROM users WHERE id = ${ownerId}),
                        json_build_object('id', ${ownerId}::text, 'name', ${ownerId}::text)),
      'asOf', (SELECT as_of FROM workspace LIMIT 1),
      'actNow', coalesce(${page('act_now', actNowRank, limit)}, '[]'::json),
      'monitor', coalesce(${page('monitor', monitorRank, limit)}, '[]'::json),
      'counts', (SELECT json_build_object('actNow', count(*) FILTER (WHERE verdict = 'act_now'),
                                          'monitor', count(*) FILTER (WHERE verdict = 'monitor'),
                                          'noAction', count(*) FILTER (WHERE verdict = 'no_action')) FROM scope),
      'lastRun', (SELECT ${runJson} FROM (
         (SELECT * FROM runs WHERE rep_id = ${ownerId} ORDER BY created_at DESC LIMIT 1)
         UNION ALL (SELECT * FROM runs WHERE rep_id IS NULL ORDER BY created_at DESC LIMIT 1)
       ) r ORDER BY r.created_at DESC LIMIT 1))::text AS view`;

/** The Today view as JSON text, ready to send; the permission check happens here, before any read. */
export async function readTodayJson(
  db: Db,
  actor: Actor,
  input: { ownerId?: string | undefined; limit?: number | undefined } = {},
): Promise<string> {
  const ownerId = todayOwner(actor, input.ownerId);
  const [row] = await queryRows<{ view: string }>(db, todayQuery(ownerId, input.limit ?? TODAY_PAGE));
  if (!row) throw new Error('the Today query returned no row');
  return row.view;
}

export async function readToday(
  db: Db,
  actor: Actor,
  input: { ownerId?: string | undefined; limit?: number | undefined } = {},
): Promise<TodayView> {
  return JSON.parse(await readTodayJson(db, actor, input)) as TodayView;
}

/** The act-now deals across the people a manager sees, with per-owner counts; an admin sees every owner. */
export async function readTeamQueue(db: Db, actor: Actor): Promise<TeamQueue> {
  const owners = ownerFilter(actor);
  if (owners && owners.length === 0) return { owners: [], deals: [] };
  const where = owners ? sql`ds.owner_id IN (${list(owners)})` : sql`true`;
  const [row] = await queryRows<{ deals: TodayDeal[] | null; owners: TeamQueue['owners'] | null }>(
    db,
    sql`WITH ${openStates(where)}
    SELECT
      ${page('act_now', actNowRank, TEAM_QUEUE_LIMIT)} AS deals,
      (SELECT json_agg(json_build_object('id', o.owner_id, 'name', coalesce(u.name, o.owner_id),
                                         'actNow', o.act_now, 'pending', o.pending) ORDER BY u.name)
       FROM (SELECT s.owner_id, count(*) FILTER (WHERE s.verdict = 'act_now') AS act_now,
                    count(p.id) FILTER (WHERE p.state = 'pending') AS pending
             FROM scope s JOIN deal_states ds ON ds.opportunity_id = s.opportunity_id
             LEFT JOIN proposals p ON p.id = ds.proposal_id GROUP BY s.owner_id) o
       LEFT JOIN users u ON u.id = o.owner_id) AS owners`,
  );
  return {
    deals: row?.deals ?? [],
    owners: (row?.owners ?? []).map((o) => ({ ...o, actNow: Number(o.actNow), pending: Number(o.pending) })),
  };
}
