import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { mountHandler } from '../../src/server/mount.ts';
import { serverConfig } from '../../src/server/server-config.ts';
import { startServer } from '../../src/server/start-server.ts';
import { createApiToken } from '../../src/services/auth/api-tokens.ts';
import { loggedIn, people, type ServerWorld, serverWorld } from './support/server-world.ts';

let world: ServerWorld;
beforeAll(async () => {
  world = await serverWorld();
});
afterAll(() => world.close());

describe('health and metrics', () => {
  it('is alive, and ready while the store answers', async () => {
    expect(await (await world.app.request('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await world.app.request('/readyz')).json()).toEqual({
      status: 'ready',
      store: world.store.engine,
    });
  });

  it('exposes request durations by route pattern, and runs and proposals by state', async () => {
    const dana = await loggedIn(world, people.dana);
    await dana.get('/api/today');
    await dana.get('/api/deals/o-101');
    const text = await (await world.app.request('/metrics')).text();
    expect(text).toMatch(
      /closeloop_http_request_duration_seconds_count\{method="GET",route="\/api\/today",status="200"\} \d+/,
    );
    expect(text).toMatch(/route="\/api\/deals\/:id"/);
    expect(text).not.toMatch(/route="\/api\/deals\/o-101"/);
    expect(text).toMatch(/closeloop_runs\{status="done"\} 1/);
    expect(text).toMatch(/closeloop_proposals\{state="pending"\} \d+/);
    expect(text).toMatch(/closeloop_logins_total\{outcome="ok"\} 1/);
  });

  it('serves the front end with an SPA fallback, and still labels API timings by their route', async () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'closeloop-web-'));
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>closeloop</title>');
    writeFileSync(path.join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
    const { app } = createApp({ ...world.deps, webRoot });
    const page = await app.request('/deals/o-101');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>closeloop</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/api/nothing')).status).toBe(404);
    const cookie = (await loggedIn(world, people.dana)).cookie;
    await app.request('/api/today', { headers: { cookie } });
    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toMatch(/route="\/api\/today",status="200"/);
    expect(metrics).toMatch(/route="static",status="200"/);
  });

  it('tags every answer with its request id, and keeps per-user answers out of shared caches', async () => {
    const dana = await loggedIn(world, people.dana);
    const today = await dana.get('/api/today');
    const deal = await dana.get('/api/deals/o-101');
    const ids = [today, deal].map((r) => r.headers.get('x-request-id'));
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id ?? ''))).toBe(true);
    expect(ids[0]).not.toBe(ids[1]);
    // Today's view is revalidated by its ETag; everything else per user is never stored.
    expect(today.headers.get('cache-control')).toBe('private, no-cache');
    expect(deal.headers.get('cache-control')).toBe('private, no-store');
    expect(deal.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await world.app.request('/healthz')).headers.get('x-request-id')).toBeTruthy();
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await world.app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

/** A raw HTTP GET on a real socket that we can hold open. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // No keep-alive agent: a pooled socket from an earlier request would hide whether the server still listens.
    const req = httpRequest(url, { headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful shutdown', () => {
  it('finishes the request in flight, ends SSE streams, then refuses new connections', async () => {
    const server = await startServer({
      ...world.deps,
      config: { ...serverConfig({ PORT: '0', CLOSELOOP_SSE_POLL_MS: '50' }) },
    });
    // A mounted handler that takes its time stands in for a slow request.
    mountHandler(server.app, '/mcp', async () => {
      await new Promise((r) => setTimeout(r, 600));
      return new Response('slow done');
    });
    const dana = await loggedIn(world, people.dana);
    const cookie = { cookie: dana.cookie };
    const { token } = await createApiToken(world.store.db, 'u-dana', {
      name: 'slow',
      days: 1,
      now: new Date(),
    });
    const [run] = await dana.json<Array<{ id: string }>>('/api/runs?limit=1');
    // A finished run's stream would end by itself; a running one only ends when the server stops.
    await world.store.db.execute(sql`UPDATE runs SET status = 'running' WHERE id = ${run!.id}`);
    const sse = get(`${server.url}/api/runs/${run!.id}/events`, cookie);
    const inFlight = get(`${server.url}/mcp`, { authorization: `Bearer ${token}` });
    await new Promise((r) => setTimeout(r, 300));
    const closing = server.close();
    const [stream, slow] = await Promise.all([sse, inFlight]);
    await closing;
    expect(slow).toEqual({ status: 200, body: 'slow done' });
    expect(stream.status).toBe(200);
    expect(stream.body).toContain('event: observation');
    await expect(get(`${server.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    await world.store.db.execute(sql`UPDATE runs SET status = 'done' WHERE id = ${run!.id}`);
  });
});
