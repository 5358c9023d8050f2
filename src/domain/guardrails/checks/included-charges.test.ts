import { describe, expect, it } from 'vitest';
import { aContact, anAccount, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';
import { buildGuardIndex } from '../index/guard-index.ts';

// Enterprise includes Premium Support outright, and guided onboarding from 100 seats. Globex (o-1)
// renews 150 Enterprise seats, Initech (o-3) buys 60, Hooli (o-4) buys Pro.
const world = aWorld({
  accounts: [
    anAccount(),
    anAccount({ id: 'a-initech', name: 'Initech', domain: 'initech.com' }),
    anAccount({ id: 'a-hooli', name: 'Hooli', domain: 'hooli.com' }),
  ],
  contacts: [
    aContact(),
    aContact({ id: 'c-ina', accountId: 'a-initech', name: 'Ina Tech', email: 'ina@initech.com' }),
    aContact({ id: 'c-hal', accountId: 'a-hooli', name: 'Hal Lee', email: 'hal@hooli.com' }),
  ],
  opportunities: [
    anOpportunity({ name: 'Globex - Enterprise renewal' }),
    anOpportunity({
      id: 'o-3',
      accountId: 'a-initech',
      name: 'Initech - Enterprise, 60 seats',
      type: 'new_business',
      licensedSeats: undefined,
    }),
    anOpportunity({ id: 'o-4', accountId: 'a-hooli', name: 'Hooli - Pro', licensedSeats: 40 }),
  ],
  products: [
    aProduct(),
    aProduct({ sku: 'NW-ENT', name: 'Northwind Enterprise', listPrice: 65, description: 'Pro plus SSO' }),
    aProduct({
      sku: 'NW-PSUP',
      name: 'Premium Support',
      listPrice: 6000,
      unit: 'year',
      description: 'Included with Enterprise; sold separately on Pro',
    }),
    aProduct({
      sku: 'NW-ONB',
      name: 'Guided onboarding',
      listPrice: 3500,
      unit: 'one-time',
      description: 'Any plan; included with Enterprise at 100+ seats',
    }),
    aProduct({
      sku: 'NW-SBX',
      name: 'Extra sandbox',
      listPrice: 300,
      unit: 'sandbox/month',
      description: 'Enterprise only; one sandbox is included with Enterprise',
    }),
  ],
});

const to = { 'o-1': 'hank@globex.com', 'o-3': 'ina@initech.com', 'o-4': 'hal@hooli.com' } as const;
const charged = (body: string, opportunityId: keyof typeof to = 'o-1') =>
  check(body, { world, opportunityId, to: [to[opportunityId]] })
    .findings.filter((f) => f.check === 'included_charge')
    .map((f) => f.text);

describe('a charge for what the plan includes', () => {
  it('reads from how many seats a plan includes a product, and a part included as no whole', () => {
    const facts = buildGuardIndex(world).deal('o-1')!.facts;
    expect(Object.fromEntries(facts.includedFrom)).toEqual({
      'NW-ONB|NW-ENT': 100,
      'NW-SBX|NW-ENT': Number.POSITIVE_INFINITY,
    });
    expect([...(facts.includedWith.get('NW-PSUP') ?? [])]).toEqual(['NW-ENT']);
  });

  it.each([
    ['Premium Support would add $6,000 a year to your Enterprise renewal.', 'o-1'],
    ['Premium Support is another $500 a month.', 'o-1'],
    ['I have added guided onboarding at $3,500 one-time.', 'o-1'],
    ['There is a one-time onboarding fee of $3,500.', 'o-1'],
    ['Your renewal is $117,000 a year, plus $6,000 for Premium Support.', 'o-1'],
    ['Premium Support is $6,000 a year on top of your Enterprise seats.', 'o-3'],
  ] as const)('is a fee this customer never owes: %s', (body, deal) => {
    expect(charged(body, deal)).toHaveLength(1);
  });

  it.each([
    ['Premium Support ($6,000 a year on Pro) is included with Enterprise.', 'o-1'],
    ['Premium Support is $6,000 a year on Pro.', 'o-1'],
    ['If you moved to Pro, Premium Support would be $6,000 a year.', 'o-1'],
    ['Premium Support comes with Enterprise. On the other plans it is $6,000 a year.', 'o-1'],
    ['An extra sandbox is $300 a month.', 'o-1'],
    ['Guided onboarding is a one-time $3,500.', 'o-3'],
    [
      'Guided onboarding is a one-time $3,500 at your size; from 100 seats it would be part of Enterprise.',
      'o-3',
    ],
    ['Premium Support is $6,000 a year.', 'o-4'],
  ] as const)('passes a price the customer would pay, or one said only to compare: %s', (body, deal) => {
    expect(charged(body, deal)).toEqual([]);
  });

  it('lets a draft deny the fee only where the plan includes it', () => {
    const feeFindings = (body: string, deal: keyof typeof to) =>
      check(body, { world, opportunityId: deal, to: [to[deal]] }).findings.filter((f) => f.kind === 'price');
    expect(feeFindings('There is no onboarding fee for your 150 Enterprise seats.', 'o-1')).toEqual([]);
    expect(feeFindings('There is no onboarding fee for your Enterprise seats.', 'o-3')).not.toEqual([]);
  });
});
