/** The copilot's contract: a request in a rep's own words, the route it resolves to, and the answer it gets. */
import { z } from 'zod';
import { Observation, RecordRef } from '../observations/observation-schema.ts';
import { ActivityLog, Citation, ProposalKind, ProposalState } from '../proposals/proposal-schema.ts';
import { entityId, isoDateTime } from '../workspace/workspace-schema.ts';

export const copilotIntents = [
  'research_account',
  'prepare_brief',
  'log_activity',
  'draft_email',
  'next_best_action',
  'product_question',
] as const;
export const CopilotIntent = z.enum(copilotIntents);
export type CopilotIntent = z.infer<typeof CopilotIntent>;

export const AskInput = z.object({
  text: z.string().trim().min(1, 'say what you need').max(4000, 'keep a request under 4,000 characters'),
  /** Emit each observation as it happens (the chat panel); otherwise only the final answer matters. */
  stream: z.boolean().default(false),
  /** The instant the request reasons as of; the workspace's "now" when absent (never the machine clock). */
  asOf: isoDateTime.optional(),
});
export type AskInput = z.input<typeof AskInput>;

/** The words of a request that named a record, kept so a rep can see why the copilot read it that way. */
export const Mention = z.object({
  type: z.enum(['account', 'contact', 'opportunity', 'product', 'meeting']),
  id: z.string(),
  label: z.string(),
  words: z.string(),
  /** 0 to 1: an exact full name is 1, a first name or a typo less. */
  score: z.number(),
});
export type Mention = z.infer<typeof Mention>;

export const CopilotRoute = z.object({
  intent: CopilotIntent,
  accountId: entityId.optional(),
  opportunityId: entityId.optional(),
  contactIds: z.array(entityId).default([]),
  /** A booked meeting the request is about ("my next call with Pepper"). */
  meetingId: entityId.optional(),
  /** What the request says beyond naming things: the question, the call notes, the email's purpose. */
  topic: z.string().default(''),
  mentions: z.array(Mention).default([]),
});
export type CopilotRoute = z.infer<typeof CopilotRoute>;

export const Candidate = z.object({
  type: z.enum(['account', 'contact', 'opportunity', 'intent']),
  id: z.string(),
  label: z.string(),
});
export type Candidate = z.infer<typeof Candidate>;

export const Clarification = z.object({ question: z.string(), candidates: z.array(Candidate) });
export type Clarification = z.infer<typeof Clarification>;

/** What the router decided: a route to run, or a short question back when guessing would be wrong. */
export const RouteDecision = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('route'), route: CopilotRoute, why: z.string() }),
  z.object({
    kind: z.literal('clarify'),
    intent: CopilotIntent.optional(),
    clarification: Clarification,
    mentions: z.array(Mention).default([]),
  }),
]);
export type RouteDecision = z.infer<typeof RouteDecision>;

/** One line of an answer, linked to the records it comes from. */
export const AnswerLine = z.object({ text: z.string(), refs: z.array(RecordRef).default([]) });
export type AnswerLine = z.infer<typeof AnswerLine>;

export const AnswerSection = z.object({ heading: z.string(), lines: z.array(AnswerLine) });
export type AnswerSection = z.infer<typeof AnswerSection>;

export const answerStatuses = ['answered', 'clarify', 'proposed', 'unknown', 'stopped', 'failed'] as const;
export const AnswerStatus = z.enum(answerStatuses);
export type AnswerStatus = z.infer<typeof AnswerStatus>;

export const ProposedAction = z.object({
  id: z.string(),
  kind: ProposalKind,
  state: ProposalState,
  blocked: z.boolean(),
});

/** What a task composes before the loop adds the request's id, timing and cache facts. */
export const ComposedAnswer = z.object({
  status: AnswerStatus,
  title: z.string(),
  sections: z.array(AnswerSection),
  citations: z.array(Citation).default([]),
  activityLog: ActivityLog.optional(),
  clarification: Clarification.optional(),
  /** The proposal a log or a draft put in the decision queue. */
  proposal: ProposedAction.optional(),
});
export type ComposedAnswer = z.infer<typeof ComposedAnswer>;

export const CopilotAnswer = ComposedAnswer.extend({
  requestId: z.string(),
  intent: CopilotIntent.optional(),
  accountId: entityId.optional(),
  opportunityId: entityId.optional(),
  markdown: z.string(),
  /** True when the answer came from the semantic cache: the records it rests on have not changed since. */
  cached: z.boolean(),
  latencyMs: z.number(),
  steps: z.number().int(),
  router: z.string(),
});
export type CopilotAnswer = z.infer<typeof CopilotAnswer>;

/** What `askCopilot` streams: each observation as the loop makes it, then the answer. */
export const CopilotEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('observation'),
    requestId: z.string(),
    seq: z.number().int(),
    observation: Observation,
  }),
  z.object({ type: z.literal('answer'), answer: CopilotAnswer }),
]);
export type CopilotEvent = z.infer<typeof CopilotEvent>;
