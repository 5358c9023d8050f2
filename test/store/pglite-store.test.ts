import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store.ts';
import { openTestStore } from '../support/test-store.ts';
import { runStoreContract } from './store-contract.ts';

runStoreContract('PGlite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-store-'));
  const open = () => openStore({ engine: 'pglite', dataDir: path.join(dir, 'pgdata') });
  let store = await openTestStore(path.join(dir, 'pgdata'));
  return {
    store,
    reopen: async () => {
      store = await open();
      return store;
    },
    dispose: async () => {
      await store.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
