import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLogin, setPassword } from '../../src/services/auth/credentials.ts';
import type { TodayView } from '../../src/services/today/today-schemas.ts';
import { queryRows } from '../../src/store/query-rows.ts';
import {
  loggedIn,
  PASSWORD,
  people,
  type ServerWorld,
  serverWorld,
  TestClient,
} from './support/server-world.ts';

let world: ServerWorld;
let rajDeal: string;
let rajProposal: string;
beforeAll(async () => {
  world = await serverWorld();
  const raj = await loggedIn(world, people.raj);
  const today = await raj.json<TodayView>('/api/today');
  const proposed = today.actNow.find((d) => d.proposal)!;
  rajDeal = proposed.opportunityId;
  rajProposal = proposed.proposal!.id;
});
afterAll(() => world.close());

describe('permissions in the data access layer', () => {
  it("answers 404 when a rep asks for another rep's deal, queue or run", async () => {
    const dana = await loggedIn(world, people.dana);
    expect((await dana.get(`/api/deals/${rajDeal}`)).status).toBe(404);
    expect((await dana.get('/api/today?owner=u-raj')).status).toBe(404);
  });

  it("answers 404 when a rep tries to open, approve, reject or snooze another rep's proposal", async () => {
    const dana = await loggedIn(world, people.dana);
    for (const [path, body] of [
      ['open', {}],
      ['approve', {}],
      ['reject', { reason: 'not_relevant' }],
      ['snooze', { until: '2099-01-01' }],
    ] as const) {
      const res = await dana.post(`/api/proposals/${rajProposal}/${path}`, body);
      expect(res.status, path).toBe(404);
    }
    const [row] = await queryRows<{ state: string; first_opened_at: Date | null }>(
      world.store.db,
      sql`SELECT state, first_opened_at FROM proposals WHERE id = ${rajProposal}`,
    );
    expect(row).toEqual({ state: 'pending', first_opened_at: null });
  });

  it('keeps a rep’s team view to their own deals', async () => {
    const dana = await loggedIn(world, people.dana);
    const team = await dana.json<{ deals: Array<{ ownerId: string }> }>('/api/team/queue');
    expect(team.deals.every((d) => d.ownerId === 'u-dana')).toBe(true);
  });
});

describe('user administration', () => {
  it('is for administrators only', async () => {
    const sam = await loggedIn(world, people.sam);
    expect((await sam.get('/api/users')).status).toBe(403);
    expect((await sam.post('/api/users/login', { email: people.dana })).status).toBe(403);
  });

  it('lets an administrator see who can log in and give someone a new password, ending their sessions', async () => {
    await addLogin(
      world.store.db,
      { email: 'ops@northwind.io', admin: true, password: PASSWORD },
      { scryptLogN: 10 },
    );
    const admin = await loggedIn(world, 'ops@northwind.io');
    const users = (await admin.json<Array<{ email: string; hasPassword: boolean }>>('/api/users')).map(
      (u) => u.email,
    );
    expect(users).toEqual(expect.arrayContaining([people.dana, people.raj, people.sam]));
    const raj = await loggedIn(world, people.raj);
    const reset = await admin.post('/api/users/login', { email: people.raj });
    const { password } = (await reset.json()) as { password: string };
    expect((await raj.get('/api/today')).status).toBe(401);
    expect((await new TestClient(world.app).login(people.raj, password)).status).toBe(200);
    // Put Raj's usual password back for the other tests.
    await setPassword(world.store.db, 'u-raj', PASSWORD, { scryptLogN: 10 });
  });
});

describe('cross-site request forgery', () => {
  it('refuses a state-changing call without the CSRF token', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.request('POST', '/api/runs', {}, { 'x-csrf-token': '' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/x-csrf-token/);
  });

  it("refuses a call carrying another session's token", async () => {
    const dana = await loggedIn(world, people.dana);
    const other = await loggedIn(world, people.dana);
    const res = await dana.request('DELETE', '/api/session', undefined, { 'x-csrf-token': other.csrf });
    expect(res.status).toBe(403);
  });

  it('refuses a call from another origin even with the token', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.request('DELETE', '/api/session', undefined, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses a login posted from another site', async () => {
    const client = new TestClient(world.app);
    const res = await client.request(
      'POST',
      '/api/session',
      { email: people.dana, password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
  });
});

describe('sessions and tokens', () => {
  it('sets an httpOnly, SameSite session cookie and stores only its hash', async () => {
    const client = new TestClient(world.app);
    const res = await client.request('POST', '/api/session', { email: people.dana, password: PASSWORD });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const value = client.cookie.split('=')[1]!;
    const rows = await queryRows<{ n: number }>(
      world.store.db,
      sql`SELECT count(*)::int AS n FROM sessions WHERE id_hash = ${value}`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('ends the session on logout', async () => {
    const dana = await loggedIn(world, people.dana);
    expect((await dana.request('DELETE', '/api/session')).status).toBe(204);
    expect((await dana.get('/api/today')).status).toBe(401);
  });

  it('accepts a personal API token without a CSRF token, and refuses it once revoked', async () => {
    const dana = await loggedIn(world, people.dana);
    const res = await dana.post('/api/tokens', { name: 'laptop' });
    expect(res.status).toBe(201);
    const { token, info } = (await res.json()) as { token: string; info: { id: string } };
    const bearer = { authorization: `Bearer ${token}` };
    expect((await world.app.request('/api/today', { headers: bearer })).status).toBe(200);
    expect((await world.app.request('/api/runs?limit=1', { headers: bearer })).status).toBe(200);
    expect((await dana.request('DELETE', `/api/tokens/${info.id}`)).status).toBe(204);
    const refused = await world.app.request('/api/today', { headers: bearer });
    expect(refused.status).toBe(401);
  });

  it('refuses a made-up bearer token', async () => {
    const res = await world.app.request('/api/today', {
      headers: { authorization: 'Bearer clt_notarealtoken' },
    });
    expect(res.status).toBe(401);
  });
});

describe('rate limits', () => {
  // Behind a trusted proxy each test speaks from its own address, so the limits it drains are its own.
  let limited: ServerWorld;
  beforeAll(async () => {
    limited = await serverWorld(
      {},
      {
        CLOSELOOP_TRUST_PROXY: 'true',
        CLOSELOOP_RATE_LIMIT_PER_SECOND: '1',
        CLOSELOOP_RATE_LIMIT_BURST: '30',
      },
    );
  });
  afterAll(() => limited.close());
  const from = (ip: string) => ({ 'x-forwarded-for': ip });

  it('pauses an account after repeated wrong passwords, even for the right one, with Retry-After', async () => {
    const client = new TestClient(limited.app, from('198.51.100.1'));
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await client.login(people.sam, 'not the password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await new TestClient(limited.app, from('198.51.100.2')).login(people.sam);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits wrong passwords per address, whichever accounts they try', async () => {
    const client = new TestClient(limited.app, from('198.51.100.3'));
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 21; i++) {
      last = await client.login(`nobody${i}@northwind.io`, 'guess');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(((await last!.json()) as { error: { message: string } }).error.message).toMatch(/failed logins/);
    expect((await new TestClient(limited.app, from('198.51.100.4')).login(people.raj)).status).toBe(200);
  });

  it('stops a burst from one user without starving another', async () => {
    const dana = await loggedIn(limited, people.dana, from('198.51.100.5'));
    const raj = await loggedIn(limited, people.raj, from('198.51.100.5'));
    const burst = await Promise.all(Array.from({ length: 40 }, () => dana.get('/api/session')));
    const refused = burst.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(9);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await raj.get('/api/session')).status).toBe(200);
  });
});

describe('response headers', () => {
  it('sends a strict Content-Security-Policy and no-sniff on every response', async () => {
    const res = await world.app.request('/healthz');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
