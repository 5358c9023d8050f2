/** Opens the store on one of two engines, embedded PGlite or a PostgreSQL server, behind one drizzle handle. */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { getTableName, is, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, type PgQueryResultHKT, PgTable } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { AppConfig } from '../config/env.ts';
import { ServerFault } from '../domain/errors.ts';
import { projectRoot } from '../project-root.ts';
import { logger } from '../telemetry/logger.ts';
import { queryRows } from './query-rows.ts';
import * as schema from './schema/index.ts';
import { acquireStoreLock } from './store-lock.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export type Store = {
  readonly db: Db;
  readonly engine: Engine;
  /** Where the data lives: a directory, `memory`, or the server URL without its password. */
  readonly location: string;
  /** The server's URL, for components that open their own connections (the job queue). */
  readonly connectionString?: string;
  close(): Promise<void>;
};

export type StoreTarget =
  | { engine: 'pglite'; dataDir: string | 'memory'; lockWaitMs?: number; template?: Blob }
  | { engine: 'postgres'; url: string; poolSize?: number };

const migrationsFolder = path.join(projectRoot, 'drizzle');

// Any number to share between processes: it only has to be the same for every closeloop.
const MIGRATION_LOCK_KEY = 7_140_221;

export function storeTarget(config: AppConfig): StoreTarget {
  return config.databaseUrl
    ? { engine: 'postgres', url: config.databaseUrl }
    : { engine: 'pglite', dataDir: path.join(config.home, 'pgdata'), lockWaitMs: config.lockWaitMs };
}

export async function openStore(target: StoreTarget): Promise<Store> {
  return target.engine === 'postgres' ? openPostgres(target.url, target.poolSize) : openPglite(target);
}

async function openPglite(target: { dataDir: string; lockWaitMs?: number; template?: Blob }): Promise<Store> {
  const memory = target.dataDir === 'memory';
  const lock = memory
    ? undefined
    : await acquireStoreLock(path.dirname(target.dataDir), target.lockWaitMs ?? 3000);
  let client: PGlite | undefined;
  try {
    // A template (a dumped, migrated data directory) skips initdb: tests open hundreds of fresh stores.
    client = new PGlite({ dataDir: memory ? undefined : target.dataDir, loadDataDir: target.template });
    await client.waitReady;
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    await migratePglite(db as Parameters<typeof migratePglite>[0], { migrationsFolder });
    const opened = client;
    return {
      db,
      engine: 'pglite',
      location: memory ? 'memory' : target.dataDir,
      async close() {
        await opened.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    await lock?.release();
    throw wrapOpenError(error, target.dataDir);
  }
}

async function openPostgres(url: string, poolSize = 10): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server drops (restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', (error) => logger.warn({ err: error }, 'an idle PostgreSQL connection was lost'));
  try {
    await migrateOnce(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw wrapOpenError(error, redact(url));
  }
  return {
    db: drizzleNodePg({ client: pool, schema }) as unknown as Db,
    engine: 'postgres',
    location: redact(url),
    connectionString: url,
    close: () => pool.end(),
  };
}

/** Several workers may start at once: one migrates under an advisory lock, the others wait, then see no work. */
async function migrateOnce(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrateNodePg(drizzleNodePg({ client }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

function wrapOpenError(error: unknown, where: string): unknown {
  if (error instanceof Error && error.name === 'UserError') return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ServerFault('store_unavailable', `cannot open the store at ${where}: ${message}`, {
    cause: error,
  });
}

/** Row counts per table, for `closeloop status`. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = Object.values(schema).flatMap((t) => (is(t, PgTable) ? [getTableName(t)] : []));
  const counts: Record<string, number> = {};
  for (const table of tables.sort()) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM "${table}"`));
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
