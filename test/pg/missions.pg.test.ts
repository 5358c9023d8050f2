import { openStore } from '../../src/store/open-store.ts';
import { runMissionContract } from '../missions/mission-contract.ts';
import { freshDatabase } from '../support/fresh-postgres.ts';

runMissionContract('PostgreSQL', async () => {
  const database = await freshDatabase();
  const store = await openStore({ engine: 'postgres', url: database.url, poolSize: 4 });
  return {
    store,
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
});
