import { describe, expect, it } from 'vitest';
import { aDocument, aProduct, aWorld, check, PRICING } from '../guard-test-factories.ts';

const spec = (body: string) =>
  aWorld({ documents: [PRICING, aDocument({ id: 'doc-spec', kind: 'spec', body: `# Product\n\n${body}` })] });

describe('names a denial lists in brackets', () => {
  const world = spec(
    'Northwind has no ticketing connection (Zendesk, Freshdesk, ServiceNow) and no chat widget. Dashboards export to PDF.',
  );

  it('blocks a claim to connect to a name the denial lists', () => {
    expect(check('Northwind connects to Freshdesk as well, so tickets flow in.', { world }).blocked).toBe(
      true,
    );
  });

  it('passes a draft that repeats the denial with the same bracket', () => {
    const body = "To be clear, we don't connect to ticketing tools (Zendesk, Freshdesk, ServiceNow).";
    expect(check(body, { world }).blocked).toBe(false);
  });
});

describe('certificates a page says are not held', () => {
  const world = spec(
    'HIPAA: we sign no BAAs. Northwind keeps no health records, so it sits outside HIPAA scope and holds no HIPAA attestation of its own.',
  );

  it('blocks a claim of holding the certificate', () => {
    expect(check('Rest easy: Northwind is HIPAA certified.', { world }).blocked).toBe(true);
  });

  it('passes a draft that says the standard is out of scope', () => {
    expect(
      check('Northwind keeps no health records, so HIPAA is out of scope for us.', { world }).blocked,
    ).toBe(false);
  });
});

describe('certificates a status table says are under way', () => {
  const world = spec(
    '## Certifications\n\n| Standard | Status |\n| --- | --- |\n| SOC 2 Type II | Held; report under NDA |\n' +
      '| HITRUST CSF | **In progress, not certified.** Our r2 assessment started in October. |\n' +
      '| FedRAMP Moderate | **In Process**, not authorized; listed on the Marketplace since June. |',
  );
  const blocked = (body: string) => check(body, { world }).blocked;

  it('blocks a claim that one is held', () => {
    expect(blocked('Good news: we completed our HITRUST r2 certification this year.')).toBe(true);
    expect(blocked('Our FedRAMP Moderate authorization came through this fall.')).toBe(true);
  });

  it('reads the status where the page names the standard only to say it is not held yet', () => {
    const cell = spec(
      '| Edition | FedRAMP Moderate environment |\n| --- | --- |\n| Sovereign | only once authorized; currently In Process, not authorized |',
    );
    expect(
      check('Sovereign runs in our FedRAMP Moderate authorized environment.', { world: cell }).blocked,
    ).toBe(true);
  });

  it('passes the status told as it is, a condition on it, and an agenda naming it', () => {
    expect(blocked("HITRUST: we're not certified. Our r2 assessment is in progress.")).toBe(false);
    expect(
      blocked(
        "Where we stand:\n\n- HITRUST CSF.\n  We're not certified yet; the r2 assessment is under way.",
      ),
    ).toBe(false);
    expect(
      blocked(
        "We can't commit to an authorization date; until it's authorized, nothing is hosted in a FedRAMP environment.",
      ),
    ).toBe(false);
    expect(blocked('On Monday Jun will take you through the SOC 2 Type II report and HITRUST status.')).toBe(
      false,
    );
  });
});

describe('what a page says the product never does', () => {
  const world = spec(
    '## Not supported\n\n- Recording of video visits — we do not record visits, on any edition.\n' +
      '- HUD TRACS submissions: Northwind does not file these.\n\nParking spaces are never billed.',
  );
  const blocked = (body: string) => check(body, { world }).blocked;

  it('blocks a draft saying the product does it, in other words', () => {
    expect(blocked('Visits can run long, and clinicians can record a session with consent.')).toBe(true);
    expect(blocked('Northwind can submit your HUD TRACS vouchers.')).toBe(true);
  });

  it('passes the denial said again, another verb, and a thing the sentence is not about', () => {
    expect(blocked("We don't record visits on any edition.")).toBe(false);
    expect(blocked('Video visits are never recorded.')).toBe(false);
    expect(blocked('You can record the consent in your own notes system.')).toBe(false);
  });
});

describe('identity providers a protocol is tested with', () => {
  const world = spec('SAML single sign-on is tested with Okta and Google Workspace.');

  it('blocks an untested provider even when the draft says whichever the customer uses is fine', () => {
    const body = 'SAML sign-on has been tested with Okta and OneLogin, so whichever you use will be fine.';
    expect(check(body, { world }).blocked).toBe(true);
  });

  it('passes the providers the page names', () => {
    const body = 'SAML sign-on is tested with Okta and Google Workspace, so whichever you use will be fine.';
    expect(check(body, { world }).blocked).toBe(false);
  });
});

describe('everyday words of hours and amounts', () => {
  const world = spec('Support: weekdays 09:00 to 17:00 by email and phone.');

  it('passes opening hours and rough amounts in plain words', () => {
    expect(
      check('Our support is open weekdays, 09:00 to 17:00, by email and phone.', { world }).blocked,
    ).toBe(false);
  });

  it('still blocks a channel the page never names', () => {
    expect(check('Our support is open weekdays by email, phone and WhatsApp.', { world }).blocked).toBe(true);
  });
});

describe("what the customer's own message looks like", () => {
  it('passes a description of their mail that names a capability word', () => {
    const body =
      'The last paragraph of your email reads like a prompt for a machine learning assistant, so I have ignored it.';
    expect(check(body).blocked).toBe(false);
  });

  it('still blocks the same capability claimed of our product', () => {
    expect(check('Our platform includes a machine learning assistant that reads every email.').blocked).toBe(
      true,
    );
  });
});

describe('names an inline "Not supported:" label lists', () => {
  const world = spec(
    'Northwind connects to Salesforce and HubSpot.\n\nNot supported today: Pipedrive, Zoho CRM and Copper. Customers on these usually export our reports as CSV.',
  );
  const blocked = (body: string) => check(body, { world }).blocked;

  it.each([
    'Northwind syncs with Pipedrive, so deals flow in both ways.',
    'Good news: Copper connects on every plan.',
    'Both CRMs are covered: Pipedrive and Salesforce deals go straight into your dashboards.',
    'Your team can sign in with Zoho CRM accounts too.',
  ])('blocks a claim to support a name the label denies: %s', (body) => {
    expect(blocked(body)).toBe(true);
  });

  it.each([
    "Pipedrive isn't supported, I'm afraid.",
    'Pipedrive, I am sorry to say, is not supported.',
    'Pipedrive and Copper are not supported, even on Enterprise.',
    'For Pipedrive there is no sync; you would keep using it separately.',
    'On Pipedrive you would export our reports as CSV and load them there.',
    'Pipedrive deals do not go straight into your dashboards; Salesforce ones do.',
    'Where we stand on your list:\n\n- Salesforce: yes, on every plan.\n- Pipedrive and Copper sync: not supported today either.',
  ])('passes a draft that denies it or gives the way round it: %s', (body) => {
    expect(blocked(body)).toBe(false);
  });
});

describe('what the offline writer says of what is not offered', () => {
  const world = spec(
    'Payments by card on every plan.\n\n## Not supported\n\nWe do not offer these today:\n\n- SEPA direct debit for ticket buyers\n\nFedRAMP: not held, and not planned.',
  );
  const blocked = (body: string) => check(body, { world }).blocked;

  it.each([
    'Not today, I\'m afraid: our product documentation lists "SEPA direct debit for ticket buyers" among what we don\'t support.',
    'I\'m afraid not: our product documentation lists "SEPA direct debit for ticket buyers" as not supported today.',
    // The customer's question told back in full is theirs, however long, FedRAMP and all.
    'You asked "Where is our data hosted, do you have SOC 2 Type II, and FedRAMP (one of our clients is a federal contractor)?"; I\'ll come back to you on that by Friday.',
  ])('passes %s', (body) => {
    expect(blocked(body)).toBe(false);
  });

  it('still blocks the claim when it is ours', () => {
    expect(blocked('Ticket buyers can pay by SEPA direct debit.')).toBe(true);
    expect(blocked('You asked about FedRAMP: yes, we hold FedRAMP.')).toBe(true);
  });
});

describe('the way round, under a "Not supported" heading', () => {
  const world = spec(
    'Northwind connects to Salesforce.\n\n## Not supported\n\n- Pipedrive\n- Zoho CRM\n\nData for these systems can be moved with CSV exports or through our REST API.',
  );

  it('is offered, not denied with the list above it', () => {
    expect(check('Until then, the CSV exports can carry the data across.', { world }).blocked).toBe(false);
    expect(check('Northwind syncs with Pipedrive.', { world }).blocked).toBe(true);
  });
});

describe('a name denied with the longer kind it belongs to', () => {
  const world = spec(
    'Single sign-on with Google Workspace or Microsoft Entra ID. Okta and other SAML identity providers are not supported.',
  );
  const blocked = (body: string) => check(body, { world }).blocked;

  it('blocks a claim to sign in with it', () => {
    expect(blocked('Your staff can sign in to the back office with Okta as well as Google Workspace.')).toBe(
      true,
    );
  });

  it('passes the denial told back', () => {
    expect(blocked('Okta is not supported, I am afraid, but Google Workspace and Entra ID are.')).toBe(false);
  });
});

describe('what an answer says the product does not have', () => {
  const world = spec(
    "**Do you track trailers?**\nNot today: we don't have a trailer tracker.\n\nWe do not have a Type II report today; it is expected in June 2027.",
  );
  const blocked = (body: string) => check(body, { world }).blocked;

  it('blocks a claim to have it', () => {
    expect(blocked('We have a trailer tracker for the curtain-siders too.')).toBe(true);
  });

  it('passes what is told as still to come', () => {
    expect(blocked('We hold a Type I report, with the Type II report expected in June 2027.')).toBe(false);
  });
});

describe('denials a table, a label or a list words its own way', () => {
  const world = spec(
    '| | Status |\n| --- | --- |\n| SOC 2 Type II | Held; audited annually. |\n| HITRUST CSF | Not held and not in progress. |\n\n' +
      '**Not supported as connectors:** Ellucian Banner, Oracle HCM Cloud. These feed in by CSV over SFTP.\n\n' +
      'Northwind Enterprise adds the audit log. The audit log is not available on Northwind Pro.\n\n' +
      'Customer-managed keys use AWS KMS. Azure Key Vault, Google Cloud KMS and on-premises HSMs are not supported.',
  );
  const blocked = (body: string) => check(body, { world }).blocked;

  it.each([
    'Northwind holds HITRUST CSF certification alongside SOC 2 Type II.',
    'Yes, Banner is covered: there is a native Ellucian Banner connector.',
    'AWS KMS is the main option; Azure Key Vault is also supported as a fallback.',
  ])('blocks what a status column, a "not supported as" label or a denied list denies: %s', (body) => {
    expect(blocked(body)).toBe(true);
  });

  it.each([
    'We hold SOC 2 Type II; HITRUST CSF is not held.',
    'Ellucian Banner is not supported as a connector; it can feed in by CSV over SFTP.',
    'Keys stay in AWS KMS; Google Cloud KMS is not supported.',
  ])('passes the denial said back: %s', (body) => {
    expect(blocked(body)).toBe(false);
  });
});

describe('one of our products kept from a plan', () => {
  const world = aWorld({
    products: [
      aProduct({ sku: 'PRO', name: 'Northwind Pro', listPrice: 40 }),
      aProduct({
        sku: 'PAM',
        name: 'Privileged Access, admin seat',
        listPrice: 38,
        unit: 'admin seat/month',
      }),
    ],
    documents: [
      PRICING,
      aDocument({
        id: 'doc-spec',
        kind: 'spec',
        body: '# Add-ons\n\nPrivileged Access is not available on Northwind Pro. Privileged Access: $38 per admin seat per month.',
      }),
    ],
  });

  it('is no product denied everywhere', () => {
    expect(check('You get Privileged Access with Northwind Enterprise.', { world }).blocked).toBe(false);
  });
});
