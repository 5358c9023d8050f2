/** Proposals: every state-changing next-best-action, as a person will see, edit, approve or reject it. */
import { z } from 'zod';
import { NextBestAction } from '../labels/labels-schema.ts';
import { RecordRef } from '../observations/observation-schema.ts';
import { isoDate, isoDateTime } from '../workspace/workspace-schema.ts';

export const proposalKinds = [
  'send_email',
  'update_opportunity',
  'schedule_meeting',
  'log_activity',
] as const;
export const ProposalKind = z.enum(proposalKinds);

export const proposalStates = [
  'pending',
  'approved',
  'executing',
  'done',
  'failed',
  'rejected',
  'withdrawn',
  'expired',
] as const;
export const ProposalState = z.enum(proposalStates);

/** A source behind a sentence of a draft: a knowledge chunk, a document, or a CRM field. */
export const Citation = z.object({
  ref: RecordRef,
  /** The words of the source that back the claim. */
  quote: z.string().optional(),
  /** The claim in the draft that this source backs. */
  claim: z.string().optional(),
});

export const EmailDraft = z.object({
  to: z.array(z.string()).min(1),
  cc: z.array(z.string()).default([]),
  subject: z.string().min(1),
  body: z.string().min(1),
  /** The customer's thread this continues: threading headers are set from it. */
  threadId: z.string().optional(),
  inReplyToActivityId: z.string().optional(),
  citations: z.array(Citation).default([]),
});

export const opportunityFields = ['stage', 'closeDate', 'nextStep', 'nextStepDate'] as const;
export const FieldChange = z.object({
  field: z.enum(opportunityFields),
  from: z.string().nullable(),
  to: z.string(),
});
export const OpportunityUpdate = z.object({
  changes: z.array(FieldChange).min(1),
  reason: z.string(),
});

export const MeetingInvite = z.object({
  attendees: z.array(z.string()).min(1),
  subject: z.string().min(1),
  agenda: z.string(),
  durationMinutes: z.number().int().min(5).max(480).default(30),
  timeOptions: z.array(isoDateTime).min(1),
  threadId: z.string().optional(),
});

export const LoggedCommitment = z.object({
  by: z.enum(['us', 'them']),
  what: z.string(),
  due: isoDate.optional(),
});
export const ActivityLog = z.object({
  type: z.enum(['call', 'meeting', 'note', 'email']),
  occurredAt: isoDateTime,
  participants: z.array(z.string()).default([]),
  summary: z.string().min(1),
  commitments: z.array(LoggedCommitment).default([]),
  nextStep: z.string().optional(),
});

export const ProposalPayload = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('send_email'), email: EmailDraft }),
  z.object({ kind: z.literal('update_opportunity'), update: OpportunityUpdate }),
  z.object({ kind: z.literal('schedule_meeting'), meeting: MeetingInvite }),
  z.object({ kind: z.literal('log_activity'), log: ActivityLog }),
]);

/** What a writer hands the queue: the action it serves, the payload, and a line on why. */
export const ProposalDraft = z.object({
  action: NextBestAction,
  payload: ProposalPayload,
  rationale: z.string(),
  /** Which writer produced it (offline, or provider:model). */
  writer: z.string(),
});

export type ProposalKind = z.infer<typeof ProposalKind>;
export type ProposalState = z.infer<typeof ProposalState>;
export type Citation = z.infer<typeof Citation>;
export type EmailDraft = z.infer<typeof EmailDraft>;
export type FieldChange = z.infer<typeof FieldChange>;
export type OpportunityUpdate = z.infer<typeof OpportunityUpdate>;
export type MeetingInvite = z.infer<typeof MeetingInvite>;
export type ActivityLog = z.infer<typeof ActivityLog>;
export type ProposalPayload = z.infer<typeof ProposalPayload>;
export type ProposalDraft = z.infer<typeof ProposalDraft>;

/** Customer-facing kinds can never be auto-approved, whatever the configuration says. */
export const isCustomerFacing = (kind: ProposalKind): boolean =>
  kind === 'send_email' || kind === 'schedule_meeting';
