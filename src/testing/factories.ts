/** Small builders for workspace records and deal contexts: tests say only what matters to them. */
import { DAY_MS } from '../domain/dates/calendar.ts';
import type { Label, LabelsFile } from '../domain/labels/labels-schema.ts';
import type { DealContext } from '../domain/triage/deal-context.ts';
import {
  type Account,
  type Activity,
  type Contact,
  DEFAULT_PIPELINE,
  type KnowledgeDocument,
  type Opportunity,
  type Pipeline,
  type UsagePoint,
  type User,
  type Workspace,
} from '../domain/workspace/workspace-schema.ts';

/** "Now" in every factory-built world: Monday 2 March 2026, 9:00 in New York. */
export const AS_OF = '2026-03-02T14:00:00Z';
export const SELLER = { name: 'Northwind Analytics', domains: ['northwind.io'] };
export const PIPELINE: Pipeline = {
  stages: [
    { name: 'Prospecting', order: 1, expectedDays: 14 },
    { name: 'Discovery', order: 2, expectedDays: 21 },
    { name: 'Demo', order: 3, expectedDays: 14 },
    { name: 'Proposal', order: 4, expectedDays: 14 },
    { name: 'Negotiation', order: 5, expectedDays: 21 },
    { name: 'Closed Won', order: 6 },
    { name: 'Closed Lost', order: 7 },
  ],
  closedWon: 'Closed Won',
  closedLost: 'Closed Lost',
};

const counters = new Map<string, number>();
/** A fresh id with a readable prefix ("act-7"). */
export function nextId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}

const shift = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * DAY_MS).toISOString().replace('.000Z', 'Z');
/** The instant `days` days (fractions allowed) before `from` (AS_OF by default). */
export const daysBefore = (days: number, from = AS_OF): string => shift(from, -days);
export const daysAfter = (days: number, from = AS_OF): string => shift(from, days);
/** The calendar date `days` days from AS_OF (negative for the past). */
export const dateIn = (days: number, from = AS_OF): string => shift(from, days).slice(0, 10);

export function aUser(over: Partial<User> = {}): User {
  return {
    id: 'u-dana',
    name: 'Dana Ortiz',
    email: 'dana@northwind.io',
    role: 'rep',
    timezone: 'America/New_York',
    ...over,
  };
}

export function anAccount(over: Partial<Account> = {}): Account {
  return { id: 'a-globex', name: 'Globex', domain: 'globex.com', ownerId: 'u-dana', ...over };
}

export function aContact(over: Partial<Contact> = {}): Contact {
  return {
    id: 'c-hank',
    accountId: 'a-globex',
    name: 'Hank Moss',
    email: 'hank@globex.com',
    title: 'VP Operations',
    role: 'champion',
    status: 'active',
    ...over,
  };
}

export function anOpportunity(over: Partial<Opportunity> = {}): Opportunity {
  return {
    id: 'o-1',
    accountId: 'a-globex',
    ownerId: 'u-dana',
    name: 'Globex - Plant analytics',
    type: 'new_business',
    stage: 'Proposal',
    amount: 80_000,
    currency: 'USD',
    createdAt: daysBefore(60),
    closeDate: dateIn(30),
    ...over,
  };
}

/** An email from the customer (Hank at Globex) to the rep, two days before AS_OF, unless told otherwise. */
export function anEmail(over: Partial<Activity> = {}): Activity {
  return {
    id: nextId('act'),
    type: 'email',
    accountId: 'a-globex',
    opportunityId: 'o-1',
    occurredAt: daysBefore(2),
    direction: 'inbound',
    from: 'hank@globex.com',
    to: ['dana@northwind.io'],
    subject: 'Proposal',
    body: 'Thanks.',
    threadId: 't-1',
    ...over,
  };
}

/** An email from the rep to the customer. */
export function anEmailFromUs(over: Partial<Activity> = {}): Activity {
  return anEmail({ direction: 'outbound', from: 'dana@northwind.io', to: ['hank@globex.com'], ...over });
}

export function aMeeting(over: Partial<Activity> = {}): Activity {
  const startsAt = over.startsAt ?? daysAfter(2);
  return {
    id: nextId('act'),
    type: 'meeting',
    accountId: 'a-globex',
    opportunityId: 'o-1',
    occurredAt: daysBefore(1),
    startsAt,
    status: Date.parse(startsAt) > Date.parse(AS_OF) ? 'scheduled' : 'completed',
    subject: 'Review',
    ...over,
  };
}

export function aCall(over: Partial<Activity> = {}): Activity {
  return {
    id: nextId('act'),
    type: 'call',
    accountId: 'a-globex',
    opportunityId: 'o-1',
    occurredAt: daysBefore(2),
    direction: 'outbound',
    subject: 'Call with Hank',
    body: 'Spoke with Hank.',
    ...over,
  };
}

export function aNote(over: Partial<Activity> = {}): Activity {
  return {
    id: nextId('act'),
    type: 'note',
    accountId: 'a-globex',
    opportunityId: 'o-1',
    occurredAt: daysBefore(2),
    body: 'Note.',
    ...over,
  };
}

export function aTask(over: Partial<Activity> = {}): Activity {
  return {
    id: nextId('act'),
    type: 'task',
    accountId: 'a-globex',
    opportunityId: 'o-1',
    occurredAt: daysBefore(3),
    subject: 'Follow up',
    status: 'open',
    ...over,
  };
}

/** Weekly points ending with the week before AS_OF (last value = most recent Monday before AS_OF). */
export function aUsageSeries(values: readonly number[], over: Partial<UsagePoint> = {}): UsagePoint[] {
  const lastMonday = Date.parse('2026-02-23T00:00:00Z');
  return values.map((value, i) => ({
    accountId: 'a-globex',
    metric: 'active_users',
    period: new Date(lastMonday - (values.length - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
    value,
    ...over,
  }));
}

export function aBattlecard(name: string, over: Partial<KnowledgeDocument> = {}): KnowledgeDocument {
  return {
    id: nextId('doc'),
    title: `Battlecard: ${name}`,
    kind: 'battlecard',
    body: `# ${name}\n\nHow we win.`,
    ...over,
  };
}

export type DealParts = {
  asOf?: string;
  opportunity?: Partial<Opportunity>;
  activities?: Activity[];
  contacts?: Contact[];
  usage?: UsagePoint[];
  competitors?: string[];
  otherOpenOpportunities?: Opportunity[];
  owner?: User | null;
  pipeline?: Pipeline;
};

/** One open deal's context: Globex, champion Hank, rep Dana, unless told otherwise. */
export function aDeal(parts: DealParts = {}): DealContext {
  const owner = parts.owner === null ? undefined : (parts.owner ?? aUser());
  return {
    asOf: parts.asOf ?? AS_OF,
    seller: SELLER,
    pipeline: parts.pipeline ?? PIPELINE,
    opportunity: anOpportunity(parts.opportunity),
    account: anAccount(),
    ...(owner ? { owner } : {}),
    contacts: parts.contacts ?? [aContact()],
    activities: parts.activities ?? [],
    otherOpenOpportunities: parts.otherOpenOpportunities ?? [],
    usage: parts.usage ?? [],
    competitors: parts.competitors ?? [],
  };
}

export function aWorkspace(over: Partial<Workspace> = {}): Workspace {
  return {
    format: 'closeloop.workspace/v1',
    asOf: AS_OF,
    seller: SELLER,
    pipeline: PIPELINE,
    users: [aUser()],
    accounts: [anAccount()],
    contacts: [aContact()],
    opportunities: [anOpportunity()],
    activities: [],
    usage: [],
    products: [],
    documents: [],
    ...over,
  };
}

export function aLabel(over: Partial<Label> = {}): Label {
  return { opportunityId: 'o-1', verdict: 'no_action', ...over };
}

export function aLabelsFile(labels: Label[]): LabelsFile {
  return { format: 'closeloop.labels/v1', labels };
}

export { DEFAULT_PIPELINE };
