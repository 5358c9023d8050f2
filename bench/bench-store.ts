/** A PGlite store holding the benchmark world, imported once and reused by later benchmark runs. */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importWorkspaceFile } from '../src/services/workspace/import-workspace.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { BENCH_OPPS_PER_REP, BENCH_REPS, benchWorkspace } from './bench-world.ts';

export async function openBenchStore(): Promise<Store> {
  const dir = path.join(tmpdir(), `closeloop-bench-store-${BENCH_REPS}x${BENCH_OPPS_PER_REP}`);
  const ready = path.join(dir, 'imported');
  if (!existsSync(ready)) {
    rmSync(dir, { recursive: true, force: true });
    const { file } = benchWorkspace();
    const store = await openStore({ engine: 'pglite', dataDir: path.join(dir, 'pgdata') });
    console.error('importing the benchmark world into PGlite (once) …');
    await importWorkspaceFile(store, file);
    await store.close();
    writeFileSync(ready, new Date().toISOString());
  }
  return openStore({ engine: 'pglite', dataDir: path.join(dir, 'pgdata') });
}
