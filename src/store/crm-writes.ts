/** Set-based writes of workspace entities: batched upserts by id, plus the integrity checks an import needs. */
import { inArray, sql } from 'drizzle-orm';
import type { Pipeline, Seller, Workspace, WorkspaceListName } from '../domain/workspace/workspace-schema.ts';
import { bulkUpsert } from './bulk-upsert.ts';
import type { Db } from './open-store.ts';
import { queryRows } from './query-rows.ts';
import * as rows from './rows/crm-rows.ts';
import * as t from './schema/index.ts';

type Items = { [L in WorkspaceListName]: NonNullable<Workspace[L]>[number] };

/** Every column but the key takes the incoming value: an import is the source of truth for what it carries. */
export async function upsertItems<L extends WorkspaceListName>(
  db: Db,
  list: L,
  items: Items[L][],
): Promise<void> {
  if (items.length === 0) return;
  switch (list) {
    case 'users':
      return bulkUpsert(db, t.users, (items as Items['users'][]).map(rows.userToRow), {
        conflict: ['id'],
        keep: ['teamId'],
      });
    case 'accounts':
      return bulkUpsert(db, t.accounts, (items as Items['accounts'][]).map(rows.accountToRow), {
        conflict: ['id'],
      });
    case 'contacts':
      return bulkUpsert(db, t.contacts, (items as Items['contacts'][]).map(rows.contactToRow), {
        conflict: ['id'],
      });
    case 'opportunities': {
      const opps = items as Items['opportunities'][];
      await bulkUpsert(db, t.opportunities, opps.map(rows.opportunityToRow), { conflict: ['id'] });
      // The file's stage history replaces the stored one: it is the CRM's full record, not a delta.
      await db.delete(t.stageHistory).where(
        inArray(
          t.stageHistory.opportunityId,
          opps.map((o) => o.id),
        ),
      );
      return bulkUpsert(db, t.stageHistory, opps.flatMap(rows.stageHistoryToRows), {
        conflict: ['opportunityId', 'position'],
      });
    }
    case 'activities':
      return bulkUpsert(db, t.activities, (items as Items['activities'][]).map(rows.activityToRow), {
        conflict: ['id'],
      });
    case 'usage':
      return bulkUpsert(db, t.usage, (items as Items['usage'][]).map(rows.usageToRow), {
        conflict: ['accountId', 'metric', 'period'],
      });
    case 'products':
      return bulkUpsert(db, t.products, (items as Items['products'][]).map(rows.productToRow), {
        conflict: ['sku'],
      });
    case 'documents':
      return bulkUpsert(db, t.documents, (items as Items['documents'][]).map(rows.documentToRow), {
        conflict: ['id'],
      });
  }
}

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
