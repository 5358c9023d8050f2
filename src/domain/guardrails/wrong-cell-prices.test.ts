import { describe, expect, it } from 'vitest';
import {
  aContact,
  aDocument,
  anAccount,
  anEmail,
  anOpportunity,
  aProduct,
  aWorld,
  blockingKinds,
  check,
} from './guard-test-factories.ts';
import { sizedNames } from './index/sized-names.ts';

// Dentwise sells dental-practice software per surgery: two plans with a monthly-billing price and a
// cheaper annual one, a rate per extra dentist that differs by plan, and reminder-text packs in two
// sizes. Each false twin takes a price from the wrong cell of the same tables.
const world = (() => {
  const w = aWorld({
    products: [
      aProduct({
        sku: 'DW-CLINIC',
        name: 'Dentwise Clinic (per surgery, monthly billing)',
        listPrice: 420,
        currency: 'NZD',
        unit: 'month',
        description: 'Annual billing NZD 4,560 a year; 3 dentists included',
      }),
      aProduct({
        sku: 'DW-GROUP',
        name: 'Dentwise Group (per surgery, monthly billing)',
        listPrice: 780,
        currency: 'NZD',
        unit: 'month',
        description: 'Annual billing NZD 8,280 a year; 6 dentists included',
      }),
      aProduct({
        sku: 'DW-TXT2K',
        name: 'Text pack, 2,000 messages',
        listPrice: 150,
        currency: 'NZD',
        unit: 'pack',
      }),
      aProduct({
        sku: 'DW-TXT10K',
        name: 'Text pack, 10,000 messages',
        listPrice: 640,
        currency: 'NZD',
        unit: 'pack',
      }),
    ],
    documents: [
      aDocument({
        id: 'dw-prices',
        title: 'Dentwise prices',
        kind: 'pricing',
        body:
          '# Dentwise prices\n\nPrices are per surgery per month in NZD.\n\n| Plan | Monthly billing | Annual billing (per year) | ' +
          'Dentists included | Each extra dentist per month |\n| --- | --- | --- | --- | --- |\n' +
          '| Clinic | NZD 420 | NZD 4,560 | 3 | NZD 75 |\n| Group | NZD 780 | NZD 8,280 | 6 | NZD 55 |\n\n' +
          'Clinic includes 1 practice location and Group includes 5 practice locations.\n\n## Onboarding\n\nThe onboarding fee ' +
          'covers two parallel practice migrations.\n\n' +
          '## Add-ons\n\n| Pack | Price |\n| --- | --- |\n| Text pack, 2,000 messages | NZD 150 per pack |\n' +
          '| Text pack, 10,000 messages | NZD 640 per pack |',
      }),
    ],
    accounts: [anAccount({ id: 'a-kd', name: 'Kowhai Dental', domain: 'kowhaidental.nz' })],
    contacts: [
      aContact({ id: 'c-mere', accountId: 'a-kd', name: 'Mere Tane', email: 'mere@kowhaidental.nz' }),
    ],
    opportunities: [
      anOpportunity({
        id: 'o-1',
        accountId: 'a-kd',
        name: 'Kowhai Dental: Clinic for four surgeries',
        amount: 18240,
        currency: 'NZD',
      }),
    ],
    activities: [
      anEmail({
        accountId: 'a-kd',
        opportunityId: 'o-1',
        from: 'mere@kowhaidental.nz',
        to: ['sam@dentwise.nz'],
        body: 'We have 14 dentists across our 4 surgeries and two practice locations. How would the extra dentists be charged?',
      }),
    ],
  });
  w.seller = { name: 'Dentwise', domains: ['dentwise.nz'] };
  return w;
})();

const guard = (body: string) => check(body, { world, to: ['mere@kowhaidental.nz'] });
const blocks = (body: string) => guard(body).findings.filter((f) => f.severity === 'block');

describe('prices taken from the wrong cell of a table', () => {
  it('names a sized pack the way reps do, and prices it by its own row', () => {
    expect(sizedNames('Text pack, 10,000 messages')).toEqual(
      expect.arrayContaining(['10,000-message pack', 'pack of 10,000 messages', '10k pack']),
    );
    expect(blocks('The 10,000-message pack is NZD 640, and the texts last a year.')).toEqual([]);
    // NZD 600 is four of the 2,000 packs (four surgeries), not the price of the 10,000 one.
    expect(blockingKinds(guard('The 10,000-message pack is NZD 600, and the texts last a year.'))).toContain(
      'price',
    );
  });

  it('prices monthly billing from the monthly column, not the annual price spread over twelve months', () => {
    expect(blocks('On annual billing Group works out at NZD 690 a month per surgery.')).toEqual([]);
    expect(blocks('If you preferred monthly billing, Group would be NZD 780 a month per surgery.')).toEqual(
      [],
    );
    expect(
      blockingKinds(guard('If you preferred monthly billing, Group would be NZD 690 a month per surgery.')),
    ).toContain('price');
  });

  it('prices a rate in a sentence that names nothing by the plan the sentence before named', () => {
    expect(
      blocks(
        'Clinic includes 12 of your 14 dentists across the four surgeries. The other two are NZD 75 each a month.',
      ),
    ).toEqual([]);
    expect(
      blockingKinds(
        guard(
          'Clinic includes 12 of your 14 dentists across the four surgeries. The other two are NZD 55 each a month.',
        ),
      ),
    ).toContain('price');
  });

  it('holds what a plan includes to the documents, whatever count the customer wrote', () => {
    expect(blocks('Clinic includes one practice location, so the second one is extra.')).toEqual([]);
    // Two is the customer's count of their locations (and the documents' count of migrations), not Clinic's allowance.
    expect(blockingKinds(guard('Clinic includes two practice locations, so both are covered.'))).toContain(
      'claim',
    );
  });
});
