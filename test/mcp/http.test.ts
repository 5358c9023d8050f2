/**
 * closeloop's MCP server over Streamable HTTP on a loopback port, driven by the official SDK client: mounted on the
 * web app (as `closeloop serve` will serve it) and as a self-contained handler on a bare node:http server.
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeloopContextSource } from '../../src/mcp/client/closeloop-context-source.ts';
import { connectRemote } from '../../src/mcp/client/connect-closeloop.ts';
import { createMcpHttpHandler, mcpMountedHandler } from '../../src/mcp/http/mcp-http-handler.ts';
import { mcpDeps } from '../../src/mcp/mcp-deps.ts';
import { createApp } from '../../src/server/app.ts';
import { decisionQueuePort } from '../../src/server/decision-port.ts';
import { mountHandler } from '../../src/server/mount.ts';
import { serverConfig } from '../../src/server/server-config.ts';
import { createApiToken } from '../../src/services/auth/api-tokens.ts';
import { authConfig } from '../../src/services/auth/auth-config.ts';
import { listOpenDeals, loadDealContexts, readWorldHead } from '../../src/store/deal-contexts.ts';
import type { Store } from '../../src/store/open-store.ts';
import { EVERY_TOOL_CALL, northwindStore, outputValidator, textOf } from './support/mcp-world.ts';

type Served = { url: string; close(): Promise<void> };

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<Served> {
  const server = createAdaptorServer({ fetch }) as Server;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/mcp`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** The web app with the MCP endpoint mounted the way `closeloop serve` mounts it. */
function onTheApp(store: Store): Promise<Served> {
  const shutdown = new AbortController();
  const { app } = createApp({
    store,
    config: serverConfig({}),
    auth: authConfig({}),
    now: () => new Date(),
    missions: undefined,
    decisions: decisionQueuePort(),
    webRoot: undefined,
    shutdown: shutdown.signal,
  });
  mountHandler(app, '/mcp', mcpMountedHandler({ db: store.db, deps: mcpDeps() }));
  return listen((request) => app.fetch(request));
}

const onABareServer = (store: Store): Promise<Served> =>
  listen(createMcpHttpHandler({ db: store.db, deps: mcpDeps() }));

async function connect(url: string, token: string | undefined): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: token ? { headers: { Authorization: `Bearer ${token}` } } : {},
  });
  const client = new Client({ name: 'closeloop-test', version: '1' });
  await client.connect(transport);
  return client;
}

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};
const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: JSON.stringify(initialize),
  });

describe.each([
  ['mounted on the web app', onTheApp],
  ['as a self-contained handler on a bare node:http server', onABareServer],
])('closeloop MCP over Streamable HTTP, %s', (_, start) => {
  let store: Store;
  let served: Served;
  let danaToken: string;
  let rajToken: string;
  beforeAll(async () => {
    store = await northwindStore();
    const now = new Date();
    danaToken = (await createApiToken(store.db, 'u-dana', { name: 'claude desktop', days: 30, now })).token;
    rajToken = (await createApiToken(store.db, 'u-raj', { name: 'cursor', days: 30, now })).token;
    served = await start(store);
  });
  afterAll(async () => {
    await served.close();
    await store.close();
  });

  it('lists every tool and answers each call within its declared output schema', async () => {
    const client = await connect(served.url, danaToken);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(EVERY_TOOL_CALL.map(([name]) => name).sort());
      const validate = outputValidator(tools);
      for (const [name, args] of EVERY_TOOL_CALL) {
        const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
        expect(result.isError, `${name}: ${textOf(result)}`).toBeFalsy();
        validate(name, result.structuredContent);
      }
    } finally {
      await client.close();
    }
  });

  it("acts as the token's owner: a rep's token cannot read another rep's account", async () => {
    const client = await connect(served.url, rajToken);
    try {
      const refused = (await client.callTool({
        name: 'crm_get_account',
        arguments: { accountId: 'a-globex' },
      })) as CallToolResult;
      expect(refused.isError).toBe(true);
      expect(textOf(refused)).toBe('not_found: no account a-globex');
      const own = (await client.callTool({
        name: 'crm_get_account',
        arguments: { accountId: 'a-hooli' },
      })) as CallToolResult;
      expect(own.isError).toBeFalsy();
    } finally {
      await client.close();
    }
  });

  it('refuses a call without a token, with 401 and a Bearer challenge', async () => {
    const response = await post(served.url);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expect(connect(served.url, undefined)).rejects.toThrow();
  });

  it('refuses a wrong or revoked token the same way', async () => {
    expect((await post(served.url, { authorization: 'Bearer clt_not-a-real-token' })).status).toBe(401);
    expect((await post(served.url, { authorization: `Basic ${btoa('dana:pw')}` })).status).toBe(401);
  });

  it("feeds a mission's gather step from a remote closeloop: the store's contexts, over HTTP", async () => {
    const samToken = (await createApiToken(store.db, 'u-sam', { name: 'mission', days: 1, now: new Date() }))
      .token;
    const source = closeloopContextSource({
      connect: () => connectRemote(served.url, samToken),
      maxIdsPerCall: 5,
      timeoutMs: 30_000,
    });
    try {
      const head = (await readWorldHead(store.db))!;
      const ids = (await listOpenDeals(store.db, head.pipeline)).map((d) => d.opportunityId);
      const remote = await source.load(store.db, head, ids, head.asOf);
      expect(remote.map((c) => c.opportunity.id)).toEqual(ids);
      expect(remote).toEqual(await loadDealContexts(store.db, head, ids, head.asOf));
    } finally {
      await source.close();
    }
  });

  it('answers an authenticated GET (no server stream in stateless mode) with 405', async () => {
    const response = await fetch(served.url, {
      headers: { authorization: `Bearer ${danaToken}`, accept: 'text/event-stream' },
    });
    expect(response.status).toBe(405);
  });
});
