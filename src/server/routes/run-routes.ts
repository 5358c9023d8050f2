/** Runs: "Run now", the run inspector's list and detail, and a run's live events over SSE. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { canSeeOwner } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { RunDetail, RunSummaryView } from '../../services/today/manager-schemas.ts';
import {
  findVisibleRun,
  listRunsFor,
  readRunDetail,
  runSummary,
} from '../../services/today/run-inspector.ts';
import type { AppCaches } from '../app-caches.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import type { Metrics } from '../metrics.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { streamRun } from '../run-events.ts';
import { authErrors, invalid, json, jsonBody, notFound } from './route-kit.ts';

const StartRun = z
  .object({
    /** The rep whose book to run; yourself by default. */
    repId: z.string().min(1).optional(),
    /** Every open deal of every rep (administrators only). */
    everyone: z.boolean().optional(),
  })
  .meta({ id: 'StartRun' });

const RunParams = z.object({ id: z.string().min(1) });

const start = createRoute({
  method: 'post',
  path: '/api/runs',
  tags: ['runs'],
  summary:
    'Run the mission now for a rep (or join the run already going); follow it at /api/runs/{id}/events',
  request: jsonBody(StartRun),
  responses: {
    202: json(RunSummaryView, 'the run, started or joined'),
    ...invalid,
    ...notFound,
    ...authErrors,
    503: json(z.object({}), 'runs cannot be started here'),
  },
});
const list = createRoute({
  method: 'get',
  path: '/api/runs',
  tags: ['runs'],
  summary: 'Every run the caller may see, newest first, with timings and counts',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }) },
  responses: { 200: json(z.array(RunSummaryView), 'runs'), ...authErrors },
});
const detail = createRoute({
  method: 'get',
  path: '/api/runs/{id}',
  tags: ['runs'],
  summary: 'One run: timings, failures with their errors, the slowest deals',
  request: { params: RunParams },
  responses: { 200: json(RunDetail, 'the run'), ...notFound, ...authErrors },
});
const events = createRoute({
  method: 'get',
  path: '/api/runs/{id}/events',
  tags: ['runs'],
  summary: 'Server-Sent Events: `observation` (id = seq; resume with Last-Event-ID), `progress`, then `end`',
  request: {
    params: RunParams,
    query: z.object({
      after: z.coerce.number().int().min(0).optional().meta({ description: 'resume after this seq' }),
    }),
  },
  responses: {
    200: { content: { 'text/event-stream': { schema: z.string() } }, description: 'the event stream' },
    ...notFound,
    ...authErrors,
  },
});

export function runRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: AppDeps,
  metrics: Metrics,
  caches: AppCaches,
): void {
  const { db } = deps.store;

  app.openapi(start, async (c) => {
    const actor = requireActor(c);
    const body = c.req.valid('json');
    if (!deps.missions)
      throw new UserError('conflict', 'this server does not run missions; start one with `closeloop run`');
    if (body.everyone && actor.role !== 'admin')
      throw new UserError('forbidden', 'only an administrator runs every rep at once');
    const repId = body.everyone ? null : (body.repId ?? actor.userId);
    if (repId && !canSeeOwner(actor, repId)) throw new UserError('not_found', `no rep ${repId}`);
    const run = await deps.missions.launch({ repId, requestedBy: actor.userId });
    caches.today.invalidate([repId ?? actor.userId]);
    return c.json(runSummary(run, null, deps.now()), 202);
  });

  app.openapi(list, async (c) =>
    c.json(
      await listRunsFor(db, requireActor(c), { limit: c.req.valid('query').limit, now: deps.now() }),
      200,
    ),
  );

  app.openapi(detail, async (c) =>
    c.json(await readRunDetail(db, requireActor(c), c.req.valid('param').id, deps.now()), 200),
  );

  app.openapi(events, async (c) => {
    const actor = requireActor(c);
    const { id } = c.req.valid('param');
    await findVisibleRun(db, actor, id);
    const lastEventId = Number(c.req.header('last-event-id'));
    const afterSeq =
      Number.isInteger(lastEventId) && lastEventId > 0 ? lastEventId : (c.req.valid('query').after ?? 0);
    // The watcher's own queues are the ones their page reloads next.
    const onChange = () => caches.today.invalidate([actor.userId, ...actor.visibleOwnerIds]);
    return streamRun(c, {
      db,
      actor,
      runId: id,
      afterSeq,
      pollMs: deps.config.ssePollMs,
      shutdown: deps.shutdown,
      metrics,
      onChange,
    });
  });
}
