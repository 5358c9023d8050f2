import { describe, expect, it } from 'vitest';
import {
  aContact,
  aDocument,
  aNote,
  anAccount,
  anEmail,
  anOpportunity,
  aProduct,
  aWorld,
  check,
} from './guard-test-factories.ts';

// Another seller, price book and document set: the guardrails read their facts, nothing is tuned to Northwind.
const world = (() => {
  const w = aWorld({
    products: [
      aProduct({
        sku: 'BP-CORE',
        name: 'Brightpath Core',
        listPrice: 12,
        unit: 'user/month',
        description: 'Onboarding workflows and e-signature',
      }),
      aProduct({
        sku: 'BP-PLUS',
        name: 'Brightpath Plus',
        listPrice: 20,
        unit: 'user/month',
        description: 'Everything in Core plus SSO, audit trail and custom roles',
      }),
      aProduct({
        sku: 'BP-IMPL',
        name: 'Implementation package',
        listPrice: 4500,
        unit: 'one-time',
        description: 'Guided setup over four weeks',
      }),
    ],
    documents: [
      aDocument({
        id: 'kb-price',
        title: 'Price list FY2026',
        kind: 'pricing',
        updatedAt: '2026-01-02T00:00:00Z',
        body: '# Price list\n\n| Plan | Price |\n|---|---|\n| Core | $12 per user per month |\n| Plus | $20 per user per month |\n\nThe implementation package is a one-time $4,500.\n\n## Discounts\n\nAnnual prepay receives 8% off. Sales may discount up to 10% without VP approval.',
      }),
      aDocument({
        id: 'kb-price-old',
        title: 'Price list FY2025',
        kind: 'pricing',
        updatedAt: '2025-01-02T00:00:00Z',
        body: '# Price list\n\nCore is $10 per user per month and Plus is $18 per user per month.',
      }),
      aDocument({
        id: 'kb-sec',
        title: 'Trust center',
        kind: 'security',
        updatedAt: '2025-10-01T00:00:00Z',
        body: '# Trust\n\nBrightpath holds a SOC 2 Type I report. Customer data is hosted on AWS in us-east-1 (Virginia) or eu-west-1 (Ireland). Plus supports SAML 2.0 single sign-on with Okta and OneLogin. Data is encrypted at rest with AES-256. We do not support on-premises deployment.',
      }),
      aDocument({
        id: 'kb-int',
        title: 'Integrations',
        kind: 'spec',
        updatedAt: '2025-12-01T00:00:00Z',
        body: '# Integrations\n\nBrightpath syncs employee records with Workday and BambooHR, and sends notifications to Slack. A public REST API is available on Plus.',
      }),
      aDocument({
        id: 'kb-bc',
        title: 'Battlecard: Rippleworks',
        kind: 'battlecard',
        updatedAt: '2025-12-01T00:00:00Z',
        body: '# Rippleworks\n\nRippleworks has no EU hosting and its e-signature is a paid add-on. We include e-signature in every plan.',
      }),
    ],
    accounts: [
      anAccount({ id: 'a-1', name: 'Pinecrest Dental', domain: 'pinecrest.com' }),
      anAccount({ id: 'a-2', name: 'Harbor Freight Lines', domain: 'harborfl.com' }),
    ],
    contacts: [
      aContact({ id: 'c-1', accountId: 'a-1', name: 'Maya Chen', email: 'maya@pinecrest.com' }),
      aContact({ id: 'c-2', accountId: 'a-2', name: 'Tom Reyes', email: 'tom@harborfl.com' }),
    ],
    opportunities: [
      anOpportunity({
        id: 'o-1',
        accountId: 'a-1',
        name: 'Pinecrest - HR onboarding',
        amount: 28800,
        closeDate: '2026-04-30',
        contractEndDate: undefined,
        licensedSeats: undefined,
        type: 'new_business',
      }),
    ],
    activities: [
      anEmail({
        accountId: 'a-1',
        from: 'maya@pinecrest.com',
        body: 'Hi, we have 120 employees across 6 clinics. Does Plus support SSO with Google Workspace? Our budget review is on April 8.',
      }),
      aNote(
        'Maya is price sensitive; CFO prefers a quarterly billing arrangement. Floor is 12% with VP sign-off.',
        { accountId: 'a-1' },
      ),
    ],
  });
  w.seller = { name: 'Brightpath', domains: ['brightpath.io'] };
  w.users = [{ id: 'u-dana', name: 'Dana', email: 'dana@brightpath.io', role: 'rep' }];
  return w;
})();
const cases: [boolean, string, string][] = [
  [false, 'clean', 'Plus is $20 per user per month; Core is $12.'],
  [false, 'clean', 'For your 120 employees on Plus, that comes to $2,400 a month.'],
  [false, 'clean', 'Paying annually up front takes 8% off.'],
  [false, 'clean', 'The implementation package is a one-time $4,500 and runs over four weeks.'],
  [false, 'clean', 'Plus supports SAML single sign-on with Okta and OneLogin.'],
  [false, 'clean', 'Your data can be hosted in Ireland (eu-west-1) or Virginia.'],
  [false, 'clean', 'We host on AWS and encrypt data at rest with AES-256.'],
  [false, 'clean', 'Brightpath syncs with Workday and BambooHR, and notifications can go to Slack.'],
  [false, 'clean', 'Our SOC 2 Type I report is available on request.'],
  [false, 'clean', 'Everything in Core is included in Plus, along with SSO and custom roles.'],
  [false, 'clean', "I'll have an answer on Google Workspace SSO before your budget review on April 8."],
  [false, 'clean', 'e-signature is included in every plan.'],
  [false, 'clean', 'I can offer 10% off the first year.'],
  [true, 'price', 'Plus is $18 per user per month.'],
  [true, 'price', 'Core is $10 per user per month.'],
  [true, 'price', 'The implementation package is $3,500.'],
  [true, 'claim', 'Plus supports SSO with Google Workspace.'],
  [true, 'claim', 'We hold a SOC 2 Type II report.'],
  [true, 'claim', 'Your data can stay in Frankfurt.'],
  [true, 'claim', 'Core includes SSO.'],
  [true, 'claim', 'We can deploy Brightpath on-premises.'],
  [true, 'claim', 'Brightpath integrates with ADP.'],
  [true, 'claim', 'The REST API is available on Core.'],
  [true, 'claim', 'We are hosted on Google Cloud.'],
  [true, 'numbers', 'For your 150 employees, Plus comes to $3,000 a month.'],
  [true, 'numbers', 'Before your budget review on April 15, I will send the numbers.'],
  [true, 'numbers', 'Annual prepay receives 12% off.'],
  [true, 'discount', 'I can offer 15% off the first year.'],
  [true, 'confidential', 'I know your CFO prefers quarterly billing.'],
  [true, 'confidential', 'Anything past 10% needs VP approval on our side.'],
  [true, 'confidential', 'Harbor Freight Lines rolled this out last month.'],
  [true, 'confidential', 'Rippleworks charges extra for e-signature and has no EU hosting.'],
  [true, 'price', 'We can bill you quarterly.'],
];

describe('another seller’s world', () => {
  it.each(cases.filter(([blocked]) => !blocked))(
    'passes a grounded draft (%s, %s): %s',
    (_blocked, _kind, body) => {
      expect(
        check(body, { world, to: ['maya@pinecrest.com'] }).findings.filter((f) => f.severity === 'block'),
      ).toEqual([]);
    },
  );

  it.each(cases.filter(([blocked]) => blocked))(
    'blocks a flawed draft (%s, %s): %s',
    (_blocked, _kind, body) => {
      expect(check(body, { world, to: ['maya@pinecrest.com'] }).blocked).toBe(true);
    },
  );
});
