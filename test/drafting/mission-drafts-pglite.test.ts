import { openTestStore } from '../support/test-store.ts';
import { runDraftingMissionContract } from './mission-drafts-contract.ts';

runDraftingMissionContract('PGlite', async () => {
  const store = await openTestStore();
  return { store, dispose: () => store.close() };
});
