/** Logging in and out with a password, and "who am I" for the front end (with the CSRF token it must send back). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { UserError } from '../../domain/errors.ts';
import { userRoles } from '../../domain/workspace/workspace-schema.ts';
import { actorById } from '../../services/access/resolve-actor.ts';
import { checkPassword } from '../../services/auth/credentials.ts';
import { createSession, csrfTokenFor, endSession } from '../../services/auth/sessions.ts';
import type { AppCaches } from '../app-caches.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { LoginThrottle } from '../login-throttle.ts';
import type { Metrics } from '../metrics.ts';
import { requireActor, SESSION_COOKIE } from '../middleware/authenticate.ts';
import { checkSameOrigin } from '../middleware/csrf.ts';
import { authErrors, invalid, json, jsonBody } from './route-kit.ts';

export const Me = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(userRoles) }),
    /** Send it back in the X-CSRF-Token header on every state-changing call; absent for API-token callers. */
    csrfToken: z.string().nullable(),
    /** Whose deals this user may see (themselves and, for a manager, their team). */
    visibleOwnerIds: z.array(z.string()),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

const Login = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1024) });

const login = createRoute({
  method: 'post',
  path: '/api/session',
  tags: ['session'],
  summary: 'Log in with email and password; sets the session cookie',
  request: jsonBody(Login),
  responses: { 200: json(Me, 'logged in'), ...invalid, ...authErrors },
});
const me = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['session'],
  summary: 'The logged-in user and the CSRF token',
  responses: { 200: json(Me, 'the current user'), ...authErrors },
});
const logout = createRoute({
  method: 'delete',
  path: '/api/session',
  tags: ['session'],
  summary: 'Log out: ends the session',
  responses: { 204: { description: 'logged out' }, ...authErrors },
});

export function sessionRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: AppDeps,
  metrics: Metrics,
  caches: AppCaches,
): void {
  const throttle = new LoginThrottle(deps.auth);
  const db = deps.store.db;

  app.openapi(login, async (c) => {
    // Login CSRF: a foreign page must not log the browser into an account of the attacker's choosing.
    checkSameOrigin(c, deps.config.publicUrl);
    const { email, password } = c.req.valid('json');
    const ip = c.get('clientIp');
    const nowMs = deps.now().getTime();
    const allowed = throttle.check(email, ip, nowMs);
    if (!allowed.ok) {
      metrics.logins.inc({ outcome: 'throttled' });
      c.header('Retry-After', String(allowed.retryAfterSeconds));
      throw new UserError(
        'rate_limited',
        `too many failed logins: try again in ${allowed.retryAfterSeconds} s`,
      );
    }
    const checked = await checkPassword(db, email, password, deps.auth);
    if (!checked.ok) {
      throttle.failed(email, ip, nowMs);
      metrics.logins.inc({ outcome: 'failed' });
      throw new UserError('unauthenticated', 'wrong email or password');
    }
    throttle.succeeded(email);
    metrics.logins.inc({ outcome: 'ok' });
    const session = await createSession(db, checked.user.id, {
      now: deps.now(),
      lifetimeMs: deps.auth.sessionMs,
      ip,
      userAgent: c.req.header('user-agent'),
    });
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.config.secureCookies,
      path: '/',
      expires: session.expiresAt,
    });
    const actor = await actorById(db, checked.user.id);
    return c.json(
      { user: checked.user, csrfToken: session.csrfToken, visibleOwnerIds: actor.visibleOwnerIds },
      200,
    );
  });

  app.openapi(me, (c) => {
    const actor = requireActor(c);
    const auth = c.get('authentication');
    return c.json(
      {
        user: { id: actor.userId, email: actor.email, name: actor.name, role: actor.role },
        csrfToken: auth?.kind === 'session' ? csrfTokenFor(auth.sessionId) : null,
        visibleOwnerIds: actor.visibleOwnerIds,
      },
      200,
    );
  });

  app.openapi(logout, async (c) => {
    requireActor(c);
    const auth = c.get('authentication');
    if (auth?.kind === 'session') {
      await endSession(db, auth.sessionId);
      caches.actors.forget(auth.sessionId);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
}
