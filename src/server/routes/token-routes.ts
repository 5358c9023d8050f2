/** Personal API tokens for the CLI and MCP hosts: create (shown once), list, revoke; always one's own. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/auth/api-tokens.ts';
import type { AppCaches } from '../app-caches.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { authErrors, invalid, json, jsonBody, notFound } from './route-kit.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const ApiTokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

const toInfo = (t: {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}) => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: iso(t.lastUsedAt),
  expiresAt: iso(t.expiresAt),
  revokedAt: iso(t.revokedAt),
});

const create = createRoute({
  method: 'post',
  path: '/api/tokens',
  tags: ['tokens'],
  summary: 'Create a personal API token; the token is in this response only',
  request: jsonBody(
    z.object({ name: z.string().trim().min(1).max(80), days: z.number().int().min(0).max(3650).optional() }),
  ),
  responses: {
    201: json(z.object({ token: z.string(), info: ApiTokenInfo }), 'the new token'),
    ...invalid,
    ...authErrors,
  },
});
const list = createRoute({
  method: 'get',
  path: '/api/tokens',
  tags: ['tokens'],
  summary: 'Your API tokens (never the secrets)',
  responses: { 200: json(z.array(ApiTokenInfo), 'tokens'), ...authErrors },
});
const revoke = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  tags: ['tokens'],
  summary: 'Revoke one of your tokens',
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: { 204: { description: 'revoked' }, ...notFound, ...authErrors },
});

export function tokenRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, caches: AppCaches): void {
  const { db } = deps.store;
  app.openapi(create, async (c) => {
    const actor = requireActor(c);
    const body = c.req.valid('json');
    const made = await createApiToken(db, actor.userId, {
      name: body.name,
      days: body.days ?? deps.auth.tokenDays,
      now: deps.now(),
    });
    return c.json({ token: made.token, info: toInfo(made.info) }, 201);
  });
  app.openapi(list, async (c) => c.json((await listApiTokens(db, requireActor(c).userId)).map(toInfo), 200));
  app.openapi(revoke, async (c) => {
    const actor = requireActor(c);
    await revokeApiToken(db, actor.userId, c.req.valid('param').id, deps.now());
    // Tokens are cached by their secret, which is not kept: forget every entry of this user.
    caches.actors.forgetUser(actor.userId);
    return c.body(null, 204);
  });
}
