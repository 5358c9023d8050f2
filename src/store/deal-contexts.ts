/** Builds the triage engine's DealContext for open deals straight from the store, a batch of accounts at a time. */
import { and, eq, inArray, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { competitorNames } from '../domain/triage/competitors.ts';
import { type DealContext, isOpen } from '../domain/triage/deal-context.ts';
import {
  DEFAULT_PIPELINE,
  type Opportunity,
  type Pipeline,
  type Seller,
} from '../domain/workspace/workspace-schema.ts';
import { readWorkspaceHead } from './crm-reads.ts';
import type { Db } from './open-store.ts';
import * as rows from './rows/crm-rows.ts';
import * as t from './schema/index.ts';

export type DealScope = { ownerIds?: readonly string[]; opportunityIds?: readonly string[] };

/** What every context shares: read once per run, not once per deal. */
export type WorldHead = { asOf: string; seller: Seller; pipeline: Pipeline; competitors: string[] };

export async function readWorldHead(db: Db): Promise<WorldHead | undefined> {
  const head = await readWorkspaceHead(db);
  if (!head) return undefined;
  const battlecards = await db.select().from(t.documents).where(eq(t.documents.kind, 'battlecard'));
  return {
    asOf: head.asOf,
    seller: head.seller,
    pipeline: head.pipeline ?? DEFAULT_PIPELINE,
    competitors: competitorNames(battlecards.map(rows.documentFromRow)),
  };
}

function openCondition(pipeline: Pipeline) {
  return and(
    or(isNull(t.opportunities.isClosed), eq(t.opportunities.isClosed, false)),
    notInArray(t.opportunities.stage, [pipeline.closedWon, pipeline.closedLost]),
  );
}

/** The open deals in scope, ordered by owner then id so batches follow a rep's book. */
export async function listOpenDeals(
  db: Db,
  pipeline: Pipeline,
  scope: DealScope = {},
): Promise<Array<{ opportunityId: string; ownerId: string }>> {
  const filters = [openCondition(pipeline)];
  if (scope.ownerIds) filters.push(inArray(t.opportunities.ownerId, [...scope.ownerIds]));
  if (scope.opportunityIds) filters.push(inArray(t.opportunities.id, [...scope.opportunityIds]));
  return db
    .select({ opportunityId: t.opportunities.id, ownerId: t.opportunities.ownerId })
    .from(t.opportunities)
    .where(and(...filters))
    .orderBy(t.opportunities.ownerId, t.opportunities.id);
}

/** Contexts for the given open deals; `asOf` overrides the workspace's own instant. */
export async function loadDealContexts(
  db: Db,
  head: WorldHead,
  opportunityIds: readonly string[],
  asOf: string = head.asOf,
): Promise<DealContext[]> {
  if (opportunityIds.length === 0) return [];
  const requested = [...new Set(opportunityIds)];
  const byId = db
    .select({ accountId: t.opportunities.accountId })
    .from(t.opportunities)
    .where(eq(t.opportunities.id, KEY))
    .offset(FENCE)
    .as('o');
  const found = await db.select(byId._.selectedFields).from(keyTable(requested)).crossJoinLateral(byId);
  const accountIds = [...new Set(found.map((o) => o.accountId))];
  const keys = keyTable(accountIds);
  // The deals and the other open deals on their accounts in one read: the engine attributes mail between them.
  const opps = db
    .select()
    .from(t.opportunities)
    .where(
      and(
        eq(t.opportunities.accountId, KEY),
        or(inArray(t.opportunities.id, requested), openCondition(head.pipeline)),
      ),
    )
    .offset(FENCE)
    .as('o');
  const contacts = db.select().from(t.contacts).where(eq(t.contacts.accountId, KEY)).offset(FENCE).as('c');
  const activities = db
    .select()
    .from(t.activities)
    .where(eq(t.activities.accountId, KEY))
    .offset(FENCE)
    .as('a');
  const usage = db.select().from(t.usage).where(eq(t.usage.accountId, KEY)).offset(FENCE).as('u');
  // Each list in a fixed order: the deal's fingerprint is a hash of this context.
  const [onAccounts, accounts, contactRows, activityRows, usageRows] = await Promise.all([
    readOpportunities(
      db,
      db.select(opps._.selectedFields).from(keys).crossJoinLateral(opps).orderBy(opps.id),
    ),
    db.select().from(t.accounts).where(inArray(t.accounts.id, accountIds)),
    db.select(contacts._.selectedFields).from(keys).crossJoinLateral(contacts).orderBy(contacts.id),
    db
      .select(activities._.selectedFields)
      .from(keys)
      .crossJoinLateral(activities)
      .orderBy(activities.occurredAt, activities.id),
    db.select(usage._.selectedFields).from(keys).crossJoinLateral(usage).orderBy(usage.metric, usage.period),
  ]);
  const wanted = new Set(requested);
  const deals = onAccounts.filter((o) => wanted.has(o.id));
  const openOnAccounts = onAccounts.filter((o) => isOpen(o, head.pipeline));
  const ownerIds = [...new Set([...deals.map((d) => d.ownerId), ...accounts.map((a) => a.ownerId)])];
  const owners = await db.select().from(t.users).where(inArray(t.users.id, ownerIds));

  const accountById = new Map(accounts.map((a) => [a.id, rows.accountFromRow(a)]));
  const ownerById = new Map(owners.map((u) => [u.id, rows.userFromRow(u)]));
  const contactsBy = groupBy(contactRows.map(rows.contactFromRow), (c) => c.accountId);
  const activitiesBy = groupBy(activityRows.map(rows.activityFromRow), (a) => a.accountId);
  const usageBy = groupBy(usageRows.map(rows.usageFromRow), (u) => u.accountId);
  const openBy = groupBy(openOnAccounts, (o) => o.accountId);

  const order = new Map(opportunityIds.map((id, i) => [id, i]));
  deals.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return deals.flatMap((opportunity) => {
    const account = accountById.get(opportunity.accountId);
    if (!account) return [];
    const owner = ownerById.get(opportunity.ownerId) ?? ownerById.get(account.ownerId);
    return [
      {
        asOf,
        seller: head.seller,
        pipeline: head.pipeline,
        opportunity,
        account,
        ...(owner ? { owner } : {}),
        contacts: contactsBy.get(account.id) ?? [],
        activities: activitiesBy.get(account.id) ?? [],
        otherOpenOpportunities: (openBy.get(account.id) ?? []).filter((o) => o.id !== opportunity.id),
        usage: usageBy.get(account.id) ?? [],
        competitors: head.competitors,
      },
    ];
  });
}

/*
 * Batch reads go key by key: `unnest(keys) as k(id)` joined LATERAL to a subquery on `… = k.id`. A plain
 * `column = ANY(keys)` is planned from table statistics, and a PGlite store that was never ANALYZEd has none, so
 * the planner guesses most rows match and scans whole tables (on a 100,000-deal book, most of a batch's read
 * time). The OFFSET 0 keeps the subquery from being merged into the join, so each key is one index lookup,
 * statistics or not.
 */
const KEY = sql`k.id`;
// drizzle leaves out a numeric `offset 0`, so the fence goes in as SQL.
const FENCE = sql`0` as unknown as number;

function keyTable(keys: readonly string[]): SQL {
  return sql`unnest(array[${sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  )}]::text[]) as k(id)`;
}

async function readOpportunities(db: Db, query: PromiseLike<rows.OpportunityRow[]>): Promise<Opportunity[]> {
  // Ordered so a context serialises identically on every read: its fingerprint depends on it.
  const opps = await query;
  if (opps.length === 0) return [];
  const history = db
    .select()
    .from(t.stageHistory)
    .where(eq(t.stageHistory.opportunityId, KEY))
    .offset(FENCE)
    .as('h');
  const historyRows = await db
    .select(history._.selectedFields)
    .from(keyTable(opps.map((o) => o.id)))
    .crossJoinLateral(history)
    .orderBy(history.opportunityId, history.position);
  const historyBy = groupBy(historyRows, (h) => h.opportunityId);
  return opps.map((o) => rows.opportunityFromRow(o, historyBy.get(o.id)));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
