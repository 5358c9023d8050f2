/** Prometheus metrics: request durations by route, and runs and proposals by state, read from the store on scrape. */
import { sql } from 'drizzle-orm';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../store/open-store.ts';
import { queryRows } from '../store/query-rows.ts';

export type Metrics = {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  logins: Counter<'outcome'>;
  rateLimited: Counter<'scope'>;
  sseStreams: Gauge;
};

/** One registry per app (not prom-client's global one), so two apps in one test process never collide. */
export function createMetrics(db: Db): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'closeloop_' });
  const requestDuration = new Histogram({
    name: 'closeloop_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    // The Today view's target is p95 < 50 ms: buckets are finest around it.
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const logins = new Counter({
    name: 'closeloop_logins_total',
    help: 'Login attempts by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'closeloop_rate_limited_total',
    help: 'Requests refused with 429, by limiter',
    labelNames: ['scope'] as const,
    registers: [registry],
  });
  const sseStreams = new Gauge({
    name: 'closeloop_sse_streams',
    help: 'Open Server-Sent Event streams',
    registers: [registry],
  });
  new Gauge({
    name: 'closeloop_runs',
    help: 'Mission runs by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await queryRows<{ status: string; n: number | string }>(
        db,
        sql`SELECT status, count(*) AS n FROM runs GROUP BY status`,
      );
      for (const r of rows) this.set({ status: r.status }, Number(r.n));
    },
  });
  new Gauge({
    name: 'closeloop_proposals',
    help: 'Proposals by state',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await queryRows<{ state: string; n: number | string }>(
        db,
        sql`SELECT state, count(*) AS n FROM proposals GROUP BY state`,
      );
      for (const r of rows) this.set({ state: r.state }, Number(r.n));
    },
  });
  return { registry, requestDuration, logins, rateLimited, sseStreams };
}
