/** The rep's Today view, one deal's panel, a proposal's link, and the manager's team queue: reads only, filtered by the caller. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { readDealDetail, readProposalLink } from '../../services/today/deal-detail.ts';
import { todayOwner } from '../../services/today/owner-scope.ts';
import { readTeamQueue, readTodayJson, TODAY_PAGE } from '../../services/today/today-query.ts';
import { DealDetail, ProposalView, TeamQueue, TodayView } from '../../services/today/today-schemas.ts';
import type { AppCaches } from '../app-caches.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { authErrors, invalid, json, notFound } from './route-kit.ts';

const today = createRoute({
  method: 'get',
  path: '/api/today',
  tags: ['today'],
  summary: "A rep's morning queue: act now (ranked), monitor (with resume dates), and how many need nothing",
  request: {
    query: z.object({
      owner: z.string().min(1).optional().meta({ description: 'a rep you may see; yourself by default' }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(1000)
        .default(TODAY_PAGE)
        .meta({ description: 'deals per section' }),
    }),
  },
  responses: {
    200: json(TodayView, 'the queue'),
    304: { description: 'unchanged since the ETag sent' },
    ...invalid,
    ...notFound,
    ...authErrors,
  },
});

const deal = createRoute({
  method: 'get',
  path: '/api/deals/{id}',
  tags: ['today'],
  summary: 'One deal: its record, verdict, open proposals, the observation chain and the records behind it',
  request: {
    params: z.object({ id: z.string().min(1) }),
    query: z.object({
      proposal: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'a proposal of this deal to include whatever its state (a link to it)' }),
    }),
  },
  responses: { 200: json(DealDetail, 'the deal'), ...invalid, ...notFound, ...authErrors },
});

const proposal = createRoute({
  method: 'get',
  path: '/api/proposals/{id}',
  tags: ['decisions'],
  summary: 'One proposal, for a link to it: its deal, its state and who made it',
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: { 200: json(ProposalView, 'the proposal'), ...notFound, ...authErrors },
});

const teamQueue = createRoute({
  method: 'get',
  path: '/api/team/queue',
  tags: ['manager'],
  summary: "The act-now deals across the caller's team, ranked, with counts per rep",
  responses: { 200: json(TeamQueue, 'the team queue'), ...authErrors },
});

export function todayRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, caches: AppCaches): void {
  const db = deps.store.db;
  app.openapi(today, async (c) => {
    const actor = requireActor(c);
    const { owner, limit } = c.req.valid('query');
    // The permission check runs on every request; only the owner's view itself is shared.
    const ownerId = todayOwner(actor, owner);
    const cached = await caches.today.get(ownerId, String(limit), () =>
      readTodayJson(db, actor, { ownerId, limit }),
    );
    c.header('ETag', cached.etag);
    c.header('Cache-Control', 'private, no-cache');
    c.header('Vary', 'Accept-Encoding');
    if (c.req.header('if-none-match') === cached.etag) return c.body(null, 304);
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      return c.body(cached.gzipped(), 200, {
        'Content-Type': 'application/json',
        'Content-Encoding': 'gzip',
      });
    }
    return c.body(cached.body, 200, { 'Content-Type': 'application/json' });
  });
  app.openapi(deal, async (c) =>
    c.json(
      await readDealDetail(db, requireActor(c), c.req.valid('param').id, {
        proposalId: c.req.valid('query').proposal,
      }),
      200,
    ),
  );
  app.openapi(proposal, async (c) =>
    c.json(await readProposalLink(db, requireActor(c), c.req.valid('param').id), 200),
  );
  app.openapi(teamQueue, async (c) => c.json(await readTeamQueue(db, requireActor(c)), 200));
}
