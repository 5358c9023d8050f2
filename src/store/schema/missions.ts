/** Missions as data: runs, their per-deal steps, the observation stream, and each deal's latest assessment. */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const runStatuses = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export const dealStepStatuses = ['pending', 'reasoned', 'done', 'unchanged', 'failed'] as const;

export const runs = pgTable(
  'runs',
  {
    id: text('id').primaryKey(),
    /** The rep whose book this run covers; null for a run over everyone. */
    repId: text('rep_id'),
    trigger: text('trigger', { enum: ['manual', 'schedule', 'api', 'copilot'] }).notNull(),
    requestedBy: text('requested_by'),
    asOf: text('as_of').notNull(),
    status: text('status', { enum: runStatuses }).notNull().default('queued'),
    /** Two triggers for the same rep and day share one run: `schedule:<repId>:<local date>`. */
    dedupeKey: text('dedupe_key'),
    deals: integer('deals').notNull().default(0),
    reasoned: integer('reasoned').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    proposals: integer('proposals').notNull().default(0),
    /** The next observation sequence number; taken under the run's row lock so readers never miss one. */
    nextSeq: integer('next_seq').notNull().default(1),
    reasoner: text('reasoner').notNull(),
    error: text('error'),
    createdAt: ts('created_at').notNull().defaultNow(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    deadlineAt: ts('deadline_at'),
  },
  (t) => [
    uniqueIndex('runs_dedupe_idx').on(t.dedupeKey).where(sql`${t.dedupeKey} IS NOT NULL`),
    index('runs_rep_created_idx').on(t.repId, t.createdAt),
    index('runs_status_idx').on(t.status),
  ],
);

export const runDeals = pgTable(
  'run_deals',
  {
    runId: text('run_id').notNull(),
    opportunityId: text('opportunity_id').notNull(),
    ownerId: text('owner_id').notNull(),
    position: integer('position').notNull(),
    status: text('status', { enum: dealStepStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    fingerprint: text('fingerprint'),
    verdict: text('verdict', { enum: ['act_now', 'monitor', 'no_action'] }),
    actions: jsonb('actions').$type<string[]>(),
    resumeOn: text('resume_on'),
    priority: doublePrecision('priority'),
    why: text('why'),
    reviewAt: text('review_at'),
    /** The full assessment (signals, observations, priority parts), kept so a resumed run skips reasoning. */
    assessment: jsonb('assessment'),
    /** For an unchanged deal: the run whose verdict and proposal it keeps. */
    unchangedFrom: text('unchanged_from'),
    proposalId: text('proposal_id'),
    error: text('error'),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.opportunityId] }),
    index('run_deals_claim_idx').on(t.runId, t.status, t.position),
    index('run_deals_owner_idx').on(t.runId, t.ownerId),
  ],
);

export const observations = pgTable(
  'observations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: text('run_id'),
    /** Copilot requests stream observations too; they have no run. */
    requestId: text('request_id'),
    seq: integer('seq').notNull(),
    opportunityId: text('opportunity_id'),
    kind: text('kind', {
      enum: ['evidence', 'reasoning', 'conclusion', 'proposal', 'guardrail', 'error'],
    }).notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    refs: jsonb('refs').notNull().default([]),
    span: jsonb('span'),
    data: jsonb('data'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('observations_run_seq_idx').on(t.runId, t.seq),
    index('observations_deal_idx').on(t.opportunityId, t.runId),
    uniqueIndex('observations_request_seq_idx').on(t.requestId, t.seq),
  ],
);

/** Each open deal's latest assessment: the incremental run's memory of what it already knows. */
export const dealStates = pgTable(
  'deal_states',
  {
    opportunityId: text('opportunity_id').primaryKey(),
    ownerId: text('owner_id').notNull(),
    runId: text('run_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    asOf: text('as_of').notNull(),
    reviewAt: text('review_at'),
    verdict: text('verdict', { enum: ['act_now', 'monitor', 'no_action'] }).notNull(),
    actions: jsonb('actions').$type<string[]>().notNull(),
    resumeOn: text('resume_on'),
    priority: doublePrecision('priority').notNull(),
    why: text('why').notNull(),
    proposalId: text('proposal_id'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('deal_states_owner_idx').on(t.ownerId, t.verdict, t.priority)],
);
