/** Runs missions across many worker processes through pg-boss on the shared PostgreSQL: no home-made queue. */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { dealIdsAt, readRun, unfinishedRuns } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import { logger } from '../../telemetry/logger.ts';
import { finishRunIfComplete } from './finish-run.ts';
import type { MissionConfig } from './mission-config.ts';
import { type MissionDeps, processBatch } from './process-batch.ts';

export const MISSION_QUEUE = 'closeloop-mission-batch';

type BatchJob = { runId: string; from: number; to: number };

export async function openBoss(url: string, config: MissionConfig): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: 'closeloop_jobs',
    // Expired (abandoned) jobs are found by maintenance: run it often enough that a dead worker's batch moves on.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(config.jobExpireSeconds / 2))),
    monitorStateIntervalSeconds: 60,
    max: 4,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  await createQueue(boss, {
    name: MISSION_QUEUE,
    // A batch is idempotent (finished deals are skipped), so retrying is always safe.
    retryLimit: 20,
    retryDelay: 1,
    expireInSeconds: config.jobExpireSeconds,
  });
  return boss;
}

/**
 * Workers started together each create the queue: pg-boss makes that idempotent, but two first creations at once
 * can deadlock in PostgreSQL (each creates the queue's partition). The loser simply asks again: by then the queue
 * exists and the call does nothing.
 */
async function createQueue(boss: PgBoss, queue: PgBoss.Queue & { name: string }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(queue.name)) return;
    try {
      await boss.createQueue(queue.name, queue);
      return;
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== DEADLOCK) throw error;
      await sleep(50 * attempt);
    }
  }
}

const DEADLOCK = '40P01';

/** Same run and batch, same job id: enqueueing twice (a retry, a recovering worker) adds nothing. */
function batchJobId(runId: string, index: number): string {
  const h = createHash('sha1').update(`${runId}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Puts a run's batches on the queue. Ids make it a no-op for batches already queued or done, so it is safe to
 * repeat; a batch that used up its retries (expired again and again on an overloaded machine) gets another go,
 * since a batch is idempotent and a run must not wait forever on a job nobody will pick up.
 */
export async function enqueueRun(
  boss: PgBoss,
  runId: string,
  deals: number,
  batchSize: number,
): Promise<number> {
  const jobs: PgBoss.JobInsert<BatchJob>[] = [];
  for (let index = 0, from = 0; from < deals; index++, from += batchSize) {
    jobs.push({
      id: batchJobId(runId, index),
      name: MISSION_QUEUE,
      data: { runId, from, to: from + batchSize },
    });
  }
  for (let i = 0; i < jobs.length; i += 1000) {
    const slice = jobs.slice(i, i + 1000);
    await boss.insert(slice);
    await boss.retry(
      MISSION_QUEUE,
      slice.flatMap((j) => j.id ?? []),
    );
  }
  return jobs.length;
}

/** Re-enqueues every unfinished run (after a crash, or a batch that failed for good). */
export async function recoverRuns(boss: PgBoss, db: Db, batchSize: number): Promise<number> {
  const runs = await unfinishedRuns(db);
  for (const run of runs) await enqueueRun(boss, run.id, run.deals, batchSize);
  return runs.length;
}

export async function workMissionBatches(
  boss: PgBoss,
  db: Db,
  deps: MissionDeps,
  onBatch?: (runId: string) => void,
): Promise<string> {
  return boss.work<BatchJob>(MISSION_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    const { runId, from, to } = job.data;
    const run = await readRun(db, runId);
    if (!run || run.status === 'done' || run.status === 'cancelled') return;
    const ids = await dealIdsAt(db, runId, from, to);
    await processBatch(db, runId, ids, deps);
    await finishRunIfComplete(db, runId, deps.proposals);
    onBatch?.(runId);
  });
}
