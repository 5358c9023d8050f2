/** Times every request into the duration histogram, labelled by route pattern (never the raw path: ids would explode it). */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../app-env.ts';
import type { Metrics } from '../metrics.ts';

export function requestMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const route = c.req.path.startsWith('/api/') || c.req.path === '/metrics' || c.req.path.endsWith('z') ? routePath(c, -1) : 'static';
      metrics.requestDuration.observe(
        { method: c.req.method, route, status: String(c.res.status) },
        (performance.now() - started) / 1000,
      );
    }
  };
}
