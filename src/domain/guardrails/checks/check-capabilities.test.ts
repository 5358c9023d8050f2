import { describe, expect, it } from 'vitest';
import { aDocument, aProduct, aWorld, blockingKinds, check, PRICING } from '../guard-test-factories.ts';

describe('capability claims', () => {
  it.each([
    'Yes, Enterprise supports single sign-on through Okta.',
    'Okta works with our SAML SSO, as do Azure AD and Google Workspace.',
    'We can keep your data in the EU: our Frankfurt region.',
    'Your data would be hosted in Frankfurt, Germany.',
    'Customer data can live in Europe (Frankfurt) or in the US (Virginia).',
    'Enterprise comes with SAML-based single sign-on, SCIM user provisioning and audit logging.',
    'Our SOC 2 Type II report is available under NDA.',
    "We're SOC 2 Type II audited; I can share the report once the NDA is signed.",
    'The Enterprise plan includes an audit trail of every admin action.',
    'Enterprise is Pro plus SSO, the audit log and EU hosting.',
    'Enterprise includes everything in Pro, plus SSO and audit logs.',
    'Pro gives your team dashboards and scheduled reports.',
    'Provisioning works through SCIM, so your Okta groups stay in sync.',
    'Both are covered: Enterprise has SAML single sign-on (Okta included) and an EU data region in Frankfurt.',
    "Azure AD is supported too, if that's what your IT team prefers.",
    'We offer SAML SSO on Enterprise, and your data can be hosted in the EU.',
    'Our platform is used by security-conscious teams.',
    'Reports can be scheduled daily.',
    'The order form can be signed electronically.',
    'We provide a standard mutual NDA.',
    'We can share references from teams like yours.',
    'Our platform gives your executives and analysts the same dashboards.',
    'Feel free to forward this to your CFO.',
    'Happy to set up the two-week pilot we discussed with your plant team.',
  ])('passes a documented capability: %s', (body) => {
    expect(check(body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each([
    "I'll confirm whether we can support HIPAA workloads and come back to you.",
    'You mentioned HIPAA is a requirement; let me check with our security team.',
    'Do you use Okta or OneLogin today?',
    'We do not offer a Sydney region today.',
    "Let me find out whether we're ISO 27001 certified.",
    'Your Salesforce admin can export the data for us.',
    "I'll share the summary in an Excel sheet.",
  ])('treats questions, hedges, negations and the customer’s own tools as no claim: %s', (body) => {
    expect(check(body).blocked).toBe(false);
  });

  it.each([
    ['We are HIPAA compliant and will sign a BAA.', 'certification'],
    ['Northwind is ISO 27001 certified.', 'certification'],
    ['We hold a SOC 2 Type I and a SOC 1 report.', 'certification'],
    ['We are FedRAMP Moderate authorized.', 'certification'],
    ['SSO works with OneLogin and Ping Identity too.', 'identity'],
    ['We support OpenID Connect as well as SAML.', 'identity'],
    ['Two-factor authentication is enforced for every user.', 'identity'],
    ['Northwind integrates natively with Salesforce.', 'integration'],
    ['Reports can be pushed straight into Slack.', 'integration'],
    ['We support Snowflake and BigQuery as data sources.', 'integration'],
    ['We can deploy on-premises behind your firewall.', 'hosting'],
    ['We can offer a single-tenant deployment.', 'hosting'],
    ['Enterprise includes a mobile app for iOS and Android.', 'feature'],
    ['All data is encrypted with AES-256 at rest.', 'feature'],
    ['The platform has built-in AI forecasting.', 'feature'],
    ['Dashboards update in real time.', 'feature'],
    ['Enterprise comes with role-based access control and IP allowlisting.', 'feature'],
    ['We provide a public REST API and webhooks.', 'feature'],
    ['Enterprise customers get 24/7 phone support.', 'service'],
    ['You also get a dedicated customer success manager.', 'service'],
    ['We offer a free 30-day trial.', 'commercial'],
    ['Enterprise includes unlimited dashboards.', 'commercial'],
    ['We have a money-back guarantee if you are not happy.', 'commercial'],
    ['We can lock in this price for three years.', 'commercial'],
    ['You can cancel anytime.', 'commercial'],
    ['We integrate natively with Brightpath and Quorra.', 'capability'],
    ['The platform has a built-in kiosk mode.', 'capability'],
  ])('blocks an undocumented capability: %s', (body, check_) => {
    const result = check(body);
    expect(result.blocked).toBe(true);
    expect(result.findings.some((f) => f.kind === 'claim' && f.check === check_)).toBe(true);
  });

  it.each([
    'Your analysts will love our Tableau plug-in.',
    'Northwind plays nicely with HubSpot.',
    'Dashboards can be embedded in your intranet.',
    'Access can be restricted by IP range.',
    'Enterprise bundles priority support.',
    'We also maintain a bug bounty program.',
    'Data is backed up every hour.',
    'We run on AWS.',
    'There is no limit on the number of dashboards.',
    'Sign for two years and the third year is free.',
    'Enterprise includes predictive churn scoring.',
    'Northwind includes natural-language querying.',
    'Northwind connects to your ERP out of the box.',
    'The platform offers anomaly detection on every dashboard.',
    'Enterprise includes custom branding.',
  ])('blocks a feature the documents never mention, even outside the known vocabulary: %s', (body) => {
    expect(blockingKinds(check(body))).toEqual(['claim']);
  });

  it.each([
    'We can host your data in London.',
    'Your data can stay in Canada if you prefer.',
    'Enterprise data can live in Frankfurt, in Virginia, or in our Sydney region.',
    'On residency, we have data centers in Frankfurt, Virginia and Singapore.',
    'We also run a data center in Dublin.',
  ])('blocks a hosting region the documents do not name: %s', (body) => {
    const result = check(body);
    expect(result.findings.some((f) => f.check === 'region' && f.severity === 'block')).toBe(true);
  });

  it('accepts a broader region than the documented city, but not a narrower one', () => {
    expect(check('Your data stays in Germany.').blocked).toBe(false);
    expect(check('EU hosting is available.').blocked).toBe(false);
    expect(check('We host in Munich.').blocked).toBe(true);
  });

  it.each([
    'Pro also includes SSO.',
    'Pro includes the audit log.',
    'The Pro plan supports SCIM provisioning.',
    'Pro customers can host their data in Frankfurt too.',
  ])('blocks a documented feature given to the wrong tier: %s', (body) => {
    const result = check(body);
    expect(result.findings.some((f) => f.check === 'product_feature')).toBe(true);
  });

  it('blocks a claim the documents deny or only put on the roadmap, citing them', () => {
    const world = aWorld({
      extraDocuments: [
        aDocument({
          id: 'doc-spec',
          kind: 'spec',
          body: '# Integrations\n\nNorthwind connects to Snowflake. We do not offer an on-premises version. A Salesforce integration is on the roadmap.',
        }),
      ],
    });
    expect(check('We read straight from your Snowflake warehouse.', { world }).blocked).toBe(false);
    const onPrem = check('We can run Northwind on-premises.', { world });
    expect(onPrem.findings[0]).toMatchObject({ check: 'hosting', citation: { id: 'doc-spec#1' } });
    expect(check('Our Salesforce integration is live.', { world }).blocked).toBe(true);
  });

  it('never takes support from a superseded document', () => {
    const world = aWorld({
      extraDocuments: [
        aDocument({
          id: 'doc-security-2024',
          title: 'Security overview 2024',
          kind: 'security',
          updatedAt: '2024-01-01T00:00:00Z',
          body: '# Security\n\nData can be hosted in Sydney. We are ISO 27001 certified.',
        }),
      ],
    });
    expect(check('We can host in Sydney.', { world }).blocked).toBe(true);
    expect(check('We are ISO 27001 certified.', { world }).blocked).toBe(true);
  });

  it('takes a label from what follows it', () => {
    expect(check('Where we stand. HIPAA: checking with our team. Sydney: not available today.').blocked).toBe(
      false,
    );
    expect(check('HIPAA: yes, fully supported.').blocked).toBe(true);
    expect(check('Did you know we support Slack?').blocked).toBe(true);
  });

  it('passes a roadmap the documents state, and only that one', () => {
    const world = aWorld({
      extraDocuments: [
        aDocument({
          id: 'doc-spec',
          kind: 'spec',
          body: '# Roadmap\n\nA Salesforce integration is on the roadmap.',
        }),
      ],
    });
    expect(check('A Salesforce integration is on our roadmap.', { world }).blocked).toBe(false);
    expect(check('A Slack integration is on our roadmap.', { world }).blocked).toBe(true);
  });

  it('passes every customer-facing sentence of the documents, pasted as written', () => {
    const sentences = [
      'Northwind Pro: $40 per seat per month, billed annually.',
      'Northwind Enterprise: $65 per seat per month, billed annually.',
      'Three-year commitments receive 10% off list.',
      'Enterprise includes SAML single sign-on (Okta, Azure AD and Google Workspace are supported), SCIM provisioning and an audit log.',
      'Customer data can be hosted in the EU (Frankfurt) or the US (Virginia).',
      'SOC 2 Type II report available under NDA.',
    ];
    for (const sentence of sentences)
      expect(check(sentence).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('reads a subject line as the topic unless it asserts something', () => {
    expect(check('Thanks for asking.', { subject: 'Re: HIPAA question' }).blocked).toBe(false);
    expect(check('Thanks for asking.', { subject: 'Re: Okta SSO and Sydney hosting?' }).blocked).toBe(false);
    expect(check('Thanks for asking.', { subject: "Yes, we're HIPAA compliant" }).blocked).toBe(true);
    expect(check('Thanks for asking.', { subject: 'Enterprise pricing: $55 per seat' }).blocked).toBe(true);
  });

  it('lets a battlecard back what it says about us, not what it says about the competitor', () => {
    expect(check('Scheduled reports run on your own timezone.').blocked).toBe(false);
  });

  it.each([
    'Enterprise includes everything we talked about on Tuesday.',
    'The renewal includes all that you asked for in March.',
  ])('reads a pointer back at the conversation as no capability: %s', (body) => {
    expect(check(body).blocked).toBe(false);
  });

  it('reads languages said of the customer’s own people and queues as theirs, not a claim', () => {
    const body =
      'Portuguese tickets land with your Portuguese-speaking reps and Spanish ones with the Spanish desk.';
    expect(check(body).findings.filter((f) => f.check === 'language')).toEqual([]);
    const theirs = 'Dashboards will not help with tickets your Seoul colleagues write in Korean.';
    expect(check(theirs).findings.filter((f) => f.check === 'language')).toEqual([]);
    expect(check('Dashboards are available in Portuguese and Spanish.').findings).toContainEqual(
      expect.objectContaining({ check: 'language', severity: 'block' }),
    );
  });
});

// A survey tool sold per seat on editions, plus a yearly response-volume fee band beside any edition,
// and an add-on sold on the upper editions only.
describe('capabilities in a per-seat world with a fee band', () => {
  const pollen = aWorld({
    products: [
      aProduct({ sku: 'PL-LITE', name: 'Lite', listPrice: 12, unit: 'seat/month', description: '' }),
      aProduct({ sku: 'PL-TEAM', name: 'Team', listPrice: 30, unit: 'seat/month', description: '' }),
      aProduct({ sku: 'PL-CORP', name: 'Corporate', listPrice: 55, unit: 'seat/month', description: '' }),
      aProduct({ sku: 'PL-VOL-1', name: 'Response fee, Tier 1', listPrice: 3000, unit: 'year' }),
      aProduct({
        sku: 'PL-SENT',
        name: 'Sentiment Lens',
        listPrice: 1800,
        unit: 'year',
        description: 'Add-on on Team and Corporate',
      }),
    ],
    documents: [
      aDocument({
        id: 'pl-guide',
        title: 'Pollen product guide',
        kind: 'spec',
        body: '# Guide\n\nPollen works with Google Sheets and Microsoft Excel. Survey text is entered in any language.',
      }),
    ],
  });
  pollen.seller = { ...pollen.seller, name: 'Pollen Insights' };
  const runPollen = (body: string) => check(body, { world: pollen });
  const blocks = (body: string) => runPollen(body).findings.filter((f) => f.severity === 'block');

  it('reads a fee band named beside an add-on as a line of the quote, not a plan it is sold on', () => {
    expect(blocks('Corporate for 40 seats plus Response fee, Tier 1 and Sentiment Lens.')).toEqual([]);
    expect(blocks('Sentiment Lens goes with your Response fee, Tier 1 at $1,800 a year.')).toEqual([]);
    expect(blocks('You could add Sentiment Lens to Lite.')).toContainEqual(
      expect.objectContaining({ check: 'product_feature' }),
    );
  });

  it('blocks a connector the documents never name', () => {
    expect(
      blocks('Pollen has a native Qualtrics integration, so nothing changes for your team.'),
    ).toContainEqual(expect.objectContaining({ kind: 'claim', check: 'capability' }));
    expect(blocks('We have a two-way Google Sheets connector.')).toEqual([]);
  });

  it('reads translating documents as a capability, and "translates to" as arithmetic', () => {
    expect(blocks('Pollen automatically translates open-text responses into English.')).toContainEqual(
      expect.objectContaining({ kind: 'claim' }),
    );
    expect(blocks('Moving to Team translates into a lower cost per response.')).toEqual([]);
  });
});

describe('encryption the documents state in their own words', () => {
  const worldSaying = (text: string) =>
    aWorld({
      documents: [
        PRICING,
        aDocument({ id: 'doc-sec', title: 'Security', kind: 'security', body: `# Security\n\n${text}` }),
      ],
    });

  it.each([
    'All stored data is encrypted with AES-256, and traffic uses TLS 1.2 or later.',
    '## Encryption\n\n- Data at rest: AES-256.\n- Data in transit: TLS 1.3.',
    'Storage encryption: AES-256. Transport: TLS 1.2+.',
    'Databases, backups and file storage are encrypted using AES-256; connections use TLS 1.2 or higher.',
    'Data is encrypted in transit (TLS 1.2 or later) and at rest (AES-256).',
  ])('backs "encrypted at rest and in transit" where a document says: %s', (doc) => {
    const world = worldSaying(doc);
    for (const body of [
      'Your data is encrypted at rest and in transit.',
      'Everything is encrypted at rest with AES-256.',
      'Encryption: TLS in transit, AES-256 at rest.',
    ])
      expect(
        check(body, { world }).findings.filter((f) => f.severity === 'block'),
        body,
      ).toEqual([]);
  });

  it('still blocks encryption in transit where the documents only cover storage', () => {
    const world = worldSaying('We encrypt customer data on disk with AES-256 keys managed in AWS KMS.');
    expect(check('Your data is encrypted at rest and in transit.', { world }).blocked).toBe(true);
  });

  it('does not read goods in transit as an encryption claim', () => {
    const world = worldSaying('Data is encrypted at rest with AES-256.');
    expect(
      check('We track your goods in transit across every depot.', { world }).findings,
    ).not.toContainEqual(expect.objectContaining({ check: 'feature' }));
  });
});

describe('price promises and languages beside places', () => {
  const blocks = (body: string, world = aWorld()) =>
    check(body, { world })
      .findings.filter((f) => f.severity === 'block')
      .map((f) => f.check);

  it('holds a price freeze to the documents, said of "your" price or after "I can confirm that"', () => {
    expect(blocks('Your Enterprise price is frozen for the next three years.')).toContain('commercial');
    expect(blocks('I can confirm that the Enterprise price is frozen for three years.')).toContain(
      'commercial',
    );
    expect(blocks('I can confirm with the team whether the Enterprise price could be frozen.')).toEqual([]);
  });

  it('reads a multi-year price "fixed for the term" in the price list as a documented price lock', () => {
    const fixed = aWorld({
      documents: [
        aDocument({
          id: 'doc-pricing',
          kind: 'pricing',
          body: '# Pricing\n\n- Enterprise: $65 per seat per month.\n- Three-year term: 10% off ($58.50 per seat per month), fixed for the term.\n',
        }),
      ],
    });
    expect(
      blocks(
        'On three years Enterprise is $58.50 a seat, and the price stays fixed for the whole term.',
        fixed,
      ),
    ).toEqual([]);
    expect(
      blocks('On three years Enterprise is $58.50 a seat, and the price stays fixed for the whole term.'),
    ).toContain('commercial');
  });

  it('reads a language as a language, and as a place only before where data is kept', () => {
    expect(blocks('Spanish is covered, but Portuguese for the Brazilian stores is not.')).not.toContain(
      'region',
    );
    expect(blocks('Your data would be stored on Portuguese servers.')).toContain('region');
  });
});

describe('a FAQ heading answered yes or no, and what is done on their side', () => {
  const faq = aWorld({
    extraDocuments: [
      aDocument({
        id: 'doc-faq',
        kind: 'faq',
        body: '# FAQ\n\n## Is there a free trial?\nYes: 21 days with every Pro feature.\n\n## Can agents issue refunds from the Shopify integration?\nNo. The integration is read-only.\n',
      }),
    ],
  });
  const blocks = (body: string, world = faq) =>
    check(body, { world })
      .findings.filter((f) => f.severity === 'block')
      .map((f) => f.check);

  it('reads a heading answered "Yes" as stated, and one answered "No" as denied', () => {
    expect(blocks('You can start a free trial today.')).toEqual([]);
    expect(blocks('You can start a free trial today.', aWorld())).toContain('commercial');
    expect(blocks('Agents can issue refunds right from the conversation.')).toContain('commercial');
  });

  it('passes a denied thing said to happen in their own system, not ours', () => {
    expect(blocks('Refunds still happen in your Shopify admin.')).toEqual([]);
  });
});
