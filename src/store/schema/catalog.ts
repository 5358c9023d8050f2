/** What the seller sells and knows: the price book and the product documents drafts may cite. */
import { doublePrecision, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const products = pgTable('products', {
  sku: text('sku').primaryKey(),
  name: text('name').notNull(),
  listPrice: doublePrecision('list_price').notNull(),
  currency: text('currency').notNull(),
  unit: text('unit').notNull(),
  description: text('description'),
});

export const documents = pgTable(
  'documents',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind', {
      enum: ['pricing', 'spec', 'security', 'battlecard', 'policy', 'faq', 'contract'],
    }).notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }),
    accountId: text('account_id'),
  },
  (t) => [index('documents_kind_idx').on(t.kind)],
);
