/**
 * `npm run bench:api`: latency and throughput of the Today view's API for 200 concurrent users against a store of
 * 250 reps × 400 deals. The server runs in its own process (as `closeloop serve` would); autocannon drives it with
 * one logged-in rep per connection. Sizes and engine from the environment: BENCH_REPS, BENCH_DEALS_PER_REP,
 * BENCH_CONNECTIONS, BENCH_SECONDS, BENCH_CLIENTS (load processes), BENCH_ENGINE=pglite|postgres (PostgreSQL at
 * DATABASE_URL's server).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createSession } from '../src/services/auth/sessions.ts';
import { openStore, type StoreTarget } from '../src/store/open-store.ts';
import { freshDatabase } from '../test/support/fresh-postgres.ts';
import { repId, seedApiWorld } from './api-world.ts';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const size = {
  reps: env('BENCH_REPS', 250),
  dealsPerRep: env('BENCH_DEALS_PER_REP', 400),
  repsPerManager: 10,
};
const connections = env('BENCH_CONNECTIONS', 200);
const seconds = env('BENCH_SECONDS', 20);
const clients = Math.max(1, env('BENCH_CLIENTS', 2));
const engine = process.env.BENCH_ENGINE === 'postgres' ? 'postgres' : 'pglite';

const dataDir = mkdtempSync(path.join(tmpdir(), 'closeloop-bench-api-'));
const pg = engine === 'postgres' ? await freshDatabase() : undefined;
const target: StoreTarget = pg
  ? { engine: 'postgres', url: pg.url }
  : { engine: 'pglite', dataDir: path.join(dataDir, 'pgdata') };

console.log(
  `closeloop API benchmark: ${size.reps} reps × ${size.dealsPerRep} deals on ${engine}, ${connections} concurrent users`,
);
console.log(
  `  machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (the ${clients} load processes share these cores with the server)`,
);
let started = performance.now();
const store = await openStore(target);
const { deals } = await seedApiWorld(store.db, size);
const cookies: string[] = [];
for (let i = 1; i <= size.reps; i++) {
  const session = await createSession(store.db, repId(i), { now: new Date(), lifetimeMs: 3_600_000 });
  cookies.push(`closeloop_session=${session.id}`);
}
await store.close();
console.log(
  `  store: ${deals.toLocaleString('en-US')} deals with their verdicts and proposals, ${cookies.length} sessions (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);

async function startServer(extraEnv: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./api-server.ts', import.meta.url))],
    {
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
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { url: (JSON.parse(line) as { url: string }).url, child };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Load from BENCH_CLIENTS processes (2 by default): one client process alone cannot generate and parse answers as
 * fast as the server sends them, and would measure itself.
 */
async function measure(url: string, duration: number) {
  const share = Math.ceil(connections / clients);
  const runs = Array.from({ length: clients }, (_, i) => {
    const job = {
      url,
      connections: Math.min(share, connections - i * share),
      duration,
      cookies: cookies.slice(i * share).concat(cookies.slice(0, i * share)),
    };
    return new Promise<{ latencies: number[]; ok: number; bad: number; requests: number; bytes: number }>(
      (resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            fileURLToPath(new URL('./api-client.ts', import.meta.url)),
            JSON.stringify(job),
          ],
          {
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        let out = '';
        child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
        child.once('exit', (code) =>
          code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`a load client exited with ${code}`)),
        );
      },
    );
  });
  const parts = await Promise.all(runs);
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const sum = (k: 'ok' | 'bad' | 'requests' | 'bytes') => parts.reduce((n, p) => n + p[k], 0);
  return {
    latencies,
    ok: sum('ok'),
    bad: sum('bad'),
    perSecond: sum('requests') / duration,
    bytesPerSecond: sum('bytes') / duration,
  };
}

/** Each rep's first look of the day, one after another: the cost of building a view from the store. */
async function firstLooks(url: string): Promise<number[]> {
  const ms: number[] = [];
  for (const cookie of cookies) {
    const t = performance.now();
    const res = await fetch(`${url}/api/today`, { headers: { cookie, 'accept-encoding': 'gzip' } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET /api/today answered ${res.status}`);
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
}

/** From the server's own histogram: the bucket under which 95% of Today requests were handled inside the app. */
async function inAppP95(url: string): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const buckets = [
    ...text.matchAll(
      /closeloop_http_request_duration_seconds_bucket\{le="([^"]+)",method="GET",route="\/api\/today",status="200"\} (\d+)/g,
    ),
  ].map((m) => ({ le: m[1]!, n: Number(m[2]) }));
  const total = buckets.find((b) => b.le === '+Inf')?.n ?? 0;
  const at = buckets.find((b) => b.n >= 0.95 * total);
  return at && total ? `≤ ${Number(at.le) * 1000} ms` : 'n/a';
}

async function scenario(label: string, extraEnv: Record<string, string>, duration: number) {
  const { url, child } = await startServer(extraEnv);
  try {
    const cold = await firstLooks(url);
    const { latencies, ok, bad, perSecond, bytesPerSecond } = await measure(url, duration);
    console.log(`\n${label}`);
    console.log(
      `  first look of the day, per rep, one at a time: p50 ${percentile(cold, 50).toFixed(1)} ms, p95 ${percentile(cold, 95).toFixed(1)} ms`,
    );
    console.log(
      `  latency  p50 ${percentile(latencies, 50).toFixed(1)} ms   p95 ${percentile(latencies, 95).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms   max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`,
    );
    console.log(
      `  inside the server (request in to response out, from /metrics): p95 ${await inAppP95(url)}`,
    );
    console.log(
      `  throughput  ${perSecond.toFixed(0)} req/s (${(bytesPerSecond / 1e6).toFixed(1)} MB/s), ${ok.toLocaleString('en-US')} answers in ${duration} s, ${bad} errors or non-2xx`,
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
  const cached = await scenario(
    'GET /api/today (first page of 50 deals per section, gzip; views kept until a write changes them)',
    {},
    seconds,
  );
  const uncached = await scenario(
    'GET /api/today with the cache off (CLOSELOOP_TODAY_CACHE_MS=0: every request queries the store)',
    { CLOSELOOP_TODAY_CACHE_MS: '0' },
    Math.min(seconds, 10),
  );
  console.log(
    `\ntarget p95 < 50 ms: ${cached.p95 < 50 ? 'met' : 'NOT met'} (cached ${cached.p95.toFixed(1)} ms, uncached ${uncached.p95.toFixed(1)} ms)`,
  );
  if (cached.bad > 0) process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  await pg?.drop();
}
