/** The knowledge index: documents cut into heading-scoped chunks, searchable by full text and, optionally, by embedding. */
import { sql } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const knowledgeChunks = pgTable(
  'knowledge_chunks',
  {
    /** `<documentId>#<n>`: the id drafts cite. */
    id: text('id').primaryKey(),
    documentId: text('document_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    documentTitle: text('document_title').notNull(),
    kind: text('kind').notNull(),
    headingPath: jsonb('heading_path').$type<string[]>().notNull(),
    /** The heading path joined, kept as text so the search vector can be a generated column. */
    headingText: text('heading_text').notNull(),
    text: text('text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    accountId: text('account_id'),
    updatedAt: ts('updated_at'),
    /** Set while a newer document of the same kind and subject replaces this one: never shown, never cited. */
    supersededBy: text('superseded_by'),
    // Title and headings weigh as 'A', the passage as 'B': a section named for the topic outranks a mention.
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', document_title || ' ' || heading_text), 'A') || setweight(to_tsvector('english', text), 'B')`,
      ),
  },
  (t) => [
    index('knowledge_chunks_search_idx').using('gin', t.search),
    index('knowledge_chunks_document_idx').on(t.documentId),
  ],
);

/** What each document looked like when it was chunked, so a changed body is re-chunked whoever wrote it. */
export const knowledgeIndexState = pgTable('knowledge_index_state', {
  documentId: text('document_id').primaryKey(),
  contentHash: text('content_hash').notNull(),
  chunks: integer('chunks').notNull(),
  indexedAt: ts('indexed_at').notNull().defaultNow(),
});

/** Where a document added with `closeloop kb add` came from. */
export const knowledgeSources = pgTable('knowledge_sources', {
  documentId: text('document_id').primaryKey(),
  path: text('path').notNull(),
  format: text('format', { enum: ['markdown', 'text', 'html'] }).notNull(),
  addedAt: ts('added_at').notNull().defaultNow(),
});

/**
 * One embedding per chunk and model, as `real[]`: it works on every server (PGlite ships no pgvector), and a
 * knowledge base is small enough to score in full; where pgvector is installed the query casts to `vector`.
 */
export const knowledgeEmbeddings = pgTable(
  'knowledge_embeddings',
  {
    chunkId: text('chunk_id').notNull(),
    model: text('model').notNull(),
    /** Hash of the text that was embedded: a chunk whose words changed is embedded again. */
    contentHash: text('content_hash').notNull(),
    embedding: real('embedding').array().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chunkId, t.model] }), index('knowledge_embeddings_model_idx').on(t.model)],
);
