import { openTestStore } from '../support/test-store.ts';
import { runKnowledgeContract } from './knowledge-contract.ts';

runKnowledgeContract('PGlite', async () => {
  const store = await openTestStore();
  return { store, dispose: () => store.close() };
});
