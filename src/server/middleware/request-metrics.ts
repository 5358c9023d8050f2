/** Times every request into the duration histogram, labelled by route pattern (never the raw path: ids would explode it). */
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../app-env.ts';
import type { Metrics } from '../metrics.ts';

/** The pattern of the handler that answered; the front end's files share one label. */
function routeLabel(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const responded = matchedRoutes(c)[c.req.routeIndex];
  if (!responded || responded.method === 'ALL') return 'unmatched';
  return responded.path === '*' || responded.path === '/*' ? 'static' : responded.path;
}

export function requestMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      metrics.requestDuration.observe(
        { method: c.req.method, route: routeLabel(c), status: String(c.res.status) },
        (performance.now() - started) / 1000,
      );
    }
  };
}
