/** Builds the triage engine's DealContext for open deals straight from the store, a batch of accounts at a time. */
import { and, eq, inArray, isNull, notInArray, or } from 'drizzle-orm';
import { competitorNames } from '../domain/triage/competitors.ts';
import type { DealContext } from '../domain/triage/deal-context.ts';
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
  const deals = await readOpportunities(db, inArray(t.opportunities.id, [...opportunityIds]));
  const accountIds = [...new Set(deals.map((d) => d.accountId))];
  // Each list in a fixed order: the deal's fingerprint is a hash of this context.
  const [accounts, contacts, activities, usage, openOnAccounts] = await Promise.all([
    db.select().from(t.accounts).where(inArray(t.accounts.id, accountIds)),
    db.select().from(t.contacts).where(inArray(t.contacts.accountId, accountIds)).orderBy(t.contacts.id),
    db
      .select()
      .from(t.activities)
      .where(inArray(t.activities.accountId, accountIds))
      .orderBy(t.activities.occurredAt, t.activities.id),
    db
      .select()
      .from(t.usage)
      .where(inArray(t.usage.accountId, accountIds))
      .orderBy(t.usage.metric, t.usage.period),
    readOpportunities(db, and(inArray(t.opportunities.accountId, accountIds), openCondition(head.pipeline))),
  ]);
  const ownerIds = [...new Set([...deals.map((d) => d.ownerId), ...accounts.map((a) => a.ownerId)])];
  const owners = await db.select().from(t.users).where(inArray(t.users.id, ownerIds));

  const accountById = new Map(accounts.map((a) => [a.id, rows.accountFromRow(a)]));
  const ownerById = new Map(owners.map((u) => [u.id, rows.userFromRow(u)]));
  const contactsBy = groupBy(contacts.map(rows.contactFromRow), (c) => c.accountId);
  const activitiesBy = groupBy(activities.map(rows.activityFromRow), (a) => a.accountId);
  const usageBy = groupBy(usage.map(rows.usageFromRow), (u) => u.accountId);
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

async function readOpportunities(db: Db, where: ReturnType<typeof and>): Promise<Opportunity[]> {
  // Ordered so a context serialises identically on every read: its fingerprint depends on it.
  const opps = await db.select().from(t.opportunities).where(where).orderBy(t.opportunities.id);
  if (opps.length === 0) return [];
  const history = await db
    .select()
    .from(t.stageHistory)
    .where(
      inArray(
        t.stageHistory.opportunityId,
        opps.map((o) => o.id),
      ),
    )
    .orderBy(t.stageHistory.opportunityId, t.stageHistory.position);
  const historyBy = groupBy(history, (h) => h.opportunityId);
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
