/** The shapes the web views read (Today, a deal, the manager's pages): one zod source for the API, its OpenAPI and the UI. */
import { z } from 'zod';
import { NextBestAction, Verdict } from '../../domain/labels/labels-schema.ts';
import { Observation } from '../../domain/observations/observation-schema.ts';
import { ProposalKind, ProposalPayload, ProposalState } from '../../domain/proposals/proposal-schema.ts';
import { StoredGuard } from '../decisions/proposal-record.ts';

const instant = z.string().meta({ description: 'ISO 8601 instant' });
const day = z.string().meta({ description: 'calendar date, YYYY-MM-DD' });

/** The line a deal's row shows: enough to rank and decide whether to open it, nothing more. */
export const ProposalSummary = z
  .object({
    id: z.string(),
    kind: ProposalKind,
    action: z.string(),
    state: ProposalState,
    blocked: z.boolean(),
    subject: z.string().nullable(),
    snoozedUntil: instant.nullable(),
  })
  .meta({ id: 'ProposalSummary' });

export const TodayDeal = z
  .object({
    opportunityId: z.string(),
    dealName: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    ownerId: z.string(),
    ownerName: z.string().nullable(),
    amount: z.number(),
    currency: z.string(),
    stage: z.string(),
    closeDate: day,
    verdict: Verdict,
    actions: z.array(NextBestAction),
    resumeOn: day.nullable(),
    priority: z.number(),
    why: z.string(),
    proposal: ProposalSummary.nullable(),
  })
  .meta({ id: 'TodayDeal' });

export const RunProgressView = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
    deals: z.number().int(),
    done: z.number().int(),
    proposals: z.number().int(),
    failed: z.number().int(),
    createdAt: instant,
    finishedAt: instant.nullable(),
  })
  .meta({ id: 'RunProgress' });

export const TodayView = z
  .object({
    owner: z.object({ id: z.string(), name: z.string() }),
    asOf: instant.nullable(),
    /** The highest-priority act-now deals, up to the page size; `counts.actNow` says how many there are. */
    actNow: z.array(TodayDeal),
    /** Monitored deals, soonest resume date first, up to the page size. */
    monitor: z.array(TodayDeal),
    counts: z.object({ actNow: z.number().int(), monitor: z.number().int(), noAction: z.number().int() }),
    lastRun: RunProgressView.nullable(),
  })
  .meta({ id: 'TodayView' });

export const TeamQueue = z
  .object({
    owners: z.array(
      z.object({ id: z.string(), name: z.string(), actNow: z.number().int(), pending: z.number().int() }),
    ),
    deals: z.array(TodayDeal),
  })
  .meta({ id: 'TeamQueue' });

export const StoredObservation = Observation.extend({
  seq: z.number().int(),
  runId: z.string().nullable(),
  at: instant,
}).meta({
  id: 'StoredObservation',
});

export const ActivityView = z
  .object({
    id: z.string(),
    type: z.enum(['email', 'call', 'meeting', 'note', 'task']),
    opportunityId: z.string().nullable(),
    occurredAt: instant,
    direction: z.enum(['inbound', 'outbound', 'internal']).nullable(),
    from: z.string().nullable(),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    subject: z.string().nullable(),
    body: z.string().nullable(),
    threadId: z.string().nullable(),
    startsAt: instant.nullable(),
    status: z.string().nullable(),
  })
  .meta({ id: 'Activity' });

/** What made a proposal, as its row records it: a mission run, a copilot request, or a host's assistant over MCP. */
export const ProposalOrigin = z
  .object({
    source: z.enum(['mission', 'copilot', 'mcp', 'other']),
    /** The run or the request that made it. */
    id: z.string().nullable(),
    /** Whose request it was (copilot: their name; MCP: the email the host signed in with); null for a run. */
    by: z.string().nullable(),
  })
  .meta({ id: 'ProposalOrigin' });

export const ProposalView = z
  .object({
    id: z.string(),
    opportunityId: z.string(),
    /** Whose queue it sits in. */
    ownerId: z.string(),
    origin: ProposalOrigin,
    kind: ProposalKind,
    action: z.string(),
    state: ProposalState,
    payload: ProposalPayload,
    approvedPayload: ProposalPayload.nullable(),
    rationale: z.string(),
    writer: z.string(),
    blocked: z.boolean(),
    /** The guardrails' and the queue's findings on the draft; a blocking one needs an edit before approval. */
    guard: StoredGuard.nullable(),
    snoozedUntil: instant.nullable(),
    stateReason: z.string().nullable(),
    createdAt: instant,
    decidedAt: instant.nullable(),
    decidedBy: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Proposal' });

export const DealDetail = z
  .object({
    deal: z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      stage: z.string(),
      amount: z.number(),
      currency: z.string(),
      closeDate: day,
      nextStep: z.string().nullable(),
      nextStepDate: day.nullable(),
      contractEndDate: day.nullable(),
      licensedSeats: z.number().nullable(),
      createdAt: instant,
      ownerId: z.string(),
      ownerName: z.string().nullable(),
      account: z.object({
        id: z.string(),
        name: z.string(),
        domain: z.string().nullable(),
        industry: z.string().nullable(),
      }),
      stageHistory: z.array(z.object({ stage: z.string(), enteredAt: instant })),
    }),
    state: z
      .object({
        verdict: Verdict,
        actions: z.array(NextBestAction),
        resumeOn: day.nullable(),
        priority: z.number(),
        why: z.string(),
        runId: z.string(),
        asOf: instant,
      })
      .nullable(),
    /** The proposal the latest mission run linked to the deal, whatever its state. */
    proposal: ProposalView.nullable(),
    /**
     * The deal's other open proposals (pending, approved, executing: made by the copilot, over MCP, or by an earlier
     * run), newest first; plus the one asked for with `?proposal=`, whatever its state.
     */
    otherProposals: z.array(ProposalView),
    observations: z.array(StoredObservation),
    activities: z.array(ActivityView),
    contacts: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        email: z.string(),
        title: z.string().nullable(),
        role: z.string().nullable(),
        status: z.string().nullable(),
      }),
    ),
    usage: z.array(z.object({ metric: z.string(), period: day, value: z.number() })),
    documents: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string() })),
  })
  .meta({ id: 'DealDetail' });

export type ProposalSummary = z.infer<typeof ProposalSummary>;
export type TodayDeal = z.infer<typeof TodayDeal>;
export type RunProgressView = z.infer<typeof RunProgressView>;
export type TodayView = z.infer<typeof TodayView>;
export type TeamQueue = z.infer<typeof TeamQueue>;
export type StoredObservation = z.infer<typeof StoredObservation>;
export type ActivityView = z.infer<typeof ActivityView>;
export type ProposalOrigin = z.infer<typeof ProposalOrigin>;
export type ProposalView = z.infer<typeof ProposalView>;
export type DealDetail = z.infer<typeof DealDetail>;
