/** Fresh in-memory PGlite stores for tests, cloned from one migrated template instead of running initdb each time. */
import { createHash } from 'node:crypto';
import { openAsBlob, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { projectRoot } from './paths.ts';

let template: Promise<Blob> | undefined;

function migrationsHash(): string {
  const dir = path.join(projectRoot, 'drizzle');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.sql'))
    .sort())
    hash.update(readFileSync(path.join(dir, f)));
  return hash.digest('hex').slice(0, 16);
}

async function buildTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `closeloop-pglite-template-${migrationsHash()}.tar.gz`);
  try {
    return await openAsBlob(file);
  } catch {
    const store = await openStore({ engine: 'pglite', dataDir: 'memory' });
    const client = (store.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('gzip');
    await store.close();
    // Test files run in parallel workers: write aside, then rename, so nobody reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  }
}

/** A fresh, migrated store: in memory, or in `dataDir` when a test needs to close and reopen it. */
export async function openTestStore(dataDir: string | 'memory' = 'memory'): Promise<Store> {
  template ??= buildTemplate();
  return openStore({ engine: 'pglite', dataDir, template: await template });
}
