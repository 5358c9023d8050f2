/** The workspace head: who sells, their pipeline, and the instant the imported world describes. */
import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Pipeline, Seller } from '../../domain/workspace/workspace-schema.ts';

export const workspaceHead = pgTable('workspace', {
  // One workspace per store; the key makes the upsert target explicit.
  id: text('id').primaryKey().default('default'),
  seller: jsonb('seller').$type<Seller>().notNull(),
  pipeline: jsonb('pipeline').$type<Pipeline>(),
  asOf: text('as_of').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
