/** The `closeloop.workspace/v1` file format as zod schemas: the one contract for import, export and triage. */
import { z } from 'zod';

// Formats follow JSON Schema's (as ajv-formats checks them), so every file valid against
// ../shared/fixtures/workspace.schema.json parses here and nothing stricter is demanded.
const DATE_TIME =
  /^\d{4}-[01]\d-[0-3]\d[tT ](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:[zZ]|[+-][0-2]\d(?::?[0-5]\d)?)$/;
const DATE = /^\d{4}-[01]\d-[0-3]\d$/;
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export const isoDateTime = z
  .string()
  .regex(DATE_TIME, 'expected an ISO 8601 date-time with a time zone, e.g. 2026-03-02T14:00:00Z')
  .refine((s) => !Number.isNaN(Date.parse(s.replace(' ', 'T'))), 'not a real date-time');
export const isoDate = z
  .string()
  .regex(DATE, 'expected a calendar date, e.g. 2026-03-09')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');
export const email = z.string().regex(EMAIL, 'expected an email address');
export const entityId = z.string().min(1).max(200);

export const userRoles = ['rep', 'manager', 'admin'] as const;
export const contactRoles = [
  'champion',
  'economic_buyer',
  'decision_maker',
  'influencer',
  'user',
  'procurement',
  'legal',
  'other',
] as const;
export const contactStatuses = ['active', 'left_company', 'bounced'] as const;
export const opportunityTypes = ['new_business', 'expansion', 'renewal'] as const;
export const activityTypes = ['email', 'call', 'meeting', 'note', 'task'] as const;
export const activityDirections = ['inbound', 'outbound', 'internal'] as const;
export const activityStatuses = ['scheduled', 'completed', 'no_show', 'cancelled', 'open', 'done'] as const;
export const documentKinds = [
  'pricing',
  'spec',
  'security',
  'battlecard',
  'policy',
  'faq',
  'contract',
] as const;

export const Seller = z.object({
  name: z.string().min(1),
  domains: z.array(z.string().min(1)).min(1),
});

export const PipelineStage = z.object({
  name: z.string().min(1),
  order: z.number().int(),
  expectedDays: z.number().min(0).optional(),
});

export const Pipeline = z.object({
  stages: z.array(PipelineStage).min(1),
  closedWon: z.string(),
  closedLost: z.string(),
});

export const User = z.object({
  id: entityId,
  name: z.string().min(1),
  email,
  role: z.enum(userRoles),
  managerId: entityId.optional(),
  timezone: z.string().optional(),
});

export const Account = z.object({
  id: entityId,
  name: z.string().min(1),
  domain: z.string().optional(),
  industry: z.string().optional(),
  ownerId: entityId,
  employees: z.number().int().min(0).optional(),
});

export const Contact = z.object({
  id: entityId,
  accountId: entityId,
  name: z.string().min(1),
  email,
  title: z.string().optional(),
  role: z.enum(contactRoles).optional(),
  status: z.enum(contactStatuses).optional(),
});

export const StageChange = z.object({ stage: z.string(), enteredAt: isoDateTime });

export const Opportunity = z.object({
  id: entityId,
  accountId: entityId,
  ownerId: entityId,
  name: z.string().min(1),
  type: z.enum(opportunityTypes),
  stage: z.string().min(1),
  amount: z.number().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code'),
  createdAt: isoDateTime,
  closeDate: isoDate,
  nextStep: z.string().optional(),
  nextStepDate: isoDate.optional(),
  isClosed: z.boolean().optional(),
  isWon: z.boolean().optional(),
  stageHistory: z.array(StageChange).optional(),
  contractEndDate: isoDate.optional(),
  licensedSeats: z.number().int().min(0).optional(),
});

export const Activity = z.object({
  id: entityId,
  type: z.enum(activityTypes),
  accountId: entityId,
  opportunityId: entityId.optional(),
  occurredAt: isoDateTime,
  direction: z.enum(activityDirections).optional(),
  from: z.string().optional(),
  to: z.array(z.string()).optional(),
  cc: z.array(z.string()).optional(),
  subject: z.string().optional(),
  body: z.string().optional(),
  threadId: z.string().optional(),
  startsAt: isoDateTime.optional(),
  dueAt: isoDateTime.optional(),
  status: z.enum(activityStatuses).optional(),
});

export const UsagePoint = z.object({
  accountId: entityId,
  metric: z.string().min(1),
  period: isoDate,
  value: z.number(),
});

export const Product = z.object({
  sku: z.string().min(1),
  name: z.string().min(1),
  listPrice: z.number().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code'),
  unit: z.string(),
  description: z.string().optional(),
});

export const KnowledgeDocument = z.object({
  id: entityId,
  title: z.string().min(1),
  kind: z.enum(documentKinds),
  body: z.string(),
  updatedAt: isoDateTime.optional(),
  accountId: entityId.optional(),
});

export const WORKSPACE_FORMAT = 'closeloop.workspace/v1';

/** The scalar head of a workspace: everything but the entity lists. */
export const WorkspaceHead = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  asOf: isoDateTime,
  seller: Seller,
  pipeline: Pipeline.optional(),
});

export const WorkspaceV1 = WorkspaceHead.extend({
  users: z.array(User),
  accounts: z.array(Account),
  contacts: z.array(Contact),
  opportunities: z.array(Opportunity),
  activities: z.array(Activity),
  usage: z.array(UsagePoint).optional(),
  products: z.array(Product).optional(),
  documents: z.array(KnowledgeDocument).optional(),
});

/** The entity lists of a workspace, in the order their references allow them to be written. */
export const workspaceLists = {
  users: User,
  accounts: Account,
  contacts: Contact,
  opportunities: Opportunity,
  activities: Activity,
  usage: UsagePoint,
  products: Product,
  documents: KnowledgeDocument,
} as const;
export type WorkspaceListName = keyof typeof workspaceLists;
export const requiredLists: readonly WorkspaceListName[] = [
  'users',
  'accounts',
  'contacts',
  'opportunities',
  'activities',
];

export type Seller = z.infer<typeof Seller>;
export type PipelineStage = z.infer<typeof PipelineStage>;
export type Pipeline = z.infer<typeof Pipeline>;
export type User = z.infer<typeof User>;
export type Account = z.infer<typeof Account>;
export type Contact = z.infer<typeof Contact>;
export type StageChange = z.infer<typeof StageChange>;
export type Opportunity = z.infer<typeof Opportunity>;
export type Activity = z.infer<typeof Activity>;
export type UsagePoint = z.infer<typeof UsagePoint>;
export type Product = z.infer<typeof Product>;
export type KnowledgeDocument = z.infer<typeof KnowledgeDocument>;
export type WorkspaceHead = z.infer<typeof WorkspaceHead>;
export type Workspace = z.infer<typeof WorkspaceV1>;
export type UserRole = (typeof userRoles)[number];
export type ContactRole = (typeof contactRoles)[number];
export type ActivityType = (typeof activityTypes)[number];

export const DEFAULT_PIPELINE: Pipeline = {
  stages: [
    { name: 'Prospecting', order: 1 },
    { name: 'Discovery', order: 2 },
    { name: 'Demo', order: 3 },
    { name: 'Proposal', order: 4 },
    { name: 'Negotiation', order: 5 },
    { name: 'Closed Won', order: 6 },
    { name: 'Closed Lost', order: 7 },
  ],
  closedWon: 'Closed Won',
  closedLost: 'Closed Lost',
};
