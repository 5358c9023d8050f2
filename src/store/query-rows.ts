/** Raw SQL through drizzle, with the row shape both drivers (PGlite and node-postgres) return. */
import type { SQL } from 'drizzle-orm';
import type { Db } from './open-store.ts';

export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  // Both drivers answer `{ rows }`; drizzle types the generic result as unknown.
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
