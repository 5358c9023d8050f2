/**
 * `npm run bench:api`: latency and throughput of the Today view's API for 200 concurrent users against a store of
 * 250 reps × 400 deals. The server runs in its own process (as `closeloop serve` would); autocannon drives it with
 * one logged-in rep per connection. Sizes and engine from the environment: BENCH_REPS, BENCH_DEALS_PER_REP,
 * BENCH_CONNECTIONS, BENCH_SECONDS, BENCH_ENGINE=pglite|postgres (PostgreSQL at DATABASE_URL's server).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createSession } from '../src/services/auth/sessions.ts';
import { openStore, type StoreTarget } from '../src/store/open-store.ts';
import { freshDatabase } from '../test/support/fresh-postgres.ts';
import { repId, seedApiWorld } from './api-world.ts';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const size = { reps: env('BENCH_REPS', 250), dealsPerRep: env('BENCH_DEALS_PER_REP', 400), repsPerManager: 10 };
const connections = env('BENCH_CONNECTIONS', 200);
const seconds = env('BENCH_SECONDS', 20);
const engine = process.env.BENCH_ENGINE === 'postgres' ? 'postgres' : 'pglite';

const dataDir = mkdtempSync(path.join(tmpdir(), 'closeloop-bench-api-'));
const pg = engine === 'postgres' ? await freshDatabase() : undefined;
const target: StoreTarget = pg ? { engine: 'postgres', url: pg.url } : { engine: 'pglite', dataDir: path.join(dataDir, 'pgdata') };

console.log(`closeloop API benchmark: ${size.reps} reps × ${size.dealsPerRep} deals on ${engine}, ${connections} concurrent users`);
let started = performance.now();
const store = await openStore(target);
const { deals } = await seedApiWorld(store.db, size);
const cookies: string[] = [];
for (let i = 1; i <= size.reps; i++) {
  const session = await createSession(store.db, repId(i), { now: new Date(), lifetimeMs: 3_600_000 });
  cookies.push(`closeloop_session=${session.id}`);
}
await store.close();
console.log(`  store: ${deals.toLocaleString('en-US')} deals with their verdicts and proposals, ${cookies.length} sessions (${((performance.now() - started) / 1000).toFixed(1)} s)`);

async function startServer(extraEnv: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./api-server.ts', import.meta.url))], {
    env: {
      ...process.env,
      BENCH_DATA_DIR: target.engine === 'pglite' ? target.dataDir : '',
      BENCH_DATABASE_URL: target.engine === 'postgres' ? target.url : '',
      // One rep per connection, each asking again the moment an answer arrives: far beyond a person's pace, so the
      // per-user limit (which would answer 429) is lifted for the measurement.
      CLOSELOOP_RATE_LIMIT_PER_SECOND: '1000000',
      CLOSELOOP_RATE_LIMIT_BURST: '1000000',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { url: (JSON.parse(line) as { url: string }).url, child };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(url: string, duration: number) {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/today`,
        connections,
        duration,
        // Each connection is one rep, logged in with their own session.
        setupClient: (client) => client.setHeaders({ cookie: cookies[next++ % cookies.length]! }),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

/** Each rep's first look of the day, one after another: the cost of building a view from the store. */
async function firstLooks(url: string): Promise<number[]> {
  const ms: number[] = [];
  for (const cookie of cookies) {
    const t = performance.now();
    const res = await fetch(`${url}/api/today`, { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET /api/today answered ${res.status}`);
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
}

async function scenario(label: string, extraEnv: Record<string, string>, duration: number) {
  const { url, child } = await startServer(extraEnv);
  try {
    const cold = await firstLooks(url);
    const { result, latencies } = await measure(url, duration);
    const ok = result['2xx'];
    const bad = result.non2xx + result.errors + result.timeouts;
    console.log(`\n${label}`);
    console.log(`  first look of the day, per rep, one at a time: p50 ${percentile(cold, 50).toFixed(1)} ms, p95 ${percentile(cold, 95).toFixed(1)} ms`);
    console.log(
      `  latency  p50 ${percentile(latencies, 50).toFixed(1)} ms   p95 ${percentile(latencies, 95).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms   max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`,
    );
    console.log(
      `  throughput  ${result.requests.average.toFixed(0)} req/s (${(result.throughput.average / 1e6).toFixed(1)} MB/s), ${ok.toLocaleString('en-US')} answers in ${duration} s, ${bad} errors or non-2xx`,
    );
    return { p95: percentile(latencies, 95), bad };
  } finally {
    const stopping = performance.now();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    console.log(`  graceful stop in ${(performance.now() - stopping).toFixed(0)} ms`);
  }
}

try {
  started = performance.now();
  const cached = await scenario('GET /api/today (first page of 50 per section; views kept warm: fresh 2 s, rebuilt in the background)', {}, seconds);
  const uncached = await scenario('GET /api/today with the cache off (CLOSELOOP_TODAY_CACHE_MS=0: every request queries the store)', { CLOSELOOP_TODAY_CACHE_MS: '0' }, Math.min(seconds, 10));
  console.log(`\ntarget p95 < 50 ms: ${cached.p95 < 50 ? 'met' : 'NOT met'} (cached ${cached.p95.toFixed(1)} ms, uncached ${uncached.p95.toFixed(1)} ms)`);
  if (cached.bad > 0) process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  await pg?.drop();
}
