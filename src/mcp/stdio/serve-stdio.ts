/** `closeloop mcp`: serves closeloop's MCP server on stdin/stdout, acting as one configured user, until the host hangs up. */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { UserError } from '../../domain/errors.ts';
import { actorByEmail } from '../../services/access/resolve-actor.ts';
import type { Store } from '../../store/open-store.ts';
import { logger } from '../../telemetry/logger.ts';
import type { McpDeps } from '../mcp-deps.ts';
import { createMcpServer } from '../server/create-mcp-server.ts';

export const MISSING_USER =
  'say whom the MCP server acts as: `closeloop mcp --as you@company.com`, or set CLOSELOOP_USER';

export type StdioOptions = {
  /** The user every tool acts as: `--as`, else CLOSELOOP_USER. */
  userEmail: string | undefined;
  deps: McpDeps;
  stdin?: NodeJS.ReadableStream;
  stdout?: NodeJS.WritableStream;
};

/**
 * Resolves when the host closes stdin or the process is told to stop. stdout carries only protocol messages: logs go
 * to stderr, and errors before the server starts are thrown for the CLI to print there.
 */
export async function serveStdio(store: Store, options: StdioOptions): Promise<void> {
  if (!options.userEmail) throw new UserError('unauthenticated', MISSING_USER);
  const actor = await actorByEmail(store.db, options.userEmail);
  const server = createMcpServer({ db: store.db, actor, deps: options.deps });
  const stdin = options.stdin ?? process.stdin;
  const transport = new StdioServerTransport(
    stdin as typeof process.stdin,
    (options.stdout ?? process.stdout) as typeof process.stdout,
  );
  const stopped = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    stdin.once('end', resolve);
    stdin.once('close', resolve);
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.connect(transport);
  logger.info({ user: actor.email }, 'MCP server on stdio');
  await stopped;
  await server.close().catch(() => {});
}
