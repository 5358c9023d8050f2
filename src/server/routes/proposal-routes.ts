/** Deciding on proposals: open (starts the reading clock), approve as drafted or edited, reject with a reason, snooze. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
import { isoDate, isoDateTime } from '../../domain/workspace/workspace-schema.ts';
import { RejectReason } from '../../services/decisions/reject-proposal.ts';
import type { AppCaches } from '../app-caches.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireActor } from '../middleware/authenticate.ts';
import { authErrors, blocked, conflict, invalid, json, jsonBody, notFound } from './route-kit.ts';

const ProposalParams = z.object({ id: z.string().min(1) });

export const Decided = z.object({ proposalId: z.string(), state: z.string() }).meta({ id: 'Decided' });

export const ApproveBody = z
  .object({
    /** The draft as the person edited it (same kind); absent: approve as drafted. */
    edited: ProposalPayload.optional(),
    /** Send despite a deferral or the weekly contact limit, with a reason a manager will read. */
    override: z.object({ reason: z.string().trim().min(5).max(500) }).optional(),
    /** The version the person looked at: a proposal changed since is not approved blind. */
    expectedVersion: z.number().int().optional(),
  })
  .meta({ id: 'ApproveBody' });

export const RejectBody = z
  .object({ reason: RejectReason, note: z.string().trim().max(2000).optional() })
  .meta({ id: 'RejectBody' });

export const SnoozeBody = z
  .object({ until: z.union([isoDate, isoDateTime]), note: z.string().trim().max(2000).optional() })
  .meta({ id: 'SnoozeBody' });

const decidedResponses = {
  200: json(Decided, 'the proposal’s new state'),
  ...invalid,
  ...notFound,
  ...conflict,
  ...authErrors,
};

const open = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/open',
  tags: ['decisions'],
  summary: 'Mark a proposal as opened: the time to decision counts from here',
  request: { params: ProposalParams },
  responses: { 204: { description: 'recorded' }, ...notFound, ...authErrors },
});
const approve = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/approve',
  tags: ['decisions'],
  summary: 'Approve a proposal, as drafted or edited; it is executed exactly once',
  request: { params: ProposalParams, ...jsonBody(ApproveBody) },
  responses: { ...decidedResponses, ...blocked },
});
const reject = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/reject',
  tags: ['decisions'],
  summary: 'Reject a proposal with a reason from the short list',
  request: { params: ProposalParams, ...jsonBody(RejectBody) },
  responses: decidedResponses,
});
const snooze = createRoute({
  method: 'post',
  path: '/api/proposals/{id}/snooze',
  tags: ['decisions'],
  summary: 'Snooze a proposal until a date',
  request: { params: ProposalParams, ...jsonBody(SnoozeBody) },
  responses: decidedResponses,
});

export function proposalRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, caches: AppCaches): void {
  const { db } = deps.store;
  const port = deps.decisions;
  // A decision changes the queues of everyone the decider may act for: theirs, and a manager's team.
  const decided = (actor: Actor) => caches.today.invalidate([actor.userId, ...actor.visibleOwnerIds]);
  app.openapi(open, async (c) => {
    await port.open(db, requireActor(c), { proposalId: c.req.valid('param').id });
    return c.body(null, 204);
  });
  app.openapi(approve, async (c) => {
    const actor = requireActor(c);
    const outcome = await port.approve(db, actor, {
      proposalId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    decided(actor);
    return c.json(Decided.parse(outcome), 200);
  });
  app.openapi(reject, async (c) => {
    const actor = requireActor(c);
    const outcome = await port.reject(db, actor, {
      proposalId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    decided(actor);
    return c.json(Decided.parse(outcome), 200);
  });
  app.openapi(snooze, async (c) => {
    const actor = requireActor(c);
    const outcome = await port.snooze(db, actor, {
      proposalId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    decided(actor);
    return c.json(Decided.parse(outcome), 200);
  });
}
