import { openStore } from '../../src/store/open-store.ts';
import { runKnowledgeContract } from '../knowledge/knowledge-contract.ts';
import { freshDatabase } from '../support/fresh-postgres.ts';

runKnowledgeContract('PostgreSQL', async () => {
  const database = await freshDatabase();
  const store = await openStore({ engine: 'postgres', url: database.url, poolSize: 2 });
  return {
    store,
    dispose: async () => {
      await store.close().catch(() => {});
      await database.drop();
    },
  };
});
