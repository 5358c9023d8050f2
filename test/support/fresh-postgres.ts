/** A fresh PostgreSQL database per test file, so suites and CI runs never see each other's rows. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/open-store.ts';

export const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type FreshDatabase = { url: string; drop(): Promise<void> };

export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `closeloop_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A store on a fresh database, for the engine contracts: dispose closes it and drops the database. */
export async function openFreshPostgresStore(
  poolSize = 4,
): Promise<{ store: Store; dispose(): Promise<void> }> {
  const database = await freshDatabase();
  const store = await openStore({ engine: 'postgres', url: database.url, poolSize });
  return {
    store,
    dispose: async () => {
      await store.close().catch(() => {});
      await database.drop();
    },
  };
}
