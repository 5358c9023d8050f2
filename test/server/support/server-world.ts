/**
 * A small, real world for HTTP tests: the northwind example imported into a fresh PGlite, one mission run through
 * the real engine and decision queue, logins for its people, and the app served in-process (no port).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { deterministicReasoner } from '../../../src/domain/triage/reasoner.ts';
import { type App, createApp } from '../../../src/server/app.ts';
import type { AppDeps } from '../../../src/server/app-deps.ts';
import type { AppEnv } from '../../../src/server/app-env.ts';
import { decisionQueuePort } from '../../../src/server/decision-port.ts';
import { backgroundMissions } from '../../../src/server/mission-launcher.ts';
import { serverConfig } from '../../../src/server/server-config.ts';
import { authConfig } from '../../../src/services/auth/auth-config.ts';
import { setPassword } from '../../../src/services/auth/credentials.ts';
import { decisionQueueSink } from '../../../src/services/decisions/proposal-sink.ts';
import { missionConfig } from '../../../src/services/missions/mission-config.ts';
import type { MissionDeps } from '../../../src/services/missions/process-batch.ts';
import { completeRun, startRun } from '../../../src/services/missions/run-mission.ts';
import { importWorkspaceFile } from '../../../src/services/workspace/import-workspace.ts';
import { openStore, type Store } from '../../../src/store/open-store.ts';
import { freshDatabase } from '../../support/fresh-postgres.ts';
import { northwindWorkspace } from '../../support/paths.ts';
import { openTestStore } from '../../support/test-store.ts';
import { stubWriter } from './stub-writer.ts';

export const PASSWORD = 'correct horse battery';
export const people = {
  dana: 'dana@northwind.io',
  raj: 'raj@northwind.io',
  sam: 'sam@northwind.io',
} as const;

export type ServerWorld = App & {
  store: Store;
  deps: AppDeps;
  missionDeps: MissionDeps;
  shutdown: AbortController;
  close(): Promise<void>;
};

export function testMissionDeps(): MissionDeps {
  return {
    reasoner: deterministicReasoner(),
    writer: stubWriter,
    proposals: decisionQueueSink(),
    config: missionConfig({}),
  };
}

/** PGlite by default; SERVER_TESTS_ON_POSTGRES=1 runs the same suites on a fresh PostgreSQL database. */
async function openWorldStore(): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (process.env.SERVER_TESTS_ON_POSTGRES !== '1')
    return { store: await openTestStore(), drop: async () => {} };
  const fresh = await freshDatabase();
  return { store: await openStore({ engine: 'postgres', url: fresh.url }), drop: fresh.drop };
}

export async function serverWorld(
  overrides: Partial<AppDeps> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<ServerWorld> {
  const { store, drop } = await openWorldStore();
  await importWorkspaceFile(store, northwindWorkspace);
  const missionDeps = testMissionDeps();
  const run = await startRun(store, { repId: null, trigger: 'manual' }, missionDeps);
  await completeRun(store, run, missionDeps);
  // The cheapest scrypt cost: tests log in dozens of times; the cost itself is tested on its own.
  const auth = { ...authConfig({}), scryptLogN: 10 };
  for (const id of ['u-dana', 'u-raj', 'u-sam']) await setPassword(store.db, id, PASSWORD, auth);
  const shutdown = new AbortController();
  const missions = backgroundMissions(store, missionDeps);
  const deps: AppDeps = {
    store,
    config: serverConfig(env),
    auth,
    now: () => new Date(),
    missions,
    decisions: decisionQueuePort(),
    webRoot: undefined,
    shutdown: shutdown.signal,
    ...overrides,
  };
  const built = createApp(deps);
  return {
    ...built,
    store,
    deps,
    missionDeps,
    shutdown,
    async close() {
      shutdown.abort();
      await missions.stop();
      await store.close();
      await drop();
    },
  };
}

const ORIGIN = 'http://localhost';

/** A browser-like client: keeps the session cookie, sends the CSRF token and our Origin on state-changing calls. */
export class TestClient {
  cookie = '';
  csrf = '';
  constructor(
    private readonly app: OpenAPIHono<AppEnv>,
    /** Sent on every request (e.g. an X-Forwarded-For address, for a server that trusts a proxy). */
    private readonly always: Record<string, string> = {},
  ) {}

  async login(email: string, password = PASSWORD): Promise<Response> {
    const res = await this.request('POST', '/api/session', { email, password });
    if (res.ok) {
      const body = (await res.clone().json()) as { csrfToken: string };
      this.csrf = body.csrfToken;
    }
    return res;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const res = await this.app.request(`${ORIGIN}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' ? { origin: ORIGIN, 'x-csrf-token': this.csrf } : {}),
        ...this.always,
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      const [pair] = set.split(';');
      this.cookie = pair?.endsWith('=') ? '' : (pair ?? '');
    }
    return res;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown = {}) => this.request('POST', path, body);

  async json<T>(path: string): Promise<T> {
    const res = await this.get(path);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

export async function loggedIn(
  world: ServerWorld,
  email: string,
  always: Record<string, string> = {},
): Promise<TestClient> {
  const client = new TestClient(world.app, always);
  const res = await client.login(email);
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return client;
}
