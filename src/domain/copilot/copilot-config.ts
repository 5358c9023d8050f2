/** The copilot's tunables in one place: loop bounds, per-user limits, cache, time-saved baselines, model prices. */
import { z } from 'zod';
import type { copilotIntents } from './copilot-schema.ts';

const minutes = z.number().min(0).max(480);

export const CopilotConfig = z.object({
  // The longest plan (a meeting brief) makes six calls; eight leaves room for a model-planned extra call, never a spiral.
  maxSteps: z.number().int().min(1).max(50).default(8),
  // A chat answer slower than this has lost the rep; every offline task takes well under a second.
  deadlineMs: z.number().int().min(100).default(20_000),
  // A rep types a request every minute or two at most; ten a minute allows a burst, not a script.
  requestsPerMinute: z.number().int().min(1).default(10),
  // A quarter-end afternoon of heavy use is about a request a minute; past that it is a loop or a script.
  requestsPerHour: z.number().int().min(1).default(120),
  // Fifty model-routed or model-written requests a day at ~4,000 tokens each: a busy rep's day, not the team's budget.
  llmTokensPerUserPerDay: z.number().int().min(0).default(200_000),
  // One request's model allowance: routing plus one draft with its sources.
  llmTokensPerRequest: z.number().int().min(0).default(20_000),
  // Cosine similarity above which two requests' embeddings mean the same question ("price of Pro" / "Pro pricing").
  cacheSimilarity: z.number().min(0).max(1).default(0.92),
  // What a careful rep spends doing each task by hand; the KPI view labels the product as an estimate.
  minutesPerTask: z
    .object({
      research_account: minutes.default(15),
      prepare_brief: minutes.default(20),
      log_activity: minutes.default(5),
      draft_email: minutes.default(10),
      next_best_action: minutes.default(5),
      product_question: minutes.default(8),
      // Reading one deal's thread and history in the morning review, which the mission does instead.
      mission_deal_reviewed: minutes.default(2),
      // Writing the follow-up a mission drafted and a person approved.
      mission_proposal_approved: minutes.default(8),
    })
    .prefault({}),
  // Offline by default, so no cost; set to the provider's list price to see cost per task.
  usdPerMillionInputTokens: z.number().min(0).default(0),
  usdPerMillionOutputTokens: z.number().min(0).default(0),
  // A brief or research answer shows this many recent activities: a week of a busy deal, enough to talk about.
  recentActivities: z.number().int().min(1).max(50).default(8),
  // Knowledge passages read for a product question or a brief: the answer is usually in the first two or three.
  knowledgePassages: z.number().int().min(1).max(20).default(5),
});
export type CopilotConfig = z.infer<typeof CopilotConfig>;
export type CopilotConfigInput = z.input<typeof CopilotConfig>;

export const DEFAULT_COPILOT_CONFIG: CopilotConfig = CopilotConfig.parse({});

export type TaskKind =
  | (typeof copilotIntents)[number]
  | 'mission_deal_reviewed'
  | 'mission_proposal_approved';
