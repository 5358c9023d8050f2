/** Set-based writes of workspace entities: batched upserts by id, plus the integrity checks an import needs. */
import { getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Pipeline, Seller, Workspace, WorkspaceListName } from '../domain/workspace/workspace-schema.ts';
import type { Db } from './open-store.ts';
import { queryRows } from './query-rows.ts';
import * as rows from './rows/crm-rows.ts';
import * as t from './schema/index.ts';

type Items = { [L in WorkspaceListName]: NonNullable<Workspace[L]>[number] };

/** Every column but the key takes the incoming value: an import is the source of truth for what it carries. */
function excludedSet(table: PgTable, keep: readonly string[]): Record<string, SQL> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([key]) => !keep.includes(key))
      .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
}

export async function upsertItems<L extends WorkspaceListName>(
  db: Db,
  list: L,
  items: Items[L][],
): Promise<void> {
  if (items.length === 0) return;
  switch (list) {
    case 'users': {
      const values = (items as Items['users'][]).map(rows.userToRow);
      await db
        .insert(t.users)
        .values(values)
        .onConflictDoUpdate({ target: t.users.id, set: excludedSet(t.users, ['id', 'teamId']) });
      return;
    }
    case 'accounts': {
      const values = (items as Items['accounts'][]).map(rows.accountToRow);
      await db
        .insert(t.accounts)
        .values(values)
        .onConflictDoUpdate({ target: t.accounts.id, set: excludedSet(t.accounts, ['id']) });
      return;
    }
    case 'contacts': {
      const values = (items as Items['contacts'][]).map(rows.contactToRow);
      await db
        .insert(t.contacts)
        .values(values)
        .onConflictDoUpdate({ target: t.contacts.id, set: excludedSet(t.contacts, ['id']) });
      return;
    }
    case 'opportunities': {
      const opps = items as Items['opportunities'][];
      await db
        .insert(t.opportunities)
        .values(opps.map(rows.opportunityToRow))
        .onConflictDoUpdate({ target: t.opportunities.id, set: excludedSet(t.opportunities, ['id']) });
      // The file's stage history replaces the stored one: it is the CRM's full record, not a delta.
      await db.delete(t.stageHistory).where(
        inArray(
          t.stageHistory.opportunityId,
          opps.map((o) => o.id),
        ),
      );
      const history = opps.flatMap(rows.stageHistoryToRows);
      if (history.length > 0) await db.insert(t.stageHistory).values(history);
      return;
    }
    case 'activities': {
      const values = (items as Items['activities'][]).map(rows.activityToRow);
      await db
        .insert(t.activities)
        .values(values)
        .onConflictDoUpdate({ target: t.activities.id, set: excludedSet(t.activities, ['id']) });
      return;
    }
    case 'usage': {
      const values = (items as Items['usage'][]).map(rows.usageToRow);
      await db
        .insert(t.usage)
        .values(values)
        .onConflictDoUpdate({
          target: [t.usage.accountId, t.usage.metric, t.usage.period],
          set: { value: sql.raw('excluded."value"') },
        });
      return;
    }
    case 'products': {
      const values = (items as Items['products'][]).map(rows.productToRow);
      await db
        .insert(t.products)
        .values(values)
        .onConflictDoUpdate({ target: t.products.sku, set: excludedSet(t.products, ['sku']) });
      return;
    }
    case 'documents': {
      const values = (items as Items['documents'][]).map(rows.documentToRow);
      await db
        .insert(t.documents)
        .values(values)
        .onConflictDoUpdate({ target: t.documents.id, set: excludedSet(t.documents, ['id']) });
      return;
    }
  }
}

/** Columns per row, so a batch stays under PostgreSQL's 65,535 bind parameters. */
export const columnsPerItem: Record<WorkspaceListName, number> = {
  users: 7,
  accounts: 6,
  contacts: 7,
  opportunities: 16,
  activities: 16,
  usage: 4,
  products: 6,
  documents: 6,
};

export async function upsertWorkspaceHead(
  db: Db,
  head: { asOf: string; seller: Seller; pipeline?: Pipeline | undefined },
): Promise<void> {
  const values = {
    id: 'default',
    asOf: head.asOf,
    seller: head.seller,
    pipeline: head.pipeline ?? null,
    importedAt: new Date(),
  };
  await db
    .insert(t.workspaceHead)
    .values(values)
    .onConflictDoUpdate({ target: t.workspaceHead.id, set: values });
}

/** A team is a manager and their direct reports; derived from managerId after every import. */
export async function rebuildTeams(db: Db): Promise<void> {
  await db.execute(sql`
    INSERT INTO teams (id, name, manager_id)
    SELECT 'team-' || m.id, m.name || '''s team', m.id FROM users m
    WHERE EXISTS (SELECT 1 FROM users r WHERE r.manager_id = m.id)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, manager_id = excluded.manager_id`);
  await db.execute(sql`
    UPDATE users u SET team_id = CASE
      WHEN u.manager_id IS NOT NULL THEN 'team-' || u.manager_id
      WHEN EXISTS (SELECT 1 FROM users r WHERE r.manager_id = u.id) THEN 'team-' || u.id
    END`);
  await db.execute(
    sql`DELETE FROM teams t WHERE NOT EXISTS (SELECT 1 FROM users r WHERE r.manager_id = t.manager_id)`,
  );
}

type Dangling = { list: string; id: string; field: string; ref: string; target: string };

const referenceChecks: ReadonlyArray<{
  list: string;
  table: string;
  key: string;
  column: string;
  field: string;
  target: string;
  targetTable: string;
}> = [
  {
    list: 'users',
    table: 'users',
    key: 's.id',
    column: 'manager_id',
    field: 'managerId',
    target: 'user',
    targetTable: 'users',
  },
  {
    list: 'accounts',
    table: 'accounts',
    key: 's.id',
    column: 'owner_id',
    field: 'ownerId',
    target: 'user',
    targetTable: 'users',
  },
  {
    list: 'contacts',
    table: 'contacts',
    key: 's.id',
    column: 'account_id',
    field: 'accountId',
    target: 'account',
    targetTable: 'accounts',
  },
  {
    list: 'opportunities',
    table: 'opportunities',
    key: 's.id',
    column: 'account_id',
    field: 'accountId',
    target: 'account',
    targetTable: 'accounts',
  },
  {
    list: 'opportunities',
    table: 'opportunities',
    key: 's.id',
    column: 'owner_id',
    field: 'ownerId',
    target: 'user',
    targetTable: 'users',
  },
  {
    list: 'activities',
    table: 'activities',
    key: 's.id',
    column: 'account_id',
    field: 'accountId',
    target: 'account',
    targetTable: 'accounts',
  },
  {
    list: 'activities',
    table: 'activities',
    key: 's.id',
    column: 'opportunity_id',
    field: 'opportunityId',
    target: 'opportunity',
    targetTable: 'opportunities',
  },
  {
    list: 'usage',
    table: 'usage',
    key: "s.metric || ' for the week of ' || s.period",
    column: 'account_id',
    field: 'accountId',
    target: 'account',
    targetTable: 'accounts',
  },
  {
    list: 'documents',
    table: 'documents',
    key: 's.id',
    column: 'account_id',
    field: 'accountId',
    target: 'account',
    targetTable: 'accounts',
  },
];

/** References that point nowhere, neither in the file being imported nor already in the store. */
export async function findDanglingReferences(db: Db, limit: number): Promise<Dangling[]> {
  const found: Dangling[] = [];
  for (const c of referenceChecks) {
    if (found.length >= limit) break;
    const missing = await queryRows<{ id: string; ref: string }>(
      db,
      sql.raw(`SELECT (${c.key})::text AS id, s."${c.column}" AS ref FROM "${c.table}" s
        WHERE s."${c.column}" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "${c.targetTable}" x WHERE x.id = s."${c.column}")
        ORDER BY 1 LIMIT ${limit - found.length}`),
    );
    for (const m of missing)
      found.push({ list: c.list, id: m.id, field: c.field, ref: m.ref, target: c.target });
  }
  return found;
}
