/** Liveness, readiness (the store answers), Prometheus metrics and the OpenAPI document. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { Metrics } from '../metrics.ts';

export function systemRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, metrics: Metrics): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (deps.shutdown.aborted) return c.json({ status: 'shutting_down' }, 503);
    try {
      await deps.store.db.execute(sql`SELECT 1`);
      return c.json({ status: 'ready', store: deps.store.engine });
    } catch (error) {
      return c.json(
        { status: 'store_unreachable', message: error instanceof Error ? error.message : String(error) },
        503,
      );
    }
  });
  app.get('/metrics', async (c) => {
    const body = await metrics.registry.metrics();
    return c.body(body, 200, { 'Content-Type': metrics.registry.contentType });
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'closeloop',
      version: '1',
      description:
        'The closeloop web API. Browser sessions use the `closeloop_session` cookie and must send `X-CSRF-Token` on state-changing calls; scripts use `Authorization: Bearer <personal API token>`.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'closeloop_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
}
