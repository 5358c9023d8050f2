/**
 * Lets another surface (the MCP Streamable HTTP endpoint) live on this server: its handler gets the request and the
 * caller already authenticated by API token, and inherits the rate limits, metrics and error mapping.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../domain/access/actor.ts';
import { UserError } from '../domain/errors.ts';
import type { AppEnv } from './app-env.ts';

export type MountedHandler = (
  request: Request,
  context: { actor: Actor; signal: AbortSignal },
) => Promise<Response>;

/** Mounts `handler` at `prefix` and everything under it; only bearer-token callers reach it (no cookies, so no CSRF). */
export function mountHandler(app: OpenAPIHono<AppEnv>, prefix: string, handler: MountedHandler): void {
  const serve = async (c: Context<AppEnv>) => {
    const actor = c.get('actor');
    if (!actor || c.get('authentication')?.kind !== 'token') {
      c.header('WWW-Authenticate', 'Bearer realm="closeloop"');
      throw new UserError(
        'unauthenticated',
        `${prefix} needs a personal API token: Authorization: Bearer <token>`,
      );
    }
    return handler(c.req.raw, { actor, signal: c.req.raw.signal });
  };
  app.all(prefix, serve);
  app.all(`${prefix}/*`, serve);
}
