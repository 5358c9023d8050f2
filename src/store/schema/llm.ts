/** Model replies cached by the evidence they were asked about, so an unchanged deal costs no second call. */
import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const llmCache = pgTable('llm_cache', {
  /** Hash of purpose, model, prompt version and the evidence fingerprint. */
  key: text('key').primaryKey(),
  purpose: text('purpose').notNull(),
  model: text('model').notNull(),
  promptVersion: text('prompt_version').notNull(),
  /** The validated reply; parsed again on read, like any JSON from the database. */
  reply: jsonb('reply').notNull(),
  inputTokens: integer('input_tokens').notNull().default(0),
  outputTokens: integer('output_tokens').notNull().default(0),
  hits: integer('hits').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
