/** The queue's public shapes: a row of a rep's queue and the full approval view, as the CLI, web and MCP return them. */
import { z } from 'zod';
import { Verdict } from '../../domain/labels/labels-schema.ts';
import {
  Citation,
  ProposalKind,
  ProposalPayload,
  ProposalState,
} from '../../domain/proposals/proposal-schema.ts';
import { QueueFinding } from './proposal-record.ts';

export const Delivery = z.object({
  status: z.enum(['pending', 'sending', 'done', 'failed', 'unconfirmed']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  messageId: z.string().nullable(),
});

export const QueueItem = z.object({
  id: z.string(),
  opportunityId: z.string(),
  opportunityName: z.string(),
  accountName: z.string(),
  ownerId: z.string(),
  ownerEmail: z.string(),
  kind: ProposalKind,
  action: z.string(),
  state: ProposalState,
  verdict: Verdict.nullable(),
  priority: z.number().nullable(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  citations: z.array(Citation),
  blocked: z.boolean(),
  createdAt: z.string(),
  snoozedUntil: z.string().nullable(),
  stateReason: z.string().nullable(),
  delivery: Delivery.nullable(),
  /** Other open proposals to the same contact: only one of them may be sent. */
  conflicts: z.array(z.string()),
  sampledForReview: z.boolean(),
});

/** One checked statement of the draft: backed by a cited source, or flagged by a check. */
export const CheckedClaim = z.object({
  claim: z.string(),
  source: z.string(),
  quote: z.string().optional(),
  status: z.enum(['cited', 'flagged']),
  severity: z.enum(['block', 'warn']).optional(),
  reason: z.string().optional(),
});

export const ContactCheck = z.object({
  address: z.string(),
  name: z.string().optional(),
  sentThisWeek: z.number().int(),
  weeklyLimit: z.number().int(),
  doNotContact: z.boolean(),
});

export const ProposalView = QueueItem.extend({
  runId: z.string().nullable(),
  rationale: z.string(),
  writer: z.string(),
  draft: ProposalPayload,
  approved: ProposalPayload.nullable(),
  claims: z.array(CheckedClaim),
  findings: z.array(QueueFinding),
  observations: z.array(
    z.object({
      kind: z.string(),
      title: z.string(),
      detail: z.string().nullable(),
      refs: z.array(z.unknown()),
    }),
  ),
  decisions: z.array(
    z.object({
      decision: z.string(),
      actorId: z.string(),
      reasonCode: z.string().nullable(),
      reasonText: z.string().nullable(),
      decidedAt: z.string(),
      dwellMs: z.number().nullable(),
    }),
  ),
  contacts: z.array(ContactCheck),
  /** What would hold it now if approved as drafted (weekly limit, deferral, do-not-contact, a conflict). */
  governor: z.array(
    z.object({
      code: z.string(),
      overridable: z.boolean(),
      address: z.string().optional(),
      message: z.string(),
    }),
  ),
  resumeOn: z.string().nullable(),
  firstOpenedAt: z.string().nullable(),
});

export type Delivery = z.infer<typeof Delivery>;
export type QueueItem = z.infer<typeof QueueItem>;
export type CheckedClaim = z.infer<typeof CheckedClaim>;
export type ContactCheck = z.infer<typeof ContactCheck>;
export type ProposalView = z.infer<typeof ProposalView>;
