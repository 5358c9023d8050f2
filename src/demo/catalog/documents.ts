/** The knowledge base a draft may cite: pricing and discount policy, security, specs, FAQ, contract terms, battlecards. */
import type { KnowledgeDocument } from '../../domain/workspace/workspace-schema.ts';

const PRICING = `# Pricing and discount policy 2026

All plans are billed annually, per seat per month.

| Plan | USD | EUR | GBP |
| --- | --- | --- | --- |
| Brightline Team | $35 | - | - |
| Brightline Business | $55 | €52 | £45 |
| Brightline Enterprise | $85 | €79 | £69 |
| Viewer seat (read-only) | $12 | - | - |

Add-ons: Onboarding package $7,500 one-time; Premium support $9,000 per year; Sandbox environment $1,200 per month (Enterprise only); SAP connector $500 per month.

## Multi-year terms
- Two-year commitments: 8% off list.
- Three-year commitments: 12% off list.
Multi-year discounts are separate from the discretionary discount below.

## Discretionary discounts
- Reps may discount up to 15% off list.
- 15% to 25% needs the sales manager's approval, recorded on the opportunity.
- Above 25% needs approval from the VP of Sales and Finance (deal desk).
- Nonprofits and accredited schools receive 20% off list.

Seats added mid-term are prorated to the renewal date. Renewal price increases are capped at 5%.
`;

const SECURITY = `# Security overview

- SOC 2 Type II, audited every year; the report is shared under NDA.
- ISO/IEC 27001 certified.
- Single sign-on: SAML 2.0 with Okta, Microsoft Entra ID (Azure AD) and Google Workspace, on Business and Enterprise.
- SCIM user provisioning and an audit log on Enterprise.
- Encryption: AES-256 at rest, TLS 1.2 or later in transit.
- Hosting: US (Virginia) on every plan; EU (Frankfurt) and Australia (Sydney) data residency on Enterprise.
- A GDPR data processing agreement is available on every plan; a HIPAA business associate agreement on Enterprise.
- Independent penetration test every year; the summary is shared under NDA.
`;

const CONNECTORS = `# Connectors and API

Standard connectors: Snowflake, BigQuery, Redshift, Databricks, PostgreSQL, MySQL, Salesforce, HubSpot, NetSuite and Zendesk. SAP S/4HANA and SAP BW through the SAP connector add-on.

Incremental refresh: every 60 minutes on Team, every 15 minutes on Business, every 5 minutes on Enterprise. Warehouse connectors read only changed rows.

REST API: 600 requests per minute per workspace (1,200 on Enterprise).
`;

const PLATFORM = `# Platform specification

- Dashboards, drill-downs and scheduled reports delivered in each recipient's own time zone.
- Row-level security on Business and Enterprise.
- Embedded analytics on Enterprise.
- Uptime SLA of 99.9% on Enterprise, with service credits; live status page.
- Team plan: up to 10 connectors; Business and Enterprise: unlimited.
`;

const FAQ = `# Frequently asked questions

**Is there a trial?** Yes, 14 days on your own data; it can be extended once by the account team.

**How long does implementation take?** Most customers are live in two to six weeks. The Onboarding package adds six working sessions and admin training; Enterprise includes a named customer success manager.

**How are we billed?** Annually in advance. Contracts above $100,000 a year may be billed quarterly.

**What happens to our data when we leave?** You can export everything for 30 days after the contract ends; customer data is deleted within 30 days of contract end.

**Can we add seats later?** Yes, at any time; added seats are prorated to the renewal date.
`;

const MSA = `# Master subscription agreement: standard terms

- Initial term 12 months; renews automatically for 12 months unless either party gives 60 days' written notice.
- Payment net 30 from invoice.
- Liability capped at the fees paid in the 12 months before a claim.
- Renewal price increases capped at 5%.
- Governing law: Delaware (US customers), England and Wales (UK and EU customers).
`;

const RENEWALS = `# Renewal playbook (internal)

Start every renewal conversation 90 days before the contract ends: a usage review, the renewal quote and a check on who signs. A sharp drop in active users before a renewal is a churn risk: involve customer success before sending the quote. Do not share this document with customers.
`;

const APPROVALS = `# Deal desk policy (internal)

Discounts follow the pricing policy. Never share internal notes, approval thresholds, battlecards or another customer's name or figures with a customer. Do not promise roadmap features or dates. Nothing goes to a customer without the rep's review.
`;

const BATTLECARDS: Array<[string, string, string]> = [
  [
    'contoso',
    'Contoso BI',
    "Contoso BI has no EU hosting and charges extra for SSO. Their scheduled reports run in UTC only; ours run in each recipient's own time zone. Expect them to undercut on list price by 20% to 30% in year one and raise prices at renewal.",
  ],
  [
    'fabrikam',
    'Fabrikam Insights',
    'Fabrikam Insights refreshes warehouse data at best hourly and has no SCIM provisioning. Their free pilot is limited to 5 users and sample data. Strong in retail; weak with NetSuite and SAP.',
  ],
  [
    'tailspin',
    'Tailspin Analytics',
    'Tailspin Analytics is a good fit for data teams that want to write SQL; business users find it hard. No row-level security below their top tier. No ISO 27001 certification.',
  ],
];

export const DOCUMENTS: readonly KnowledgeDocument[] = [
  {
    id: 'doc-pricing',
    title: 'Pricing and discount policy 2026',
    kind: 'pricing',
    body: PRICING,
    updatedAt: '2026-01-05T09:00:00Z',
  },
  {
    id: 'doc-security',
    title: 'Security overview',
    kind: 'security',
    body: SECURITY,
    updatedAt: '2025-11-20T16:00:00Z',
  },
  {
    id: 'doc-connectors',
    title: 'Connectors and API',
    kind: 'spec',
    body: CONNECTORS,
    updatedAt: '2026-02-02T10:30:00Z',
  },
  {
    id: 'doc-platform',
    title: 'Platform specification',
    kind: 'spec',
    body: PLATFORM,
    updatedAt: '2025-12-12T14:00:00Z',
  },
  { id: 'doc-faq', title: 'Customer FAQ', kind: 'faq', body: FAQ, updatedAt: '2026-01-19T11:00:00Z' },
  {
    id: 'doc-msa',
    title: 'Master subscription agreement: standard terms',
    kind: 'contract',
    body: MSA,
    updatedAt: '2025-09-01T00:00:00Z',
  },
  {
    id: 'doc-renewal-playbook',
    title: 'Renewal playbook',
    kind: 'policy',
    body: RENEWALS,
    updatedAt: '2025-10-07T00:00:00Z',
  },
  {
    id: 'doc-deal-desk',
    title: 'Deal desk policy',
    kind: 'policy',
    body: APPROVALS,
    updatedAt: '2026-01-05T09:00:00Z',
  },
  ...BATTLECARDS.map(
    ([key, name, body]): KnowledgeDocument => ({
      id: `doc-battlecard-${key}`,
      title: `Battlecard: ${name}`,
      kind: 'battlecard',
      body: `# ${name}\n\n${body}\n`,
      updatedAt: '2026-02-01T00:00:00Z',
    }),
  ),
];
