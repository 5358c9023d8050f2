import { openTestStore } from '../support/test-store.ts';
import { runMissionContract } from './mission-contract.ts';

runMissionContract('PGlite', async () => {
  const store = await openTestStore();
  return { store, dispose: () => store.close() };
});
