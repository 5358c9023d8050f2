/** The copilot's and the missions' KPIs: a rep's own figures, or a manager's team (the manager view's KPI page). */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CopilotKpis, copilotKpis } from '../../services/copilot/copilot-kpis.ts';
import { copilotConfig } from '../../services/copilot/copilot-settings.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { authErrors, invalid, json } from './route-kit.ts';

// A month of use, as `closeloop kpis` shows by default: long enough to see a habit, short enough to be current.
const DEFAULT_DAYS = 30;

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .meta({ description: "everyone you may see (a manager's team); reps see only their own figures" });

const kpis = createRoute({
  method: 'get',
  path: '/api/kpis',
  tags: ['manager'],
  summary:
    'Time saved (an estimate), decision rates, grounding, latency and model cost per task, pipeline progression (a correlation, not proof)',
  request: {
    query: z.object({
      team: flag.optional(),
      since: z.iso
        .date()
        .or(z.iso.datetime({ offset: true }))
        .optional()
        .meta({ description: `from this date or instant; default ${DEFAULT_DAYS} days ago` }),
    }),
  },
  responses: {
    200: json(CopilotKpis.meta({ id: 'CopilotKpis' }), 'the figures, each with its caveat'),
    ...invalid,
    ...authErrors,
  },
});

export function kpiRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const { db } = deps.store;
  const config = deps.copilot?.config ?? copilotConfig();
  app.openapi(kpis, async (c) => {
    const query = c.req.valid('query');
    const until = deps.now();
    const since = query.since ? new Date(query.since) : new Date(until.getTime() - DEFAULT_DAYS * 86_400_000);
    return c.json(
      await copilotKpis(db, requireActor(c), config, { since, until, team: query.team ?? false }),
      200,
    );
  });
}
