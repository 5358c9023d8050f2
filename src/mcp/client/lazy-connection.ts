/** One MCP connection per context source, opened on first use and shared by every batch after it. */
import type { McpConnection } from './connect-closeloop.ts';

export type LazyConnection = { get(): Promise<McpConnection>; close(): Promise<void> };

export function lazyConnection(connect: () => Promise<McpConnection>): LazyConnection {
  let opening: Promise<McpConnection> | undefined;
  return {
    get() {
      opening ??= connect();
      return opening;
    },
    async close() {
      const open = opening;
      opening = undefined;
      if (open) await (await open).close();
    },
  };
}
