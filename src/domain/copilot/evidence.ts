/** What the copilot's tool calls have gathered so far: the facts plans decide on and answers are composed from. */
import { z } from 'zod';
import { KnowledgeChunk } from '../knowledge/knowledge-chunk.ts';
import { ProposalDraft, ProposalKind, ProposalPayload, ProposalState } from '../proposals/proposal-schema.ts';
import { DealAssessment } from '../triage/assessment-schema.ts';
import {
  Account,
  Activity,
  Contact,
  isoDate,
  isoDateTime,
  Opportunity,
  Product,
} from '../workspace/workspace-schema.ts';

export const UsageSeriesView = z.object({
  metric: z.string(),
  points: z.array(z.object({ period: isoDate, value: z.number() })),
  /** recent four weeks against the four before: −0.3 is a 30% fall. */
  change: z.number().optional(),
  direction: z.enum(['sharp_drop', 'dip', 'flat', 'rising']).optional(),
});
export type UsageSeriesView = z.infer<typeof UsageSeriesView>;

/** A deal as the account read gives it (no creation date); a triage read replaces it with the full record. */
export const EvidenceDeal = Opportunity.partial({ createdAt: true });
export type EvidenceDeal = z.infer<typeof EvidenceDeal>;

export const PersonView = z.object({ name: z.string(), email: z.string() });

/** One deal of a pipeline-wide answer ("what should I do today?"). */
export const PipelineItem = z.object({
  opportunity: Opportunity,
  accountName: z.string(),
  assessment: DealAssessment,
});
export type PipelineItem = z.infer<typeof PipelineItem>;

export const Evidence = z.object({
  /** The seller's mail domains: an attendee on one of them is one of us. */
  sellerDomains: z.array(z.string()).default([]),
  account: Account.optional(),
  owner: PersonView.optional(),
  contacts: z.array(Contact).default([]),
  /** The account's open deals the actor may read. */
  deals: z.array(EvidenceDeal).default([]),
  /** The deal the request is about, with its stage history. */
  opportunity: Opportunity.optional(),
  stageEnteredAt: isoDateTime.optional(),
  /** Newest first. */
  activities: z.array(Activity).default([]),
  /** Set once activities were read, even if there were none. */
  activitiesRead: z.boolean().default(false),
  usage: z.array(UsageSeriesView).optional(),
  licensedSeats: z.number().optional(),
  /** Triage of each open deal on the account (or the one deal), as the mission judges it. */
  assessments: z.array(DealAssessment).optional(),
  pipeline: z.array(PipelineItem).optional(),
  knowledge: z.array(KnowledgeChunk).optional(),
  /** The price book, read with the knowledge so prices are quoted from it and nothing else. */
  products: z.array(Product).optional(),
  draft: ProposalDraft.optional(),
  /** Why no draft could be written (the writer declined, or failed). */
  draftProblem: z.string().optional(),
  proposal: z
    .object({
      id: z.string(),
      kind: ProposalKind,
      state: ProposalState,
      blocked: z.boolean(),
      /** Why the guardrails or the queue blocked or flagged it. */
      reasons: z.array(z.string()),
      payload: ProposalPayload,
    })
    .optional(),
  /** Who a rep asks when the knowledge base is silent: their manager, else an admin. */
  expert: PersonView.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const emptyEvidence = (): Evidence => Evidence.parse({});
