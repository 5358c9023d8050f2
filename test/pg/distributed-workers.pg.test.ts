import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/services/missions/create-run.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { readRun } from '../../src/store/mission-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import { queryRows } from '../../src/store/query-rows.ts';
import { ARTIFACTS } from '../support/artifacts.ts';
import { writeDemoWorkspace } from '../support/demo-files.ts';
import { freshDatabase } from '../support/fresh-postgres.ts';
import { projectRoot } from '../support/paths.ts';
import { cliPath } from '../support/run-cli.ts';

describe('two workers on PostgreSQL share one run', () => {
  it('processes every deal of a 5,000-deal run once, even when one worker is killed mid-run', async () => {
    const database = await freshDatabase();
    const store = await openStore({ engine: 'postgres', url: database.url });
    const children: ChildProcess[] = [];
    try {
      const { file } = writeDemoWorkspace(25, 220, 5);
      await importWorkspaceFile(store, file);
      const { run } = await createRun(
        store.db,
        { repId: null, trigger: 'manual' },
        { reasoner: 'deterministic-v1', deadlineMs: 3_600_000 },
      );
      expect(run.deals).toBeGreaterThanOrEqual(5000);

      const env = {
        ...process.env,
        DATABASE_URL: database.url,
        LOG_LEVEL: 'info',
        CLOSELOOP_JOB_EXPIRE_SECONDS: '8',
        CLOSELOOP_MISSION_BATCH: '50',
      };
      // Each worker's log is kept with the test artifacts: a run that stalls on CI must say where.
      const start = (name: string) => {
        const log = path.join(ARTIFACTS, `distributed-${name}.log`);
        const out = openSync(log, 'w');
        const child = spawn(
          process.execPath,
          [cliPath, 'worker', '--drain', '--no-schedule', '--no-dispatch'],
          { cwd: projectRoot, env, stdio: ['ignore', out, out] },
        );
        children.push(child);
        return { child, log };
      };
      const doomed = start('doomed');
      const survivor = start('survivor');
      const survivorExit = new Promise<number | null>((r) => survivor.child.once('exit', r));

      for (;;) {
        const current = (await readRun(store.db, run.id))!;
        if (current.reasoned + current.unchanged >= run.deals * 0.25) break;
        expect(current.status).not.toBe('done');
        await new Promise((r) => setTimeout(r, 200));
      }
      doomed.child.kill('SIGKILL');
      const exit = await Promise.race([
        survivorExit,
        new Promise<'stalled'>((r) => setTimeout(() => r('stalled'), 300_000)),
      ]);
      if (exit === 'stalled') {
        const jobs = await queryRows(
          store.db,
          sql`SELECT state, count(*)::int AS n FROM closeloop_jobs.job GROUP BY state`,
        );
        const state = { run: await readRun(store.db, run.id), jobs };
        const tail = readFileSync(survivor.log, 'utf8').split('\n').slice(-20).join('\n');
        expect.fail(`the surviving worker did not exit: ${JSON.stringify(state)}\n${tail}`);
      }
      expect(exit).toBe(0);

      const finished = (await readRun(store.db, run.id))!;
      expect(finished).toMatchObject({ status: 'done', failed: 0 });
      expect(finished.reasoned + finished.unchanged).toBe(run.deals);
      const [steps] = await queryRows<{ total: number; finished: number }>(
        store.db,
        sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE status IN ('done', 'unchanged'))::int AS finished FROM run_deals WHERE run_id = ${run.id}`,
      );
      expect(steps).toEqual({ total: run.deals, finished: run.deals });
      const twice = await queryRows(
        store.db,
        sql`SELECT opportunity_id FROM proposals GROUP BY run_id, opportunity_id HAVING count(*) > 1
            UNION ALL SELECT opportunity_id FROM proposals WHERE state = 'pending' GROUP BY opportunity_id HAVING count(*) > 1`,
      );
      expect(twice).toEqual([]);
    } finally {
      for (const child of children) child.kill('SIGKILL');
      await store.close();
      await database.drop();
    }
  }, 600_000);
});
