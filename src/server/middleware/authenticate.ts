/**
 * Finds who is calling: a bearer API token, or the session cookie. It never refuses a request itself; routes that
 * need a person call `requireActor`, so the login page and health checks stay open.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { actorById } from '../../services/access/resolve-actor.ts';
import { resolveApiToken } from '../../services/auth/api-tokens.ts';
import { findSession } from '../../services/auth/sessions.ts';
import type { Db } from '../../store/open-store.ts';
import type { ActorCache } from '../actor-cache.ts';
import type { AppEnv } from '../app-env.ts';

export const SESSION_COOKIE = 'closeloop_session';

/** The bearer-token authenticator other surfaces (the MCP endpoint) share: a header in, an Actor or nothing out. */
export async function authenticateBearer(
  db: Db,
  authorization: string | undefined,
  now: Date,
): Promise<{ actor: Actor; tokenId: string } | undefined> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const token = await resolveApiToken(db, match[1]!, now);
  if (!token) return undefined;
  const actor = await actorById(db, token.userId).catch(() => undefined);
  return actor && { actor, tokenId: token.tokenId };
}

export function authenticate(db: Db, now: () => Date, cache: ActorCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization) {
      const found = await cache.resolve(authorization, async () => {
        const bearer = await authenticateBearer(db, authorization, now());
        return bearer && { actor: bearer.actor, kind: 'token', id: bearer.tokenId };
      });
      // A wrong token is an error, not an anonymous request: a script with a revoked token should hear so.
      if (!found)
        throw new UserError('unauthenticated', 'the API token is missing, wrong, expired or revoked');
      c.set('actor', found.actor);
      c.set('authentication', { kind: 'token', tokenId: found.id });
    } else {
      const sessionId = getCookie(c, SESSION_COOKIE);
      if (sessionId) {
        const found = await cache.resolve(sessionId, async () => {
          const session = await findSession(db, sessionId, now());
          const actor = session && (await actorById(db, session.userId).catch(() => undefined));
          return actor && { actor, kind: 'session', id: sessionId };
        });
        if (found) {
          c.set('actor', found.actor);
          c.set('authentication', { kind: 'session', sessionId });
        } else {
          deleteCookie(c, SESSION_COOKIE, { path: '/' });
        }
      }
    }
    await next();
  };
}

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new UserError('unauthenticated', 'log in first');
  return actor;
}
