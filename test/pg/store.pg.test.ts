import { openStore } from '../../src/store/open-store.ts';
import { runStoreContract } from '../store/store-contract.ts';
import { freshDatabase } from '../support/fresh-postgres.ts';

runStoreContract('PostgreSQL', async () => {
  const database = await freshDatabase();
  const open = () => openStore({ engine: 'postgres', url: database.url, poolSize: 4 });
  let store = await open();
  return {
    store,
    reopen: async () => {
      store = await open();
      return store;
    },
    dispose: async () => {
      await store.close().catch(() => {});
      await database.drop();
    },
  };
});
