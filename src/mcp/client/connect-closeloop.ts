/** Opens an MCP client on a CRM's tools: closeloop's own in-process, or a remote server over HTTP, or a local one over stdio. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { ToolContext } from '../mcp-deps.ts';
import { createMcpServer, SERVER_INFO } from '../server/create-mcp-server.ts';

export type McpConnection = { client: Client; close(): Promise<void> };

const CLIENT_INFO = { name: 'closeloop-mission', version: SERVER_INFO.version };

/** The default: the server runs in this process on the same store, so nothing leaves it and nothing is serialised. */
export async function connectInProcess(ctx: ToolContext): Promise<McpConnection> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const server = createMcpServer(ctx);
  await server.connect(serverSide);
  const client = new Client(CLIENT_INFO);
  await client.connect(clientSide);
  return {
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** A remote MCP server (another closeloop, or another CRM's) over Streamable HTTP, with a bearer token if given. */
export async function connectRemote(url: string, token: string | undefined): Promise<McpConnection> {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: token ? { headers: { Authorization: `Bearer ${token}` } } : {},
  });
  const client = new Client(CLIENT_INFO);
  await client.connect(transport);
  return { client, close: () => client.close() };
}

/** A CRM's MCP server started as a child process speaking stdio (most community CRM servers ship this way). */
export async function connectStdio(commandLine: readonly string[]): Promise<McpConnection> {
  const [command, ...args] = commandLine;
  if (!command) throw new Error('connectStdio needs a command');
  const transport = new StdioClientTransport({ command, args, stderr: 'inherit' });
  const client = new Client(CLIENT_INFO);
  await client.connect(transport);
  return { client, close: () => client.close() };
}
