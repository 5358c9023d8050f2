/** The copilot's memory: every request a rep made (route, answer, cost, latency) and the semantic answer cache. */
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const copilotRequestStatuses = [
  'running',
  'answered',
  'clarify',
  'proposed',
  'unknown',
  'stopped',
  'failed',
] as const;

export const copilotRequests = pgTable(
  'copilot_requests',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    text: text('text').notNull(),
    /** The request as the cache and the router compare it: lower case, no filler words, no punctuation. */
    normalized: text('normalized').notNull(),
    intent: text('intent'),
    status: text('status', { enum: copilotRequestStatuses }).notNull().default('running'),
    /** Who routed it: `deterministic` or `llm:<provider:model>`. */
    router: text('router'),
    /** The resolved route (intent, account, deal, contacts), as CopilotRoute. */
    route: jsonb('route'),
    /** The final answer, as CopilotAnswer: parsed again on read. */
    answer: jsonb('answer'),
    accountId: text('account_id'),
    opportunityId: text('opportunity_id'),
    proposalId: text('proposal_id'),
    cacheHit: boolean('cache_hit').notNull().default(false),
    /** Tool calls the loop made. */
    steps: integer('steps').notNull().default(0),
    /** The next observation sequence number of this request's stream. */
    nextSeq: integer('next_seq').notNull().default(1),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    costUsd: doublePrecision('cost_usd').notNull().default(0),
    latencyMs: integer('latency_ms'),
    /** The instant the request reasoned as of (relative dates in notes resolve against it). */
    asOf: text('as_of'),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    index('copilot_requests_user_idx').on(t.userId, t.createdAt),
    index('copilot_requests_created_idx').on(t.createdAt),
  ],
);

export const copilotCache = pgTable(
  'copilot_cache',
  {
    /** Hash of the actor, the intent, the resolved subject and the request's normalised terms. */
    key: text('key').primaryKey(),
    userId: text('user_id').notNull(),
    intent: text('intent').notNull(),
    normalized: text('normalized').notNull(),
    /** The request's embedding when an embeddings provider is configured: a close paraphrase hits too. */
    embedding: real('embedding').array(),
    embeddingModel: text('embedding_model'),
    /** The records and documents the answer rests on, each with the version it had: any change is a miss. */
    dependencies: jsonb('dependencies').notNull(),
    answer: jsonb('answer').notNull(),
    hits: integer('hits').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastHitAt: ts('last_hit_at'),
  },
  (t) => [index('copilot_cache_user_intent_idx').on(t.userId, t.intent)],
);
