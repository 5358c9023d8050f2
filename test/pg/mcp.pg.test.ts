import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { openStore } from '../../src/store/open-store.ts';
import { runMcpContract } from '../mcp/mcp-contract.ts';
import { freshDatabase } from '../support/fresh-postgres.ts';
import { northwindWorkspace } from '../support/paths.ts';

runMcpContract('PostgreSQL', async () => {
  const database = await freshDatabase();
  const store = await openStore({ engine: 'postgres', url: database.url, poolSize: 4 });
  await importWorkspaceFile(store, northwindWorkspace);
  return {
    store,
    dispose: async () => {
      await store.close().catch(() => {});
      await database.drop();
    },
  };
});
