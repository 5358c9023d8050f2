/** Reads of the workspace back out of the store, page by page in id order, as workspace entities. */
import { asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Pipeline, Seller, Workspace, WorkspaceListName } from '../domain/workspace/workspace-schema.ts';
import type { Db } from './open-store.ts';
import * as rows from './rows/crm-rows.ts';
import * as t from './schema/index.ts';

export type StoredHead = { asOf: string; seller: Seller; pipeline: Pipeline | undefined };

export async function readWorkspaceHead(db: Db): Promise<StoredHead | undefined> {
  const [head] = await db.select().from(t.workspaceHead).where(eq(t.workspaceHead.id, 'default'));
  return head && { asOf: head.asOf, seller: head.seller, pipeline: head.pipeline ?? undefined };
}

type Item<L extends WorkspaceListName> = NonNullable<Workspace[L]>[number];

/** Pages through one list with keyset pagination, so an export of a million rows stays in bounded memory. */
export async function* pageItems<L extends WorkspaceListName>(
  db: Db,
  list: L,
  pageSize = 2000,
): AsyncGenerator<Item<L>[]> {
  let after: string | undefined;
  for (;;) {
    const page = (await readPage(db, list, after, pageSize)) as Item<L>[];
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    after = cursorOf(list, page[page.length - 1]!);
  }
}

function cursorOf(list: WorkspaceListName, item: unknown): string {
  const o = item as Record<string, string>;
  if (list === 'products') return o.sku!;
  if (list === 'usage') return `${o.accountId}\u0000${o.metric}\u0000${o.period}`;
  return o.id!;
}

async function readPage(
  db: Db,
  list: WorkspaceListName,
  after: string | undefined,
  limit: number,
): Promise<unknown[]> {
  const from = (column: AnyPgColumn): SQL | undefined =>
    after === undefined ? undefined : gt(column, after);
  switch (list) {
    case 'users':
      return (
        await db.select().from(t.users).where(from(t.users.id)).orderBy(asc(t.users.id)).limit(limit)
      ).map(rows.userFromRow);
    case 'accounts':
      return (
        await db.select().from(t.accounts).where(from(t.accounts.id)).orderBy(asc(t.accounts.id)).limit(limit)
      ).map(rows.accountFromRow);
    case 'contacts':
      return (
        await db.select().from(t.contacts).where(from(t.contacts.id)).orderBy(asc(t.contacts.id)).limit(limit)
      ).map(rows.contactFromRow);
    case 'opportunities': {
      const opps = await db
        .select()
        .from(t.opportunities)
        .where(from(t.opportunities.id))
        .orderBy(asc(t.opportunities.id))
        .limit(limit);
      const history = opps.length
        ? await db
            .select()
            .from(t.stageHistory)
            .where(
              inArray(
                t.stageHistory.opportunityId,
                opps.map((o) => o.id),
              ),
            )
            .orderBy(asc(t.stageHistory.opportunityId), asc(t.stageHistory.position))
        : [];
      const byOpp = new Map<string, typeof history>();
      for (const h of history) byOpp.set(h.opportunityId, [...(byOpp.get(h.opportunityId) ?? []), h]);
      return opps.map((o) => rows.opportunityFromRow(o, byOpp.get(o.id)));
    }
    case 'activities':
      return (
        await db
          .select()
          .from(t.activities)
          .where(from(t.activities.id))
          .orderBy(asc(t.activities.id))
          .limit(limit)
      ).map(rows.activityFromRow);
    case 'usage': {
      const [accountId, metric, period] = after?.split('\u0000') ?? [];
      const result = await db
        .select()
        .from(t.usage)
        .where(
          after === undefined
            ? undefined
            : sql`(${t.usage.accountId}, ${t.usage.metric}, ${t.usage.period}) > (${accountId}, ${metric}, ${period}::date)`,
        )
        .orderBy(asc(t.usage.accountId), asc(t.usage.metric), asc(t.usage.period))
        .limit(limit);
      return result.map(rows.usageFromRow);
    }
    case 'products':
      return (
        await db
          .select()
          .from(t.products)
          .where(from(t.products.sku))
          .orderBy(asc(t.products.sku))
          .limit(limit)
      ).map(rows.productFromRow);
    case 'documents':
      return (
        await db
          .select()
          .from(t.documents)
          .where(from(t.documents.id))
          .orderBy(asc(t.documents.id))
          .limit(limit)
      ).map(rows.documentFromRow);
  }
}
