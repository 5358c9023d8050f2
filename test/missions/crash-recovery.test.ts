import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { queryRows } from '../../src/store/query-rows.ts';
import { writeDemoWorkspace } from '../support/demo-files.ts';
import { projectRoot } from '../support/paths.ts';
import { cliPath, runCli } from '../support/run-cli.ts';

describe('a run killed mid-way on the embedded store', () => {
  it('is finished by the next worker: every deal has exactly one verdict and at most one open proposal', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'closeloop-crash-'));
    const env = { CLOSELOOP_HOME: home, CLOSELOOP_MISSION_BATCH: '50' };
    const { file, openDeals } = writeDemoWorkspace(10, 200);
    expect((await runCli(['import', file], env)).code).toBe(0);

    const child = spawn(process.execPath, [cliPath, 'run', '--all', '--follow'], {
      cwd: projectRoot,
      env: { ...process.env, ...env, DATABASE_URL: undefined },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const killedAt = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      child.stderr.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (const m of buffer.matchAll(/\] (\d+)\/(\d+) deals/g)) {
          const done = Number(m[1]);
          if (done >= Number(m[2]) * 0.2) {
            child.kill('SIGKILL');
            resolve(done);
            return;
          }
        }
      });
      child.on('exit', () =>
        reject(new Error(`the run ended before it could be killed:\n${buffer.slice(-500)}`)),
      );
    });
    await new Promise((r) => child.once('close', r));
    expect(killedAt).toBeLessThan(openDeals);

    const worker = await runCli(['worker', '--drain', '--no-schedule', '--no-dispatch'], env);
    expect(worker.code, worker.stderr).toBe(0);

    const store = await openStore({ engine: 'pglite', dataDir: path.join(home, 'pgdata') });
    try {
      const [run] = await queryRows<{
        status: string;
        deals: number;
        reasoned: number;
        unchanged: number;
        failed: number;
      }>(store.db, sql`SELECT status, deals, reasoned, unchanged, failed FROM runs`);
      expect(run).toMatchObject({ status: 'done', deals: openDeals, failed: 0 });
      expect(run!.reasoned + run!.unchanged).toBe(openDeals);
      const [steps] = await queryRows<{ total: number; finished: number; verdicts: number }>(
        store.db,
        sql`SELECT count(*)::int AS total,
                   count(*) FILTER (WHERE status IN ('done', 'unchanged'))::int AS finished,
                   count(verdict)::int AS verdicts
            FROM run_deals`,
      );
      expect(steps).toEqual({ total: openDeals, finished: openDeals, verdicts: openDeals });
      const doubled = await queryRows(
        store.db,
        sql`SELECT opportunity_id FROM proposals WHERE state = 'pending' GROUP BY opportunity_id HAVING count(*) > 1`,
      );
      expect(doubled).toEqual([]);
    } finally {
      await store.close();
    }
  }, 240_000);
});
