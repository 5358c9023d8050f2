import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { runMcpContract } from '../mcp/mcp-contract.ts';
import { openFreshPostgresStore } from '../support/fresh-postgres.ts';
import { northwindWorkspace } from '../support/paths.ts';

runMcpContract('PostgreSQL', async () => {
  const opened = await openFreshPostgresStore();
  await importWorkspaceFile(opened.store, northwindWorkspace);
  return opened;
});
