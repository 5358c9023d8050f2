import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { northwindWorkspace } from '../../../test/support/paths.ts';
import { deterministicReasoner } from '../../domain/triage/reasoner.ts';
import type { AppRuntime } from '../../runtime/app-runtime.ts';
import { readRun } from '../../store/mission-store.ts';
import { type Db, openStore, type Store } from '../../store/open-store.ts';
import { logger } from '../../telemetry/logger.ts';
import { importWorkspaceFile } from '../workspace/import-workspace.ts';
import { createRun } from './create-run.ts';
import { missionConfig } from './mission-config.ts';
import { runWorker } from './worker-loop.ts';

/** The store's db, whose first `failures` selects fail the way a deadlock or a dropped connection would. */
function flaky(db: Db, failures: number): Db {
  let left = failures;
  return new Proxy(db, {
    get(target, key, receiver) {
      if (key === 'select' && left > 0) {
        left--;
        throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

describe('the worker loop', () => {
  let store: Store;
  let level: string;
  beforeEach(async () => {
    // The loop warns about each failed round; the warnings are what these tests provoke.
    level = logger.level;
    logger.level = 'silent';
    store = await openStore({ engine: 'pglite', dataDir: 'memory' });
    await importWorkspaceFile(store, northwindWorkspace);
  });
  afterEach(async () => {
    logger.level = level;
    await store.close();
  });

  const runtimeOn = (db: Db) =>
    ({
      store: { ...store, db },
      mission: { reasoner: deterministicReasoner(), config: missionConfig({}) },
    }) as unknown as AppRuntime;
  const drain = (db: Db) =>
    runWorker(runtimeOn(db), {
      signal: new AbortController().signal,
      drain: true,
      schedule: false,
      dispatch: false,
      pollMs: 1,
    });

  it('rides out a failed round and finishes the run', async () => {
    const { run } = await createRun(
      store.db,
      { repId: null, trigger: 'manual' },
      { reasoner: 'deterministic-v1', deadlineMs: 60_000 },
    );
    await drain(flaky(store.db, 2));
    expect(await readRun(store.db, run.id)).toMatchObject({ status: 'done', failed: 0 });
  });

  it('gives up on an error that keeps coming', async () => {
    await expect(drain(flaky(store.db, 1000))).rejects.toThrow('deadlock detected');
  });
});
