/** A person's decision queue: what waits for them (or their team), most urgent first, with delivery status. */
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { Verdict } from '../../domain/labels/labels-schema.ts';
import { type ProposalState, proposalStates } from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { accounts, opportunities, outbox, proposals, users } from '../../store/schema/index.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import { type DecisionDepsInput, decisionDeps } from './decision-deps.ts';
import { parseInput } from './parse-input.ts';
import { currentPayload, type OutboxRow, type ProposalRow, payloadSummary } from './proposal-record.ts';
import type { QueueItem } from './queue-item.ts';

/** What a queue shows by default: everything still needing a person or still in flight. */
export const openStates: readonly ProposalState[] = ['pending', 'approved', 'executing', 'failed'];
/** What a manager's second look covers: everything a person approved. */
const decidedStates: readonly ProposalState[] = ['approved', 'executing', 'done', 'failed'];

export const ListQueueInput = z.object({
  /** Whose queue: a user id or email; default everyone the actor may see. */
  rep: z.string().min(1).optional(),
  states: z.array(z.enum(proposalStates)).min(1).optional(),
  includeSnoozed: z.boolean().default(false),
  /** Approvals picked for a manager's second look. */
  sampledOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type ListQueueInput = z.input<typeof ListQueueInput>;

type Joined = {
  p: ProposalRow;
  opportunityName: string;
  accountName: string;
  ownerEmail: string;
  ob: OutboxRow | null;
};

export function toQueueItem(j: Joined, conflicts: readonly string[]): QueueItem {
  const payload = currentPayload(j.p);
  const summary = payloadSummary(payload);
  return {
    id: j.p.id,
    opportunityId: j.p.opportunityId,
    opportunityName: j.opportunityName,
    accountName: j.accountName,
    ownerId: j.p.ownerId,
    ownerEmail: j.ownerEmail,
    kind: j.p.kind,
    action: j.p.action,
    state: j.p.state,
    verdict: Verdict.safeParse(j.p.verdict).data ?? null,
    priority: j.p.priority,
    ...summary,
    citations: payload.kind === 'send_email' ? payload.email.citations : [],
    blocked: j.p.blocked,
    createdAt: j.p.createdAt.toISOString(),
    snoozedUntil: j.p.snoozedUntil?.toISOString() ?? null,
    stateReason: j.p.stateReason,
    delivery: j.ob
      ? {
          status: j.ob.status,
          attempts: j.ob.attempts,
          maxAttempts: j.ob.maxAttempts,
          lastError: j.ob.lastError,
          nextAttemptAt: j.ob.status === 'pending' ? j.ob.nextAttemptAt.toISOString() : null,
          messageId: j.ob.messageId,
        }
      : null,
    conflicts: [...conflicts],
    sampledForReview: j.p.sampledForReview,
  };
}

export async function resolveRep(db: Db, actor: Actor, rep: string): Promise<string> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.id} = ${rep} OR lower(${users.email}) = lower(${rep})`);
  if (!user) throw new UserError('not_found', `no user ${rep}`);
  const visible = ownerFilter(actor);
  if (visible && !visible.includes(user.id))
    throw new UserError('forbidden', `${actor.email} cannot see the queue of ${rep}`);
  return user.id;
}

export function joinedProposals(db: Db) {
  return db
    .select({
      p: proposals,
      opportunityName: opportunities.name,
      accountName: accounts.name,
      ownerEmail: users.email,
      ob: outbox,
    })
    .from(proposals)
    .innerJoin(opportunities, eq(opportunities.id, proposals.opportunityId))
    .innerJoin(accounts, eq(accounts.id, proposals.accountId))
    .innerJoin(users, eq(users.id, proposals.ownerId))
    .leftJoin(outbox, eq(outbox.proposalId, proposals.id));
}

/** For each proposal, the other open ones that reach one of its contacts. */
export async function conflictsOf(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await queryRows<{ id: string; other: string }>(
    db,
    sql`SELECT p.id, q.id AS other FROM proposals p
        JOIN proposals q ON q.id <> p.id AND q.recipients && p.recipients
          AND q.state IN ('pending', 'approved', 'executing')
          AND q.kind IN ('send_email', 'schedule_meeting')
        WHERE p.id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}) AND p.kind IN ('send_email', 'schedule_meeting')
        ORDER BY q.created_at`,
  );
  for (const r of rows) map.set(r.id, [...(map.get(r.id) ?? []), r.other]);
  return map;
}

export async function listQueue(
  db: Db,
  actor: Actor,
  rawInput: ListQueueInput = {},
  depsInput: DecisionDepsInput = {},
): Promise<QueueItem[]> {
  const input = parseInput(ListQueueInput, rawInput);
  const now = decisionDeps(depsInput).now();
  const states = input.states ?? (input.sampledOnly ? decidedStates : openStates);
  const filters: (SQL | undefined)[] = [inArray(proposals.state, [...states])];
  if (input.rep) filters.push(eq(proposals.ownerId, await resolveRep(db, actor, input.rep)));
  const visible = ownerFilter(actor);
  if (visible) filters.push(visible.length > 0 ? inArray(proposals.ownerId, [...visible]) : sql`FALSE`);
  if (!input.includeSnoozed)
    filters.push(or(isNull(proposals.snoozedUntil), sql`${proposals.snoozedUntil} <= ${now}`));
  if (input.sampledOnly) filters.push(eq(proposals.sampledForReview, true));
  const rows = await joinedProposals(db)
    .where(and(...filters))
    .orderBy(
      sql`CASE ${proposals.state} WHEN 'failed' THEN 0 WHEN 'executing' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END`,
      desc(sql`coalesce(${proposals.priority}, 0)`),
      asc(proposals.createdAt),
      asc(proposals.id),
    )
    .limit(input.limit);
  const conflicts = await conflictsOf(
    db,
    rows.map((r) => r.p.id),
  );
  return rows.map((r) => toQueueItem(r, conflicts.get(r.p.id) ?? []));
}
