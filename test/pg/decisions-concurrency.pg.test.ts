import { openStore, type Store } from '../../src/store/open-store.ts';
import { runDecisionConcurrencyContract } from '../decisions/concurrency-contract.ts';
import { freshDatabase } from '../support/fresh-postgres.ts';

runDecisionConcurrencyContract('PostgreSQL', async () => {
  const database = await freshDatabase();
  // More connections than the default: 100 approvals should really contend, not queue for a connection.
  const open = () => openStore({ engine: 'postgres', url: database.url, poolSize: 20 });
  const store: Store = await open();
  return {
    store,
    env: { DATABASE_URL: database.url },
    release: async () => {},
    reopen: async () => store,
    dispose: async () => {
      await store.close().catch(() => {});
      await database.drop();
    },
  };
});
