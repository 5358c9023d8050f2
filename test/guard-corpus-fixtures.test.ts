/** Keeps the held-out guardrail corpus honest: its files validate and its labels agree with its own world. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Workspace, WorkspaceV1 } from '../src/domain/workspace/workspace-schema.ts';
import { workspaceSchemaErrors } from './support/shared-schemas.ts';

const here = dirname(fileURLToPath(import.meta.url));
const corpusPath = join(here, 'fixtures/guard-corpus/corpus.json');

const flawKinds = [
  'price',
  'claim',
  'numbers',
  'discount',
  'recipient',
  'confidential',
  'injection',
] as const;
const caseKinds = ['clean', ...flawKinds] as const;
type CaseKind = (typeof caseKinds)[number];

// The corpus format from /work/shared/fixtures/FORMAT.md ("Draft corpora"), strict so a typo in a key fails.
const Draft = z.strictObject({
  opportunityId: z.string().min(1),
  to: z.array(z.string().min(3)).min(1),
  cc: z.array(z.string().min(3)),
  subject: z.string().min(1),
  body: z.string().min(40),
});
const GuardCase = z.strictObject({
  id: z.string().min(1),
  expectBlocked: z.boolean(),
  kind: z.enum(caseKinds),
  why: z.string().min(15),
  draft: Draft,
});
const GuardCorpus = z.strictObject({
  format: z.literal('closeloop.guardcorpus/v1'),
  workspace: z.string().min(1),
  cases: z.array(GuardCase).min(1),
});
type GuardCase = z.infer<typeof GuardCase>;
type Draft = z.infer<typeof Draft>;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const corpus = GuardCorpus.parse(readJson(corpusPath));
const workspacePath = join(dirname(corpusPath), corpus.workspace);
const rawWorkspace = readJson(workspacePath);
const workspace = WorkspaceV1.parse(rawWorkspace);

/** Who a draft for this opportunity may go to: an active contact of the deal's account, or anyone at the seller. */
function disallowedRecipients(world: Workspace, draft: Draft): string[] {
  const opportunity = world.opportunities.find((o) => o.id === draft.opportunityId);
  if (!opportunity) return [...draft.to, ...draft.cc];
  const active = new Set(
    world.contacts
      .filter((c) => c.accountId === opportunity.accountId && (c.status ?? 'active') === 'active')
      .map((c) => c.email.toLowerCase()),
  );
  const sellerDomains = new Set(world.seller.domains.map((d) => d.toLowerCase()));
  return [...draft.to, ...draft.cc].filter((address) => {
    const lower = address.toLowerCase();
    const domain = lower.slice(lower.lastIndexOf('@') + 1);
    return !active.has(lower) && !sellerDomains.has(domain);
  });
}

/** Names of accounts other than the deal's own that a draft mentions, a sure sign of a leak in a clean draft. */
function otherAccountsNamed(world: Workspace, draft: Draft): string[] {
  const opportunity = world.opportunities.find((o) => o.id === draft.opportunityId);
  const text = `${draft.subject}\n${draft.body}`.toLowerCase();
  return world.accounts
    .filter((a) => a.id !== opportunity?.accountId)
    .map((a) => a.name)
    .filter((name) => text.includes(name.toLowerCase()));
}

function countByKind(cases: readonly GuardCase[]): Record<CaseKind, number> {
  const counts = Object.fromEntries(caseKinds.map((k) => [k, 0])) as Record<CaseKind, number>;
  for (const c of cases) counts[c.kind] += 1;
  return counts;
}

const aWorld = (): Workspace =>
  WorkspaceV1.parse({
    format: 'closeloop.workspace/v1',
    asOf: '2026-03-10T14:00:00Z',
    seller: { name: 'Seller', domains: ['seller.io'] },
    users: [],
    accounts: [
      { id: 'a-1', name: 'Acorn Bakery', ownerId: 'u-1' },
      { id: 'a-2', name: 'Birch Clinic', ownerId: 'u-1' },
    ],
    contacts: [
      { id: 'c-1', accountId: 'a-1', name: 'Ann', email: 'ann@acorn.com' },
      { id: 'c-2', accountId: 'a-1', name: 'Bo', email: 'bo@acorn.com', status: 'left_company' },
      { id: 'c-3', accountId: 'a-2', name: 'Cy', email: 'cy@birch.com' },
    ],
    opportunities: [
      {
        id: 'o-1',
        accountId: 'a-1',
        ownerId: 'u-1',
        name: 'Acorn',
        type: 'new_business',
        stage: 'Proposal',
        amount: 1,
        currency: 'USD',
        createdAt: '2026-01-01T00:00:00Z',
        closeDate: '2026-04-01',
      },
    ],
    activities: [],
  });
const aDraft = (overrides: Partial<Draft> = {}): Draft => ({
  opportunityId: 'o-1',
  to: ['ann@acorn.com'],
  cc: [],
  subject: 'Hello',
  body: 'Hi Ann, checking in on the proposal we sent last week.',
  ...overrides,
});

describe('corpus self-checks', () => {
  it('accepts an active contact of the account and anyone on the seller domain, in any letter case', () => {
    const draft = aDraft({ to: ['Ann@Acorn.com'], cc: ['rep@SELLER.io'] });
    expect(disallowedRecipients(aWorld(), draft)).toEqual([]);
  });

  it('rejects a departed contact, another account’s contact and a look-alike domain', () => {
    const draft = aDraft({ to: ['bo@acorn.com'], cc: ['cy@birch.com', 'ann@acorn.co'] });
    expect(disallowedRecipients(aWorld(), draft)).toEqual(['bo@acorn.com', 'cy@birch.com', 'ann@acorn.co']);
  });

  it('notices another account named in a draft but not the deal’s own account', () => {
    const draft = aDraft({ body: 'Acorn Bakery is in good company: Birch Clinic runs the same plan.' });
    expect(otherAccountsNamed(aWorld(), draft)).toEqual(['Birch Clinic']);
  });
});

describe('guard corpus workspace', () => {
  it('validates against the shared JSON Schema (draft 2020-12)', () => {
    expect(workspaceSchemaErrors(rawWorkspace)).toEqual([]);
  });

  it('parses with the shared zod schema', () => {
    expect(WorkspaceV1.safeParse(rawWorkspace).success).toBe(true);
  });

  it('has 10 to 15 accounts and contacts that are active, departed and bounced', () => {
    expect(workspace.accounts.length).toBeGreaterThanOrEqual(10);
    expect(workspace.accounts.length).toBeLessThanOrEqual(15);
    const statuses = new Set(workspace.contacts.map((c) => c.status ?? 'active'));
    expect([...statuses].sort()).toEqual(['active', 'bounced', 'left_company']);
  });

  it('prices everything in one currency and carries every kind of document the guardrails read', () => {
    const currencies = new Set([
      ...(workspace.products ?? []).map((p) => p.currency),
      ...workspace.opportunities.map((o) => o.currency),
    ]);
    expect([...currencies]).toEqual(['USD']);
    const kinds = new Set((workspace.documents ?? []).map((d) => d.kind));
    for (const kind of ['pricing', 'security', 'spec', 'faq', 'policy', 'battlecard'] as const) {
      expect(kinds.has(kind), `a ${kind} document`).toBe(true);
    }
  });

  it('holds at least two inbound emails that try to instruct an AI assistant', () => {
    const injected = workspace.activities.filter(
      (a) => a.type === 'email' && a.direction === 'inbound' && /\bAI (assistant|tool)/i.test(a.body ?? ''),
    );
    expect(injected.length).toBeGreaterThanOrEqual(2);
  });
});

describe('guard corpus cases', () => {
  const counts = countByKind(corpus.cases);

  it('points at an opportunity that exists and is open, for every draft', () => {
    const open = new Set(workspace.opportunities.filter((o) => !o.isClosed).map((o) => o.id));
    const unknown = corpus.cases.filter((c) => !open.has(c.draft.opportunityId)).map((c) => c.id);
    expect(unknown).toEqual([]);
  });

  it('gives every case a unique id and every draft a unique body', () => {
    const ids = corpus.cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const bodies = corpus.cases.map((c) => c.draft.body);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('expects exactly the flawed drafts to be blocked', () => {
    const disagreeing = corpus.cases.filter((c) => c.expectBlocked !== (c.kind !== 'clean')).map((c) => c.id);
    expect(disagreeing).toEqual([]);
  });

  it('has at least 40 clean drafts and at least 12 of every flaw', () => {
    expect(counts.clean).toBeGreaterThanOrEqual(40);
    for (const kind of flawKinds) expect(counts[kind], kind).toBeGreaterThanOrEqual(12);
  });

  it('addresses clean drafts only to active contacts of the deal or to the seller', () => {
    const strays = corpus.cases
      .filter((c) => c.kind === 'clean')
      .flatMap((c) => disallowedRecipients(workspace, c.draft).map((address) => `${c.id}: ${address}`));
    expect(strays).toEqual([]);
  });

  it('gives every recipient case at least one address the deal may not go to', () => {
    const harmless = corpus.cases
      .filter((c) => c.kind === 'recipient' && disallowedRecipients(workspace, c.draft).length === 0)
      .map((c) => c.id);
    expect(harmless).toEqual([]);
  });

  it('keeps the only flaw of a non-recipient case out of its address lines, unless the mail injected it', () => {
    const misaddressed = corpus.cases
      .filter((c) => c.kind !== 'recipient' && c.kind !== 'injection')
      .filter((c) => disallowedRecipients(workspace, c.draft).length > 0)
      .map((c) => c.id);
    expect(misaddressed).toEqual([]);
  });

  it('never names another account in a clean draft', () => {
    const leaks = corpus.cases
      .filter((c) => c.kind === 'clean')
      .flatMap((c) => otherAccountsNamed(workspace, c.draft).map((name) => `${c.id}: ${name}`));
    expect(leaks).toEqual([]);
  });
});
