/** `closeloop run`: create (or join) a run and see it through, in-process or with the workers on PostgreSQL. */
import type PgBoss from 'pg-boss';
import { type RunRow, readRun } from '../../store/mission-store.ts';
import type { Store } from '../../store/open-store.ts';
import { createRun, type RunRequest } from './create-run.ts';
import { enqueueRun, workMissionBatches } from './distributed-executor.ts';
import { isFinished } from './follow-run.ts';
import { executeInProcess } from './in-process-executor.ts';
import type { MissionDeps } from './process-batch.ts';

export type RunSummary = {
  runId: string;
  deals: number;
  reasoned: number;
  unchanged: number;
  failed: number;
  proposals: number;
  status: RunRow['status'];
};

export const summarize = (run: RunRow): RunSummary => ({
  runId: run.id,
  deals: run.deals,
  reasoned: run.reasoned,
  unchanged: run.unchanged,
  failed: run.failed,
  proposals: run.proposals,
  status: run.status,
});

export async function startRun(store: Store, request: RunRequest, deps: MissionDeps): Promise<RunRow> {
  const { run } = await createRun(store.db, request, {
    reasoner: deps.reasoner.name,
    deadlineMs: deps.config.runDeadlineMs,
  });
  return run;
}

/**
 * Sees a run through. With a job queue (PostgreSQL), its batches go to every worker and this process works on them
 * too until the run is over; without one, it runs here.
 */
export async function completeRun(
  store: Store,
  run: RunRow,
  deps: MissionDeps,
  options: { boss?: PgBoss; signal?: AbortSignal } = {},
): Promise<RunSummary> {
  const { boss } = options;
  if (!boss) {
    const finished = await executeInProcess(store.db, run.id, deps, { signal: options.signal });
    return summarize(finished ?? run);
  }
  await enqueueRun(boss, run.id, run.deals, deps.config.batchSize);
  const workerId = await workMissionBatches(boss, store.db, deps);
  try {
    for (let tick = 1; ; tick++) {
      const current = await readRun(store.db, run.id);
      if (!current || isFinished(current.status) || options.signal?.aborted) return summarize(current ?? run);
      await new Promise((r) => setTimeout(r, 300));
      if (tick % 20 === 0) await enqueueRun(boss, run.id, run.deals, deps.config.batchSize);
    }
  } finally {
    await boss.offWork({ id: workerId });
  }
}
