import { runMcpContract } from './mcp-contract.ts';
import { northwindStore } from './support/mcp-world.ts';

runMcpContract('PGlite', async () => {
  const store = await northwindStore();
  return { store, dispose: () => store.close() };
});
