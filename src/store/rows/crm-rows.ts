/** Conversions between the workspace's entities and the store's rows, in both directions. */
import type {
  Account,
  Activity,
  Contact,
  KnowledgeDocument,
  Opportunity,
  Product,
  StageChange,
  UsagePoint,
  User,
} from '../../domain/workspace/workspace-schema.ts';
import type * as schema from '../schema/index.ts';
import { formatInstant, offsetMinutes, parseInstant } from './instant.ts';

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
export type UserRow = Row<typeof schema.users>;
export type AccountRow = Row<typeof schema.accounts>;
export type ContactRow = Row<typeof schema.contacts>;
export type OpportunityRow = Row<typeof schema.opportunities>;
export type StageHistoryRow = Row<typeof schema.stageHistory>;
export type ActivityRow = Row<typeof schema.activities>;
export type UsageRow = Row<typeof schema.usage>;
export type ProductRow = Row<typeof schema.products>;
export type DocumentRow = Row<typeof schema.documents>;

/** Drops null and undefined fields, so optional fields stay absent rather than becoming invalid nulls. */
function present<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  for (const k of Object.keys(o)) if (o[k] === null || o[k] === undefined) delete o[k];
  return o as { [K in keyof T]: Exclude<T[K], null> };
}

const instant = (d: Date | null) => (d ? formatInstant(d) : undefined);

export const userToRow = (u: User): Omit<UserRow, 'teamId'> => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  managerId: u.managerId ?? null,
  timezone: u.timezone ?? null,
});
export const userFromRow = (r: UserRow): User =>
  present({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    managerId: r.managerId,
    timezone: r.timezone,
  });

export const accountToRow = (a: Account): AccountRow => ({
  id: a.id,
  name: a.name,
  domain: a.domain ?? null,
  industry: a.industry ?? null,
  ownerId: a.ownerId,
  employees: a.employees ?? null,
});
export const accountFromRow = (r: AccountRow): Account => present({ ...r });

export const contactToRow = (c: Contact): ContactRow => ({
  id: c.id,
  accountId: c.accountId,
  name: c.name,
  email: c.email,
  title: c.title ?? null,
  role: c.role ?? null,
  status: c.status ?? null,
});
export const contactFromRow = (r: ContactRow): Contact => present({ ...r }) as Contact;

export const opportunityToRow = (o: Opportunity): OpportunityRow => ({
  id: o.id,
  accountId: o.accountId,
  ownerId: o.ownerId,
  name: o.name,
  type: o.type,
  stage: o.stage,
  amount: o.amount,
  currency: o.currency,
  createdAt: parseInstant(o.createdAt),
  closeDate: o.closeDate,
  nextStep: o.nextStep ?? null,
  nextStepDate: o.nextStepDate ?? null,
  isClosed: o.isClosed ?? null,
  isWon: o.isWon ?? null,
  contractEndDate: o.contractEndDate ?? null,
  licensedSeats: o.licensedSeats ?? null,
});
export const stageHistoryToRows = (o: Opportunity): StageHistoryRow[] =>
  (o.stageHistory ?? []).map((s, position) => ({
    opportunityId: o.id,
    position,
    stage: s.stage,
    enteredAt: parseInstant(s.enteredAt),
  }));
export const opportunityFromRow = (
  r: OpportunityRow,
  history: readonly StageHistoryRow[] = [],
): Opportunity => {
  const stageHistory: StageChange[] = history.map((h) => ({
    stage: h.stage,
    enteredAt: formatInstant(h.enteredAt),
  }));
  return present({
    ...r,
    createdAt: formatInstant(r.createdAt),
    stageHistory: stageHistory.length > 0 ? stageHistory : undefined,
  });
};

export const activityToRow = (a: Activity): ActivityRow => ({
  id: a.id,
  type: a.type,
  accountId: a.accountId,
  opportunityId: a.opportunityId ?? null,
  occurredAt: parseInstant(a.occurredAt),
  occurredAtOffset: offsetMinutes(a.occurredAt),
  direction: a.direction ?? null,
  fromAddress: a.from ?? null,
  toAddresses: a.to ?? null,
  ccAddresses: a.cc ?? null,
  subject: a.subject ?? null,
  body: a.body ?? null,
  threadId: a.threadId ?? null,
  startsAt: a.startsAt ? parseInstant(a.startsAt) : null,
  dueAt: a.dueAt ? parseInstant(a.dueAt) : null,
  status: a.status ?? null,
});
export const activityFromRow = (r: ActivityRow): Activity =>
  present({
    id: r.id,
    type: r.type,
    accountId: r.accountId,
    opportunityId: r.opportunityId,
    occurredAt: formatInstant(r.occurredAt, r.occurredAtOffset),
    direction: r.direction,
    from: r.fromAddress,
    to: r.toAddresses,
    cc: r.ccAddresses,
    subject: r.subject,
    body: r.body,
    threadId: r.threadId,
    startsAt: instant(r.startsAt),
    dueAt: instant(r.dueAt),
    status: r.status,
  });

export const usageToRow = (u: UsagePoint): UsageRow => ({ ...u });
export const usageFromRow = (r: UsageRow): UsagePoint => ({ ...r });

export const productToRow = (p: Product): ProductRow => ({ ...p, description: p.description ?? null });
export const productFromRow = (r: ProductRow): Product => present({ ...r });

export const documentToRow = (d: KnowledgeDocument): DocumentRow => ({
  id: d.id,
  title: d.title,
  kind: d.kind,
  body: d.body,
  updatedAt: d.updatedAt ? parseInstant(d.updatedAt) : null,
  accountId: d.accountId ?? null,
});
export const documentFromRow = (r: DocumentRow): KnowledgeDocument =>
  present({ ...r, updatedAt: instant(r.updatedAt) });
