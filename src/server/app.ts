/** The HTTP app: middleware in order (ids, headers, metrics, who, limits, CSRF), the API routes, then the front end. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { type AppCaches, createCaches } from './app-caches.ts';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { toHttpError } from './http-errors.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { authenticate } from './middleware/authenticate.ts';
import { csrfProtection } from './middleware/csrf.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { requestContext } from './middleware/request-context.ts';
import { requestMetrics } from './middleware/request-metrics.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { copilotRoutes } from './routes/copilot-routes.ts';
import { kpiRoutes } from './routes/kpi-routes.ts';
import { managerRoutes } from './routes/manager-routes.ts';
import { proposalRoutes } from './routes/proposal-routes.ts';
import { runRoutes } from './routes/run-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { systemRoutes } from './routes/system-routes.ts';
import { todayRoutes } from './routes/today-routes.ts';
import { tokenRoutes } from './routes/token-routes.ts';
import { userRoutes } from './routes/user-routes.ts';
import { staticFiles } from './static-files.ts';

export type App = { app: OpenAPIHono<AppEnv>; metrics: Metrics; caches: AppCaches };

export function createApp(deps: AppDeps): App {
  const metrics = createMetrics(deps.store.db);
  const caches = createCaches(deps.config, deps.store.engine, () => deps.now().getTime());
  const app = new OpenAPIHono<AppEnv>({
    // Input that fails its schema gets the same error shape as everything else, naming the first bad field.
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${result.target}.${issue.path.join('.')}` : result.target;
      return c.json(
        { error: { code: 'invalid_input', message: `${where}: ${issue?.message ?? 'invalid'}` } },
        400,
      );
    },
  });

  app.onError((error, c) => {
    const { status, body } = toHttpError(error, c.get('requestId'));
    return c.json(body, status);
  });

  app.use('*', requestContext({ trustProxy: deps.config.trustProxy }));
  app.use('*', securityHeaders());
  app.use('*', requestMetrics(metrics));
  systemRoutes(app, deps, metrics);

  const who = authenticate(deps.store.db, deps.now, caches.actors);
  app.use('/api/*', who);
  app.use('/mcp/*', who);
  app.use('/mcp', who);
  const limit = rateLimit(deps.config.rateLimit, metrics, () => deps.now().getTime());
  app.use('/api/*', limit);
  app.use('/mcp/*', limit);
  app.use('/mcp', limit);
  app.use('/api/*', csrfProtection({ publicUrl: deps.config.publicUrl }));
  app.use('/api/*', async (c, next) => {
    await next();
    // Per-user data: never stored by a shared cache, always revalidated by the browser.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'private, no-store');
  });

  sessionRoutes(app, deps, metrics, caches);
  todayRoutes(app, deps, caches);
  proposalRoutes(app, deps, caches);
  runRoutes(app, deps, metrics, caches);
  managerRoutes(app, deps);
  copilotRoutes(app, deps, metrics, caches);
  kpiRoutes(app, deps);
  tokenRoutes(app, deps, caches);
  userRoutes(app, deps, caches);
  staticFiles(app, deps.webRoot);
  return { app, metrics, caches };
}
