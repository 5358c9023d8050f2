import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deterministicReasoner } from '../../src/domain/triage/reasoner.ts';
import { createRun } from '../../src/services/missions/create-run.ts';
import {
  enqueueRun,
  MISSION_QUEUE,
  openBoss,
  recoverRuns,
  workMissionBatches,
} from '../../src/services/missions/distributed-executor.ts';
import { missionConfig } from '../../src/services/missions/mission-config.ts';
import type { MissionDeps } from '../../src/services/missions/process-batch.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { readRun } from '../../src/store/mission-store.ts';
import type { Store } from '../../src/store/open-store.ts';
import { queryRows } from '../../src/store/query-rows.ts';
import { openFreshPostgresStore } from '../support/fresh-postgres.ts';
import { northwindWorkspace } from '../support/paths.ts';

describe('the mission job queue on PostgreSQL', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => ({ store, dispose } = await openFreshPostgresStore()));
  afterEach(() => dispose());

  it('is opened by many workers starting at once', async () => {
    const config = missionConfig({});
    const bosses = await Promise.all(
      Array.from({ length: 6 }, () => openBoss(store.connectionString!, config)),
    );
    try {
      expect(await bosses[0]!.getQueue(MISSION_QUEUE)).toMatchObject({ name: MISSION_QUEUE });
    } finally {
      await Promise.all(bosses.map((b) => b.stop({ graceful: false, wait: true })));
    }
  });

  it('takes up again a run whose batch jobs failed for good', async () => {
    await importWorkspaceFile(store, northwindWorkspace);
    const config = missionConfig({ CLOSELOOP_MISSION_BATCH: '2' });
    const deps: MissionDeps = { reasoner: deterministicReasoner(), config };
    const { run } = await createRun(
      store.db,
      { repId: null, trigger: 'manual' },
      { reasoner: 'deterministic-v1', deadlineMs: 60_000 },
    );
    const boss = await openBoss(store.connectionString!, config);
    try {
      const batches = await enqueueRun(boss, run.id, run.deals, config.batchSize);
      // As if every batch had expired on an overloaded machine until its retries ran out.
      await queryRows(
        store.db,
        sql`UPDATE closeloop_jobs.job SET state = 'failed' WHERE name = ${MISSION_QUEUE}`,
      );
      expect(await boss.getQueueSize(MISSION_QUEUE)).toBe(0);

      expect(await recoverRuns(boss, store.db, config.batchSize)).toBe(1);
      expect(await boss.getQueueSize(MISSION_QUEUE)).toBe(batches);
      const worker = await workMissionBatches(boss, store.db, deps);
      try {
        for (let i = 0; (await readRun(store.db, run.id))?.status !== 'done'; i++) {
          expect(i, 'the run did not finish').toBeLessThan(100);
          await new Promise((r) => setTimeout(r, 200));
        }
      } finally {
        await boss.offWork({ id: worker });
      }
      expect(await readRun(store.db, run.id)).toMatchObject({ failed: 0, reasoned: run.deals });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
