/** The decision queue: proposals, the decisions people take on them, the outbox that executes them, the audit log. */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { proposalKinds, proposalStates } from '../../domain/proposals/proposal-schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const proposals = pgTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    runId: text('run_id'),
    requestId: text('request_id'),
    opportunityId: text('opportunity_id').notNull(),
    accountId: text('account_id').notNull(),
    /** Whose queue it sits in: the deal owner when proposed, or whoever an admin reassigned it to. */
    ownerId: text('owner_id').notNull(),
    kind: text('kind', { enum: proposalKinds }).notNull(),
    action: text('action').notNull(),
    state: text('state', { enum: proposalStates }).notNull().default('pending'),
    /** The draft as the writer produced it (ProposalPayload); never changed after creation. */
    payload: jsonb('payload').notNull(),
    /** What was approved and executed, after a person's edits. */
    approvedPayload: jsonb('approved_payload'),
    rationale: text('rationale').notNull(),
    writer: text('writer').notNull(),
    verdict: text('verdict'),
    priority: integer('priority'),
    /** The guardrails' findings on the draft; a blocking one keeps it from being approved unedited. */
    guard: jsonb('guard'),
    blocked: boolean('blocked').notNull().default(false),
    fingerprint: text('fingerprint'),
    /** Lower-case customer-facing addresses (to, cc, attendees) of the current payload: the governor looks proposals up by contact. */
    recipients: text('recipients').array().notNull().default(sql`'{}'::text[]`),
    snoozedUntil: ts('snoozed_until'),
    stateReason: text('state_reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
    firstOpenedAt: ts('first_opened_at'),
    decidedAt: ts('decided_at'),
    decidedBy: text('decided_by'),
    sampledForReview: boolean('sampled_for_review').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('proposals_queue_idx').on(t.ownerId, t.state, t.createdAt),
    index('proposals_deal_idx').on(t.opportunityId, t.state),
    // A run proposes at most once per deal, however often a crashed step is retried.
    uniqueIndex('proposals_run_deal_idx').on(t.runId, t.opportunityId).where(sql`${t.runId} IS NOT NULL`),
    index('proposals_recipients_idx').using('gin', t.recipients),
  ],
);

export const decisions = pgTable(
  'decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    proposalId: text('proposal_id').notNull(),
    actorId: text('actor_id').notNull(),
    decision: text('decision', {
      enum: [
        'approve',
        'edit_approve',
        'reject',
        'snooze',
        'reassign',
        'override',
        'retry',
        'confirm',
        'review',
      ],
    }).notNull(),
    reasonCode: text('reason_code'),
    reasonText: text('reason_text'),
    /** For an edit: the payload as approved and a line diff against the draft. */
    editedPayload: jsonb('edited_payload'),
    diff: jsonb('diff'),
    openedAt: ts('opened_at'),
    decidedAt: ts('decided_at').notNull().defaultNow(),
    /** Milliseconds from opening the proposal to deciding: a gate clicked through in 2 s is no gate. */
    dwellMs: integer('dwell_ms'),
  },
  (t) => [
    index('decisions_proposal_idx').on(t.proposalId),
    index('decisions_actor_idx').on(t.actorId, t.decidedAt),
  ],
);

export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    proposalId: text('proposal_id').notNull(),
    /** Stable across retries and restarts: the receiver and we both recognise a repeat by it. */
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind', { enum: proposalKinds }).notNull(),
    /** The exact content to execute, frozen at approval. */
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['pending', 'sending', 'done', 'failed', 'unconfirmed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedUntil: ts('locked_until'),
    messageId: text('message_id'),
    lastError: text('last_error'),
    result: jsonb('result'),
    createdAt: ts('created_at').notNull().defaultNow(),
    doneAt: ts('done_at'),
  },
  (t) => [
    uniqueIndex('outbox_proposal_idx').on(t.proposalId),
    uniqueIndex('outbox_idempotency_idx').on(t.idempotencyKey),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

/** Append-only: a trigger refuses UPDATE and DELETE (see the migration), so no API can rewrite history. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    opportunityId: text('opportunity_id'),
    basis: jsonb('basis'),
    content: jsonb('content'),
  },
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId), index('audit_at_idx').on(t.at)],
);

export const doNotContact = pgTable('do_not_contact', {
  email: text('email').primaryKey(),
  reason: text('reason'),
  addedBy: text('added_by').notNull(),
  addedAt: ts('added_at').notNull().defaultNow(),
});
