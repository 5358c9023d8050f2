/** Batched upserts as one statement with one JSON parameter: the builder's per-value cost dominated big imports. */
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './open-store.ts';

/**
 * Inserts `rows` (objects keyed like the drizzle table's fields) or updates them on a key conflict. Column names and
 * SQL types come from the table definition, so the schema stays the single source of truth.
 */
export async function bulkUpsert<T extends PgTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<Partial<T['$inferInsert']>>,
  options: { conflict: readonly string[]; keep?: readonly string[] },
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  const shape = columns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', ');
  const conflict = options.conflict.map((field) => `"${getTableColumns(table)[field]!.name}"`).join(', ');
  const keep = new Set([...options.conflict, ...(options.keep ?? [])]);
  const updates = columns
    .filter(([field]) => !keep.has(field))
    .map(([, c]) => `"${c.name}" = excluded."${c.name}"`)
    .join(', ');
  const payload = JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        columns.map(([field, c]) => [c.name, (row as Record<string, unknown>)[field] ?? null]),
      ),
    ),
  );
  const onConflict = updates ? `DO UPDATE SET ${updates}` : 'DO NOTHING';
  await db.execute(
    sql`${sql.raw(`INSERT INTO "${getTableName(table)}" (${names}) SELECT ${names} FROM jsonb_to_recordset(`)}${payload}${sql.raw(
      `::jsonb) AS x(${shape}) ON CONFLICT (${conflict}) ${onConflict}`,
    )}`,
  );
}
