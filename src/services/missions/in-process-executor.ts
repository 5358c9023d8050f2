/** Runs a mission inside this process with bounded concurrency: the embedded engine's way, and `closeloop run`'s. */
import { setImmediate } from 'node:timers/promises';
import { readWorldHead } from '../../store/deal-contexts.ts';
import { type RunRow, readRun, remainingDeals } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import { inSpan } from '../../telemetry/tracing.ts';
import { finishRunIfComplete } from './finish-run.ts';
import { type MissionDeps, processBatch } from './process-batch.ts';

export async function executeInProcess(
  db: Db,
  runId: string,
  deps: MissionDeps,
  options: { signal?: AbortSignal } = {},
): Promise<RunRow | undefined> {
  return inSpan(
    'mission.run',
    { 'closeloop.run_id': runId, 'closeloop.executor': 'in-process' },
    async () => {
      const head = await readWorldHead(db);
      const ids = (await remainingDeals(db, runId)).map((d) => d.opportunityId);
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += deps.config.batchSize)
        batches.push(ids.slice(i, i + deps.config.batchSize));
      let next = 0;
      const lane = async () => {
        while (next < batches.length && !options.signal?.aborted) {
          const batch = batches[next++]!;
          await processBatch(db, runId, batch, deps, head);
          // The embedded engine answers in microtasks only: without a macrotask turn here, timers and sockets (a
          // follower, the web server on the same store) would wait for the whole run.
          await setImmediate();
        }
      };
      await Promise.all(Array.from({ length: Math.min(deps.config.concurrency, batches.length) }, lane));
      if (options.signal?.aborted) return readRun(db, runId);
      return (await finishRunIfComplete(db, runId, deps.proposals)) ?? readRun(db, runId);
    },
  );
}
