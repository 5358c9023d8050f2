import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { openTestStore } from '../support/test-store.ts';
import { runDecisionConcurrencyContract } from './concurrency-contract.ts';

runDecisionConcurrencyContract('PGlite', async () => {
  const home = mkdtempSync(path.join(tmpdir(), 'closeloop-queue-'));
  const dataDir = path.join(home, 'pgdata');
  let store: Store | undefined = await openTestStore(dataDir);
  return {
    store,
    env: { CLOSELOOP_HOME: home },
    release: async () => {
      await store?.close();
      store = undefined;
    },
    reopen: async () => {
      store = await openStore({ engine: 'pglite', dataDir });
      return store;
    },
    dispose: async () => {
      await store?.close().catch(() => {});
      rmSync(home, { recursive: true, force: true });
    },
  };
});
