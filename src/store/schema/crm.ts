/** CRM tables: the sales team's world as imported from a workspace (users, accounts, deals, activities, usage). */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const teams = pgTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  managerId: text('manager_id').notNull(),
});

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: ['rep', 'manager', 'admin'] }).notNull(),
    managerId: text('manager_id'),
    teamId: text('team_id'),
    timezone: text('timezone'),
  },
  (t) => [index('users_email_idx').on(sql`lower(${t.email})`), index('users_manager_idx').on(t.managerId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    domain: text('domain'),
    industry: text('industry'),
    ownerId: text('owner_id').notNull(),
    employees: integer('employees'),
  },
  (t) => [index('accounts_owner_idx').on(t.ownerId)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    title: text('title'),
    role: text('role'),
    status: text('status', { enum: ['active', 'left_company', 'bounced'] }),
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId),
    index('contacts_email_idx').on(sql`lower(${t.email})`),
  ],
);

export const opportunities = pgTable(
  'opportunities',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    ownerId: text('owner_id').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ['new_business', 'expansion', 'renewal'] }).notNull(),
    stage: text('stage').notNull(),
    amount: doublePrecision('amount').notNull(),
    currency: text('currency').notNull(),
    createdAt: ts('created_at').notNull(),
    closeDate: day('close_date').notNull(),
    nextStep: text('next_step'),
    nextStepDate: day('next_step_date'),
    isClosed: boolean('is_closed'),
    isWon: boolean('is_won'),
    contractEndDate: day('contract_end_date'),
    licensedSeats: integer('licensed_seats'),
  },
  (t) => [
    index('opportunities_owner_open_idx').on(t.ownerId, t.isClosed),
    index('opportunities_account_idx').on(t.accountId),
  ],
);

export const stageHistory = pgTable(
  'opportunity_stage_history',
  {
    opportunityId: text('opportunity_id').notNull(),
    position: smallint('position').notNull(),
    stage: text('stage').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.opportunityId, t.position] })],
);

export const activities = pgTable(
  'activities',
  {
    id: text('id').primaryKey(),
    type: text('type', { enum: ['email', 'call', 'meeting', 'note', 'task'] }).notNull(),
    accountId: text('account_id').notNull(),
    opportunityId: text('opportunity_id'),
    occurredAt: ts('occurred_at').notNull(),
    // The sender's UTC offset in minutes: relative dates ("by Friday") resolve in the writer's own time zone.
    occurredAtOffset: smallint('occurred_at_offset').notNull().default(0),
    direction: text('direction', { enum: ['inbound', 'outbound', 'internal'] }),
    fromAddress: text('from_address'),
    toAddresses: text('to_addresses').array(),
    ccAddresses: text('cc_addresses').array(),
    subject: text('subject'),
    body: text('body'),
    threadId: text('thread_id'),
    startsAt: ts('starts_at'),
    dueAt: ts('due_at'),
    status: text('status', { enum: ['scheduled', 'completed', 'no_show', 'cancelled', 'open', 'done'] }),
  },
  (t) => [
    index('activities_account_time_idx').on(t.accountId, t.occurredAt),
    index('activities_opportunity_time_idx').on(t.opportunityId, t.occurredAt),
    index('activities_thread_idx').on(t.threadId),
  ],
);

export const usage = pgTable(
  'usage',
  {
    accountId: text('account_id').notNull(),
    metric: text('metric').notNull(),
    period: day('period').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.metric, t.period] })],
);
