/** `closeloop mcp`: closeloop as an MCP server on stdio for Claude Desktop, VS Code, Cursor or any MCP host. */
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { MISSING_USER, serveStdio } from '../../mcp/stdio/serve-stdio.ts';
import { withRuntime } from '../with-runtime.ts';

export function register(program: Command): void {
  program
    .command('mcp')
    .description('serve closeloop as an MCP server on stdio, acting as one user (see docs/mcp.md)')
    .option('--as <email>', 'the user every tool acts as and sees for (default: $CLOSELOOP_USER)')
    .addHelpText(
      'after',
      `
Every tool returns only what that user may see, and none sends mail or changes a record:
copilot_propose_action puts a draft in the owner's approval queue.

Example host entry (Claude Desktop, Cursor):
  { "command": "npx", "args": ["closeloop", "mcp", "--as", "dana@northwind.io"] }`,
    )
    .action(async (options: { as?: string }) => {
      const userEmail = options.as ?? process.env.CLOSELOOP_USER;
      // Said before the store opens: a host shows this line, and waiting for the store first only delays it.
      if (!userEmail) throw new UserError('unauthenticated', MISSING_USER);
      await withRuntime(
        async (runtime) => {
          // A proposal made over MCP is guarded like a mission's: load the knowledge before the first one arrives.
          await runtime.drafting?.warm();
          await serveStdio(runtime.store, { userEmail, deps: runtime.mcp });
        },
        { jobs: false },
      );
    });
}
