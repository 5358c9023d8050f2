import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Tidewell, an invented fleet-routing seller: a price per driver on two plans, a yearly hub fee in
// numbered tiers, a scan-priced add-on, multi-year discounts listed by term, and an order form.
const world = aWorld({
  products: [
    aProduct({ sku: 'TW-FLT', name: 'Tidewell Fleet', listPrice: 30, unit: 'driver/month' }),
    aProduct({ sku: 'TW-DEP', name: 'Tidewell Depot', listPrice: 55, unit: 'driver/month' }),
    aProduct({ sku: 'TW-HUB-1', name: 'Hub fee, Tier 1 (up to 40 vans)', listPrice: 2500, unit: 'year' }),
    aProduct({ sku: 'TW-HUB-2', name: 'Hub fee, Tier 2 (41 to 200 vans)', listPrice: 5000, unit: 'year' }),
    aProduct({ sku: 'TW-AUD', name: 'Route audit', listPrice: 250, unit: '500 scans' }),
  ],
  documents: [
    aDocument({
      id: 'tw-prices',
      title: 'Tidewell prices',
      kind: 'pricing',
      body:
        '# Prices\n\nFleet is $30 per driver per month and Depot $55 per driver per month.\n\n' +
        '| Tier | Vans | Fee per year |\n| --- | --- | --- |\n| Tier 1 | up to 40 | $2,500 |\n| Tier 2 | 41 to 200 | $5,000 |\n\n' +
        'Route audit is $250 per 500 scans.',
    }),
    aDocument({
      id: 'tw-terms',
      title: 'Terms and discounts',
      kind: 'policy',
      body: '# Discounts\n\nMulti-year: 4% off drivers and the hub fee on a 24-month term; 7% on a 36-month term.',
    }),
    aDocument({
      id: 'tw-order',
      title: 'Order form TW-88 (Globex)',
      kind: 'contract',
      accountId: 'a-globex',
      body:
        '# Order form TW-88\n\n| Line | Quantity | Per year |\n| --- | --- | --- |\n' +
        '| Tidewell Fleet | 10 drivers | $3,600 |\n| Hub fee, Tier 1 | 1 | $2,500 |\n| **Total** | | **$6,100** |',
    }),
  ],
  // 20 Fleet drivers and the Tier 2 fee, on the 36-month term: (7,200 + 5,000) less 7%.
  opportunities: [anOpportunity({ amount: 11346, licensedSeats: undefined })],
  activities: [anEmail({ body: 'We run 20 drivers out of one depot and about 150 vans.' })],
});

const blocked = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.kind === 'price');

describe('amounts derived from grounded figures', () => {
  it.each([
    // The record's total re-priced under the other term the draft names.
    'On a 24-month term it is 4% off instead, so $11,712 a year.',
    // A line named by its numbered part beside the amount.
    'Fleet for 20 drivers, plus the $5,000 Tier 2 hub fee.',
    'You would sit in Tier 2, which is $5,000 a year.',
    // The account's own order form total, with the period its column gives it.
    'Your current order form comes to $6,100 a year.',
    // The discount line of a breakdown is the discount's share of the sum.
    '20 drivers x $30 x 12 months = $7,200\nHub fee, Tier 2 = $5,000\nMulti-year discount, 4%: -$488\nTotal per year: $11,712',
    // Whole blocks of a volume-priced add-on.
    'Route audit for 5,000 scans a year comes to $2,500.',
  ])('passes %s', (body) => {
    expect(blocked(body)).toEqual([]);
  });

  it.each([
    'On a 24-month term it is 4% off instead, so $11,900 a year.',
    'You would sit in Tier 2, which is $4,000 a year.',
    'Fleet for 20 drivers, plus the $6,000 Tier 2 hub fee.',
    'Route audit for 5,000 scans a year comes to $3,000.',
    'Route audit is $125 per 500 scans a year.',
  ])('blocks %s', (body) => {
    expect(blocked(body)).not.toEqual([]);
  });
});

describe('a total restated with one line swapped for another', () => {
  const total = '20 Fleet drivers at $30 is $600 a month, plus the Tier 2 hub fee: $1,016.67 a month in all.';
  it('passes the total with Depot in place of Fleet, both named in the sentence', () => {
    // $1,016.67 is $600 + $416.67 (the hub fee a month); Depot's drivers cost $1,100 instead of $600.
    expect(
      blocked(`${total} On Depot the drivers come to $1,100 a month rather than $600, so $1,516.67.`),
    ).toEqual([]);
  });

  it('blocks a swapped total that the two lines do not give', () => {
    expect(
      blocked(`${total} On Depot the drivers come to $1,100 a month rather than $600, so $1,566.67.`),
    ).not.toEqual([]);
  });
});

describe('a card fee worked out on the customer’s own rent', () => {
  const fees = aWorld({
    products: [
      aProduct({ sku: 'PF', name: 'Portfolio', listPrice: 1.9, unit: 'unit/month' }),
      aProduct({
        sku: 'CARD-PCT',
        name: 'Card payment fee, percentage',
        listPrice: 2.95,
        unit: '% of payment',
      }),
      aProduct({
        sku: 'CARD-FIX',
        name: 'Card payment fee, fixed part',
        listPrice: 0.3,
        unit: 'card payment',
      }),
    ],
    documents: [
      aDocument({
        id: 'payments',
        kind: 'pricing',
        body: '# Payments\n\n| Method | Fee |\n| --- | --- |\n| Credit or debit card | 2.95% of the payment + $0.30 |\n',
      }),
    ],
  });
  const blocked = (body: string) => check(body, { world: fees }).blocked;

  it('passes the share of the rent plus the fixed part, in the sentence or under a list lead-in', () => {
    expect(blocked("Cards are 2.95% + $0.30, paid by the tenant. On a $925 rent that's $27.59.")).toBe(false);
    expect(
      blocked(
        'Cards are 2.95% + $0.30 per payment, paid by the tenant:\n- $1,850 rent: $54.575 + $0.30 = $54.88\n- $1,200 rent: $35.40 + $0.30 = $35.70',
      ),
    ).toBe(false);
  });

  it('blocks a fee the rate does not give', () => {
    expect(blocked("Cards are 2.95% + $0.30, paid by the tenant. On a $925 rent that's $29.59.")).toBe(true);
  });
});

describe('a per-seat price times the people a sentence counts', () => {
  const blockedPrices = (body: string) =>
    check(body)
      .findings.filter((f) => f.severity === 'block' && f.kind === 'price')
      .map((f) => f.text);

  it('multiplies by agents or members where the price book sells seats', () => {
    expect(blockedPrices("Pro is $40 per seat per month. For 10 agents that's $400 a month.")).toEqual([]);
    expect(blockedPrices("Pro is $40 per seat per month. For 10 agents that's $440 a month.")).toEqual([
      '$440 a month',
    ]);
  });
});
