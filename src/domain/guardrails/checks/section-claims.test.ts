import { describe, expect, it } from 'vitest';
import { aDocument, aProduct, aWorld, check } from '../guard-test-factories.ts';

// A bakery-ordering platform whose documents gate features by section headings ("## Harvest only",
// "## Granary adds", "## Not offered on any plan"), under a title that names every plan, and state
// certifications and key custody as labelled lines and lists.
const world = aWorld({
  products: [
    aProduct({ sku: 'WH-SEED', name: 'Seedling', listPrice: 20, unit: 'user/month', description: '' }),
    aProduct({ sku: 'WH-GRAN', name: 'Granary', listPrice: 45, unit: 'user/month', description: '' }),
    aProduct({ sku: 'WH-HARV', name: 'Harvest', listPrice: 80, unit: 'user/month', description: '' }),
  ],
  documents: [
    aDocument({
      id: 'wh-plans',
      title: 'Wheatley plans',
      kind: 'spec',
      body:
        '# Wheatley plans: Seedling, Granary and Harvest\n\n' +
        '## Included on every plan\n\n- Order board and delivery slots\n- Two-factor authentication\n\n' +
        '## Granary adds\n\n- Allergen matrix exports\n- Xero and Dext connectors\n\n' +
        '## Harvest only\n\n- Audit log of every order change\n- Single sign-on with SAML\n- The Brightpearl connector\n\n' +
        '## Not offered on any plan\n\nOn-premises installation, customer-managed encryption keys and a white-label driver app.',
    }),
    aDocument({
      id: 'wh-trust',
      title: 'Wheatley trust centre',
      kind: 'security',
      body:
        '# Trust\n\n' +
        '- **ISO 27001**: certified since 2024.\n' +
        '- **SOC 2 Type II**: not held yet; the audit window closes in March.\n\n' +
        'We do not hold ISO 27701, FedRAMP or HITRUST certification.\n\n' +
        '- Bring-your-own-key encryption (AWS KMS) on Harvest, in the US and EU regions only.\n' +
        '- An external CREST-accredited firm tests the platform twice a year.\n',
    }),
    aDocument({
      id: 'wh-rollout',
      title: 'Rollout guide',
      kind: 'faq',
      body: '# Rollout\n\n- Single sign-on: 1 to 2 days once we have your metadata.\n',
    }),
  ],
});
const run = (body: string) => check(body, { world });

describe('claims judged against section headings and labelled lines', () => {
  it.each([
    // A heading naming one plan narrows a title that names them all.
    'Granary keeps an audit log of every order change, so you can see who edited what.',
    'The Brightpearl connector works on Granary as well.',
    // Nothing under "Not offered on any plan" is sold, to any plan.
    'On Harvest you can use customer-managed encryption keys.',
    'Harvest can publish a white-label driver app under your bakery name.',
    // A label answered "not held yet" denies it.
    'We can send our SOC 2 Type II report under NDA.',
    // A negation reaches every item of its list.
    'We are HITRUST certified.',
    // Key custody in another cloud, or a region the feature is not offered in.
    'On Harvest you can bring your own key from Azure Key Vault.',
    'Bring-your-own-key is available for your London data.',
    // A plan-less line on how long setup takes gives the feature to no more plans.
    'Single sign-on is included on every plan.',
    'Every plan includes SSO.',
  ])('blocks %s', (body) => {
    expect(run(body).blocked).toBe(true);
  });

  it.each([
    'Harvest keeps an audit log of every order change.',
    'The Brightpearl connector is part of Harvest.',
    'We do not offer customer-managed encryption keys; keys are managed in AWS KMS.',
    "A few things we don't offer on any plan: on-premises installation or a white-label driver app.",
    'SOC 2 Type II: not held yet; we expect the report after March.',
    'We hold ISO 27001, but not FedRAMP or HITRUST.',
    'On Harvest you can bring your own key from AWS KMS for your EU data.',
    'Penetration testing: an external CREST-accredited firm, twice a year.',
    'Single sign-on comes with Harvest, and setup takes a day or two.',
    'Harvest includes the Brightpearl connector, so your stock syncs once you upgrade.',
  ])('passes %s', (body) => {
    expect(run(body).blocked).toBe(false);
  });
});

// A support table gives phone to two plans' rows; a named success manager comes with the top plan; an
// add-on sits beside the plans.
describe('features read from every row that names them', () => {
  const rows = aWorld({
    products: [
      aProduct({ sku: 'RW-BASE', name: 'Basic', listPrice: 10, unit: 'user/month', description: '' }),
      aProduct({ sku: 'RW-PLUS', name: 'Plus', listPrice: 25, unit: 'user/month', description: '' }),
      aProduct({ sku: 'RW-MAX', name: 'Max', listPrice: 50, unit: 'user/month', description: '' }),
      aProduct({
        sku: 'RW-LIVE',
        name: 'Livestream add-on',
        listPrice: 5,
        unit: 'user/month',
        description: 'Add-on',
      }),
    ],
    documents: [
      aDocument({
        id: 'rw-support',
        title: 'Support',
        kind: 'spec',
        body:
          '# Support\n\n| | Basic | Plus | Max |\n| --- | --- | --- | --- |\n| Channels | email | email, phone | email, phone, weekend phone |\n\n' +
          'Max accounts with 100 or more users get a named customer success manager.\n\n' +
          '## Plus adds\n\n- Course calendars\n- Single sign-on with SAML\n',
      }),
    ],
  });
  const say = (body: string) => check(body, { world: rows });

  it.each([
    'On Max your team gets email and phone support on weekdays.',
    'Below 100 users you would work with our support team rather than a named customer success manager.',
    'What that buys is single sign-on and course calendars, plus the option of the Livestream add-on.',
    'Our engineers carefully read every ticket, whichever plan you pick.',
  ])('passes %s', (body) => {
    expect(say(body).blocked).toBe(false);
  });

  it.each([
    'Basic includes phone support.',
    'Basic comes with a named customer success manager.',
    'Basic includes single sign-on.',
  ])('blocks %s', (body) => {
    expect(say(body).blocked).toBe(true);
  });
});

describe('percentages that are not ours to document', () => {
  const say = (body: string) => check(body, { world });
  it.each([
    'Prices exclude VAT; Dutch VAT at 21% is added to the invoice.',
    'Your operations lead said the new bakery means 45% more orders by summer.',
  ])('passes %s', (body) => {
    expect(say(body).blocked).toBe(false);
  });

  it.each(['Our delivery slots fill 45% faster than any rival’s.', 'Harvest cuts waste by 37%.'])(
    'blocks %s',
    (body) => {
      expect(say(body).blocked).toBe(true);
    },
  );
});

describe('long feature names said a few words apart, and replies no one reviews', () => {
  const helpdesk = aWorld({
    products: [
      aProduct({ sku: 'HD-LITE', name: 'Lite', listPrice: 15, unit: 'user/month', description: '' }),
      aProduct({ sku: 'HD-PRO', name: 'Pro', listPrice: 40, unit: 'user/month', description: '' }),
    ],
    documents: [
      aDocument({
        id: 'hd-plans',
        title: 'Plans',
        kind: 'spec',
        body:
          '# Plans\n\n| | Lite | Pro |\n| --- | --- | --- |\n| Shopper tracking page | no | yes |\n\n' +
          '## Drafting helper\n\nThe drafting helper suggests answers; an agent approves each one, and it never replies on its own.',
      }),
    ],
  });
  const say = (body: string) => check(body, { world: helpdesk });

  it.each([
    'On Lite every shopper gets a tracking link to a page showing where the parcel is.',
    'The drafting helper can answer tickets automatically overnight.',
  ])('blocks %s', (body) => {
    expect(say(body).blocked).toBe(true);
  });

  it.each([
    'On Pro every shopper gets a tracking link to a page showing where the parcel is.',
    'The drafting helper suggests answers, and it never replies on its own.',
  ])('passes %s', (body) => {
    expect(say(body).blocked).toBe(false);
  });
});
