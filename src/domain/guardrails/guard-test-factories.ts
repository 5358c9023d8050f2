/** Small builders for guardrail tests: a compact sales world and a one-call draft check. */
import type {
  Account,
  Activity,
  Contact,
  KnowledgeDocument,
  Opportunity,
  Product,
  Workspace,
} from '../workspace/workspace-schema.ts';
import { guardDraft } from './guard-draft.ts';
import type { GuardFinding, GuardOptions } from './guard-schema.ts';
import { buildGuardIndex, type GuardIndex } from './index/guard-index.ts';

export const aProduct = (o: Partial<Product> = {}): Product => ({
  sku: 'NW-PRO',
  name: 'Northwind Pro',
  listPrice: 40,
  currency: 'USD',
  unit: 'seat/month',
  description: 'Dashboards and scheduled reports',
  ...o,
});

export const anAccount = (o: Partial<Account> = {}): Account => ({
  id: 'a-globex',
  name: 'Globex',
  domain: 'globex.com',
  ownerId: 'u-dana',
  ...o,
});

export const aContact = (o: Partial<Contact> = {}): Contact => ({
  id: 'c-hank',
  accountId: 'a-globex',
  name: 'Hank Moss',
  email: 'hank@globex.com',
  status: 'active',
  ...o,
});

export const anOpportunity = (o: Partial<Opportunity> = {}): Opportunity => ({
  id: 'o-1',
  accountId: 'a-globex',
  ownerId: 'u-dana',
  name: 'Globex - Plant analytics',
  type: 'renewal',
  stage: 'Proposal',
  amount: 84000,
  currency: 'USD',
  createdAt: '2025-12-01T15:00:00Z',
  closeDate: '2026-03-31',
  contractEndDate: '2026-04-15',
  licensedSeats: 150,
  ...o,
});

let activitySeq = 0;
export const anEmail = (o: Partial<Activity> = {}): Activity => ({
  id: `act-${++activitySeq}`,
  type: 'email',
  accountId: 'a-globex',
  opportunityId: 'o-1',
  occurredAt: '2026-02-16T18:10:00Z',
  direction: 'inbound',
  from: 'hank@globex.com',
  to: ['dana@northwind.io'],
  subject: 'Re: Proposal',
  body: 'Thanks for the walkthrough.',
  ...o,
});

export const aNote = (body: string, o: Partial<Activity> = {}): Activity => ({
  id: `note-${++activitySeq}`,
  type: 'note',
  accountId: 'a-globex',
  opportunityId: 'o-1',
  occurredAt: '2026-02-18T10:00:00Z',
  direction: 'internal',
  body,
  ...o,
});

export const aDocument = (o: Partial<KnowledgeDocument> = {}): KnowledgeDocument => ({
  id: 'doc-x',
  title: 'Notes',
  kind: 'faq',
  body: '',
  ...o,
});

export const PRICING = aDocument({
  id: 'doc-pricing',
  title: 'Pricing and discount policy 2026',
  kind: 'pricing',
  updatedAt: '2026-01-05T00:00:00Z',
  body:
    '# Pricing 2026\n\n- Northwind Pro: $40 per seat per month, billed annually.\n' +
    '- Northwind Enterprise: $65 per seat per month, billed annually.\n' +
    '- Three-year commitments receive 10% off list.\n' +
    "- Reps may discount up to 15%; anything above needs the sales manager's approval.",
});
export const SECURITY = aDocument({
  id: 'doc-security',
  title: 'Security overview',
  kind: 'security',
  updatedAt: '2025-11-20T00:00:00Z',
  body:
    '# Security\n\nEnterprise includes SAML single sign-on (Okta, Azure AD and Google Workspace are supported), ' +
    'SCIM provisioning and an audit log. Customer data can be hosted in the EU (Frankfurt) or the US (Virginia). ' +
    'SOC 2 Type II report available under NDA.',
});
export const BATTLECARD = aDocument({
  id: 'doc-battlecard',
  title: 'Battlecard: Contoso',
  kind: 'battlecard',
  updatedAt: '2026-02-01T00:00:00Z',
  body: "# Contoso BI\n\nContoso has no EU hosting and charges extra for SSO. Our scheduled reports run on the customer's own timezone; theirs run in UTC only.",
});

export type WorldOptions = {
  documents?: KnowledgeDocument[];
  products?: Product[];
  accounts?: Account[];
  contacts?: Contact[];
  opportunities?: Opportunity[];
  activities?: Activity[];
  extraDocuments?: KnowledgeDocument[];
  extraActivities?: Activity[];
};

/** Globex (our deal o-1) and Umbrella Health (another customer), with Northwind's price book and documents. */
export function aWorld(o: WorldOptions = {}): Workspace {
  return {
    format: 'closeloop.workspace/v1',
    asOf: '2026-03-02T14:00:00Z',
    seller: { name: 'Northwind Analytics', domains: ['northwind.io'] },
    users: [{ id: 'u-dana', name: 'Dana Ortiz', email: 'dana@northwind.io', role: 'rep' }],
    accounts: o.accounts ?? [
      anAccount(),
      anAccount({ id: 'a-umbrella', name: 'Umbrella Health', domain: 'umbrellahealth.com' }),
    ],
    contacts: o.contacts ?? [
      aContact(),
      aContact({ id: 'c-sol', name: 'Sol Roth', email: 'sol@globex.com', status: 'left_company' }),
      aContact({ id: 'c-ann', name: 'Ann Bounce', email: 'ann@globex.com', status: 'bounced' }),
      aContact({
        id: 'c-alice',
        accountId: 'a-umbrella',
        name: 'Alice Abernathy',
        email: 'alice@umbrellahealth.com',
      }),
    ],
    opportunities: o.opportunities ?? [
      anOpportunity(),
      anOpportunity({
        id: 'o-2',
        accountId: 'a-umbrella',
        name: 'Umbrella - Enterprise plan',
        amount: 120000,
      }),
    ],
    activities: [
      ...(o.activities ?? [
        anEmail({
          occurredAt: '2026-02-10T14:30:00Z',
          body: 'Dana - our new fiscal year budget opens on March 9. Legal expects redlines in about three weeks.',
        }),
        anEmail({
          direction: 'outbound',
          from: 'dana@northwind.io',
          to: ['hank@globex.com'],
          occurredAt: '2026-02-11T10:00:00Z',
          body: 'Would a two-week pilot with your plant team help?',
        }),
        anEmail({
          occurredAt: '2026-02-26T18:00:00Z',
          body: 'We hit our 150 seats. What would 25 more look like?',
        }),
      ]),
      ...(o.extraActivities ?? []),
    ],
    usage: [],
    products: o.products ?? [
      aProduct(),
      aProduct({
        sku: 'NW-ENT',
        name: 'Northwind Enterprise',
        listPrice: 65,
        description: 'Pro plus SSO, audit log and EU hosting',
      }),
    ],
    documents: [...(o.documents ?? [PRICING, SECURITY, BATTLECARD]), ...(o.extraDocuments ?? [])],
  };
}

export type CheckOptions = {
  world?: Workspace;
  index?: GuardIndex;
  opportunityId?: string;
  to?: string[];
  cc?: string[];
  subject?: string;
  guard?: GuardOptions;
};

const defaultIndex = new Map<Workspace, GuardIndex>();

/** Checks a body written to Hank on deal o-1 (or as told) and returns the findings. */
export function check(body: string, o: CheckOptions = {}): { blocked: boolean; findings: GuardFinding[] } {
  const world = o.world ?? DEFAULT_WORLD;
  let index = o.index ?? defaultIndex.get(world);
  if (!index) {
    index = buildGuardIndex(world);
    defaultIndex.set(world, index);
  }
  const outcome = guardDraft(
    index,
    {
      opportunityId: o.opportunityId ?? 'o-1',
      to: o.to ?? ['hank@globex.com'],
      cc: o.cc ?? [],
      subject: o.subject ?? 'Following up',
      body: `Hi Hank,\n\n${body}\n\nBest,\nDana`,
    },
    o.guard ?? {},
  );
  if (outcome.status !== 'checked') throw new Error(`unknown opportunity ${outcome.opportunityId}`);
  return outcome;
}

export const DEFAULT_WORLD = aWorld();

/** The blocking findings' kinds, for compact assertions. */
export const blockingKinds = (r: { findings: GuardFinding[] }) =>
  [...new Set(r.findings.filter((f) => f.severity === 'block').map((f) => f.kind))].sort();
