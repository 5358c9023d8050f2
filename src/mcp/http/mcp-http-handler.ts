/**
 * closeloop's MCP server over Streamable HTTP. Stateless: every POST is served by a server built for its caller alone,
 * so no request can act as anyone else. Two entry points: `mcpMountedHandler` for the web app's `mountHandler` (the
 * app has already authenticated the API token), and `createMcpHttpHandler`, a web-standard `(Request) => Response`
 * that authenticates by itself, for a bare node:http server or any other host.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Actor } from '../../domain/access/actor.ts';
import { authenticateBearer } from '../../server/middleware/authenticate.ts';
import type { MountedHandler } from '../../server/mount.ts';
import type { Db } from '../../store/open-store.ts';
import { logger } from '../../telemetry/logger.ts';
import type { McpDeps } from '../mcp-deps.ts';
import { createMcpServer } from '../server/create-mcp-server.ts';

/** An Actor for a live API token in the Authorization header; undefined for anything else. */
export type McpAuthenticator = (authorization: string | undefined) => Promise<Actor | undefined>;

export type McpHttpOptions = {
  db: Db;
  deps: McpDeps;
  /** Personal API tokens by default: the same check the REST API makes. */
  authenticate?: McpAuthenticator;
  now?: () => Date;
};

export type McpHttpHandler = (request: Request) => Promise<Response>;

function jsonRpcError(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Serves one authenticated request: `mountHandler(app, '/mcp', mcpMountedHandler({ db, deps }))`. */
export function mcpMountedHandler(options: { db: Db; deps: McpDeps }): MountedHandler {
  return async (request, { actor }) => {
    // No sessions, so no server-initiated stream (GET) and nothing to end (DELETE): the spec's answer is 405.
    if (request.method !== 'POST') {
      return jsonRpcError(405, -32000, 'closeloop serves MCP statelessly: send JSON-RPC requests with POST', {
        allow: 'POST',
      });
    }
    const server = createMcpServer({ db: options.db, actor, deps: options.deps });
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    try {
      await server.connect(transport);
      return await transport.handleRequest(request);
    } catch (error) {
      logger.error({ err: error }, 'MCP HTTP request failed');
      return jsonRpcError(500, -32603, 'internal error; it has been logged');
    } finally {
      // With JSON responses the answer is complete once handleRequest returns, so the per-request server can go.
      await server.close().catch(() => {});
    }
  };
}

/** A self-contained handler: checks the bearer token itself, then serves as `mcpMountedHandler` does. */
export function createMcpHttpHandler(options: McpHttpOptions): McpHttpHandler {
  const now = options.now ?? (() => new Date());
  const authenticate: McpAuthenticator =
    options.authenticate ?? (async (header) => (await authenticateBearer(options.db, header, now()))?.actor);
  const serve = mcpMountedHandler(options);
  return async (request) => {
    // Only a bearer token: a browser's session cookie must never let another site's page call tools as its user.
    const actor = await authenticate(request.headers.get('authorization') ?? undefined);
    if (!actor) {
      return jsonRpcError(
        401,
        -32001,
        'unauthenticated: send a personal API token as "Authorization: Bearer clt_…"',
        {
          'www-authenticate': 'Bearer realm="closeloop"',
        },
      );
    }
    return serve(request, { actor, signal: request.signal });
  };
}
