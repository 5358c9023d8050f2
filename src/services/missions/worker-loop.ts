/** The worker: scheduled morning runs, unfinished runs (resumed after any crash), and the outbox, until stopped. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppRuntime } from '../../runtime/app-runtime.ts';
import { unfinishedRuns } from '../../store/mission-store.ts';
import type { Store } from '../../store/open-store.ts';
import { logger } from '../../telemetry/logger.ts';
import { runDispatcher } from '../decisions/outbox/run-dispatcher.ts';
import { recoverRuns, workMissionBatches } from './distributed-executor.ts';
import { executeInProcess } from './in-process-executor.ts';
import { triggerDueRuns } from './scheduler.ts';

export type WorkerOptions = {
  signal: AbortSignal;
  /** Stop once no run is left unfinished (for cron jobs and tests). */
  drain?: boolean;
  schedule?: boolean;
  dispatch?: boolean;
  /** Scheduled runs reason as of the wall clock ('system') or the imported world's instant ('workspace'). */
  clock?: 'system' | 'workspace';
  pollMs?: number;
};

const MAX_FAILED_ROUNDS = 10;

/** One round: due morning runs, then every unfinished run. Says whether no run is left unfinished. */
async function workOnce(runtime: AppRuntime, options: WorkerOptions, signal: AbortSignal): Promise<boolean> {
  const { store, mission, boss } = runtime;
  if (options.schedule !== false) {
    const now = new Date();
    const created = await triggerDueRuns(
      store.db,
      mission,
      now,
      options.clock === 'system' ? now.toISOString() : undefined,
    );
    for (const run of created)
      logger.info({ runId: run.id, repId: run.repId }, 'scheduled morning run created');
  }
  if (boss) {
    await recoverRuns(boss, store.db, mission.config.batchSize);
  } else {
    for (const run of await unfinishedRuns(store.db)) {
      if (signal.aborted) break;
      logger.info({ runId: run.id }, 'working on run');
      await executeInProcess(store.db, run.id, mission, { signal });
    }
  }
  return (await unfinishedRuns(store.db)).length === 0;
}

export async function runWorker(runtime: AppRuntime, options: WorkerOptions): Promise<void> {
  const { store, mission, boss } = runtime;
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  const dispatcher =
    options.dispatch === false
      ? Promise.resolve()
      : runDispatcher({
          db: store.db,
          signal: stop.signal,
          config: runtime.decisions.config,
          onError: (e) => logger.error({ err: e }, 'dispatch failed'),
        });
  const workerId = boss ? await workMissionBatches(boss, store.db, mission) : undefined;
  try {
    for (let failures = 0; !stop.signal.aborted; ) {
      try {
        const drained = await workOnce(runtime, options, stop.signal);
        failures = 0;
        if (options.drain && drained) break;
      } catch (error) {
        // A deadlock, a dropped connection, a failover: the next round usually succeeds, and a worker that died on
        // the first one would leave its runs to nobody. Only an error that keeps coming stops it.
        if (++failures >= MAX_FAILED_ROUNDS) throw error;
        logger.warn({ err: error, failures }, 'worker round failed; trying again');
      }
      await sleep(options.pollMs ?? (boss ? 2000 : 5000), undefined, { signal: stop.signal }).catch(
        () => undefined,
      );
    }
  } finally {
    stop.abort();
    if (boss && workerId) await boss.offWork({ id: workerId });
    await dispatcher;
    options.signal.removeEventListener('abort', onAbort);
  }
}

export type { Store };
