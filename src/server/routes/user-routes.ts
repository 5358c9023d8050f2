/** User administration for admins: who can log in, and a fresh one-time password for someone who forgot theirs. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { canManageUsers } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { userRoles } from '../../domain/workspace/workspace-schema.ts';
import { addLogin, listLogins } from '../../services/auth/credentials.ts';
import type { AppCaches } from '../app-caches.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { authErrors, invalid, json, jsonBody, notFound } from './route-kit.ts';

const LoginUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(userRoles),
    hasPassword: z.boolean(),
  })
  .meta({ id: 'LoginUser' });

const list = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['admin'],
  summary: 'Every user and whether they can log in (administrators only)',
  responses: { 200: json(z.array(LoginUser), 'users'), ...authErrors },
});
const resetPassword = createRoute({
  method: 'post',
  path: '/api/users/login',
  tags: ['admin'],
  summary: 'Give a user a new password (shown once); ends their sessions (administrators only)',
  request: jsonBody(
    z.object({ email: z.string().trim().min(3), admin: z.boolean().optional(), name: z.string().optional() }),
  ),
  responses: {
    200: json(
      z.object({ email: z.string(), password: z.string(), created: z.boolean() }),
      'the new password',
    ),
    ...invalid,
    ...notFound,
    ...authErrors,
  },
});

function assertAdmin(c: Parameters<typeof requireActor>[0]): void {
  if (!canManageUsers(requireActor(c)))
    throw new UserError('forbidden', 'only an administrator manages users');
}

export function userRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, caches: AppCaches): void {
  const { db } = deps.store;
  app.openapi(list, async (c) => {
    assertAdmin(c);
    return c.json(await listLogins(db), 200);
  });
  app.openapi(resetPassword, async (c) => {
    assertAdmin(c);
    const body = c.req.valid('json');
    const added = await addLogin(db, { email: body.email, admin: body.admin, name: body.name }, deps.auth);
    caches.actors.forgetUser(added.user.id);
    return c.json({ email: added.user.email, password: added.password, created: added.created }, 200);
  });
}
