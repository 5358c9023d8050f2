/** The manager's coaching and audit pages: per-rep decision statistics and the filtered audit trail. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { isoDateTime } from '../../domain/workspace/workspace-schema.ts';
import { RepDecisionStats } from '../../services/decisions/decision-stats.ts';
import { readAuditTrail } from '../../services/today/audit-trail.ts';
import { AuditFilter, AuditPage } from '../../services/today/manager-schemas.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { authErrors, invalid, json } from './route-kit.ts';

// Four weeks: long enough to smooth a slow week, short enough to show a change in habits.
const DEFAULT_STATS_DAYS = 28;

const stats = createRoute({
  method: 'get',
  path: '/api/team/stats',
  tags: ['manager'],
  summary: 'Per-rep approval, edit and reject rates and time to decision, for the reps the caller may see',
  request: {
    query: z.object({
      since: isoDateTime.optional().meta({ description: `default: ${DEFAULT_STATS_DAYS} days ago` }),
    }),
  },
  responses: {
    200: json(z.array(RepDecisionStats).meta({ id: 'RepDecisionStatsList' }), 'statistics per rep'),
    ...invalid,
    ...authErrors,
  },
});

const audit = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['manager'],
  summary: 'The audit trail (newest first), filtered; page with `before`',
  request: { query: AuditFilter },
  responses: { 200: json(AuditPage, 'a page of entries'), ...invalid, ...authErrors },
});

export function managerRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { db } = deps.store;
  app.openapi(stats, async (c) => {
    const query = c.req.valid('query');
    const since = query.since
      ? new Date(query.since)
      : new Date(deps.now().getTime() - DEFAULT_STATS_DAYS * 86_400_000);
    return c.json(await deps.decisions.stats(db, requireActor(c), { since }), 200);
  });
  app.openapi(audit, async (c) =>
    c.json(await readAuditTrail(db, requireActor(c), c.req.valid('query')), 200),
  );
}
