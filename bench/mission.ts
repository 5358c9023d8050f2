/**
 * `npm run bench:mission`: deals per second for a full run and for an unchanged re-run of the benchmark world, with
 * 1, 2 and 4 `closeloop worker` processes on PostgreSQL, and in-process on the embedded store.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { composeRuntime } from '../src/runtime/app-runtime.ts';
import { createRun } from '../src/services/missions/create-run.ts';
import { executeInProcess } from '../src/services/missions/in-process-executor.ts';
import { importWorkspaceFile } from '../src/services/workspace/import-workspace.ts';
import { readRun } from '../src/store/mission-store.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { freshDatabase } from '../test/support/fresh-postgres.ts';
import { openBenchStore } from './bench-store.ts';
import { benchWorkspace, rate } from './bench-world.ts';

const cli = fileURLToPath(new URL('../bin/closeloop.js', import.meta.url));
const workerCounts = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);

/** Forgets every earlier verdict, so the next run reasons every deal ("full"), and clears the queue it filled. */
async function forget(store: Store): Promise<void> {
  await store.db.execute(sql`TRUNCATE deal_states, proposals, observations, run_deals, runs`);
}

async function embedded(): Promise<void> {
  const store = await openBenchStore();
  const runtime = await composeRuntime(store, { jobs: false });
  try {
    await forget(store);
    for (const kind of ['full', 'unchanged'] as const) {
      const { run } = await createRun(
        store.db,
        { repId: null, trigger: 'manual' },
        { reasoner: runtime.mission.reasoner.name, deadlineMs: 86_400_000 },
      );
      const started = performance.now();
      const done = (await executeInProcess(store.db, run.id, runtime.mission))!;
      const ms = performance.now() - started;
      console.log(
        `embedded   ${kind.padEnd(9)} ${done.deals.toLocaleString('en-US')} deals in ${(ms / 1000).toFixed(1)} s = ${rate(done.deals, ms)} deals (${done.reasoned} reasoned, ${done.unchanged} unchanged, ${done.proposals} proposals)`,
      );
    }
  } finally {
    await runtime.close();
    await store.close();
  }
}

function startWorker(url: string): ReturnType<typeof spawn> {
  return spawn(process.execPath, [cli, 'worker', '--drain', '--no-schedule', '--no-dispatch'], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function postgres(): Promise<void> {
  const database = await freshDatabase();
  const store = await openStore({ engine: 'postgres', url: database.url });
  try {
    const imported = await importWorkspaceFile(store, benchWorkspace().file);
    console.log(
      `postgres   imported ${imported.counts.opportunities.toLocaleString('en-US')} opportunities in ${(imported.ms / 1000).toFixed(0)} s`,
    );
    for (const workers of workerCounts) {
      await forget(store);
      for (const kind of ['full', 'unchanged'] as const) {
        const { run } = await createRun(
          store.db,
          { repId: null, trigger: 'manual' },
          { reasoner: 'deterministic-v1', deadlineMs: 86_400_000 },
        );
        const started = performance.now();
        const children = Array.from({ length: workers }, () => startWorker(database.url));
        await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
        const ms = performance.now() - started;
        const done = (await readRun(store.db, run.id))!;
        console.log(
          `postgres   ${kind.padEnd(9)} ${workers} worker${workers > 1 ? 's' : ' '} ${done.deals.toLocaleString('en-US')} deals in ${(ms / 1000).toFixed(1)} s = ${rate(done.deals, ms)} deals (${done.status}, ${done.reasoned} reasoned, ${done.unchanged} unchanged)`,
        );
      }
    }
  } finally {
    await store.close();
    await database.drop();
  }
}

if (process.env.BENCH_SKIP_EMBEDDED !== '1') await embedded();
if (process.env.BENCH_SKIP_PG !== '1') await postgres();
