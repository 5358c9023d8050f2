import { describe, expect, it } from 'vitest';
import { aDocument, aWorld, check } from '../guard-test-factories.ts';

// Globex (o-1) renews 150 Pro seats in April; its order form raises the seat price by a set 5% at renewal.
const orderForm = aDocument({
  id: 'doc-globex-order',
  title: 'Order form: Globex',
  kind: 'contract',
  accountId: 'a-globex',
  body:
    '# Order form: Globex\n\n- Plan: Northwind Pro\n- Seats: 150, billed annually at $40 per seat per month\n' +
    '- Renewal: renews automatically for 12 months; the per-seat price increases by 5% at renewal.\n',
});
const world = aWorld({ extraDocuments: [orderForm] });
const priceFindings = (body: string) =>
  check(body, { world })
    .findings.filter((f) => f.kind === 'price')
    .map((f) => f.text);

describe('a renewal the order form raises by a set percentage', () => {
  it.each([
    'Your renewal in April stays at $40 per seat per month.',
    'For the renewal, Pro goes to $44 per seat per month.',
  ])('blocks a renewal price other than the raised one: %s', (body) => {
    expect(priceFindings(body)).toHaveLength(1);
  });

  it.each([
    'Your renewal in April is at $42 per seat per month, the 5% increase in your order form.',
    'Renewing your 150 seats comes to $75,600 for the year.',
  ])('passes the raised price and what it comes to for the seats renewed: %s', (body) => {
    expect(priceFindings(body)).toEqual([]);
  });
});

describe("a renewal rise said of the account's contract", () => {
  const withPublicCap = aWorld({
    extraDocuments: [
      orderForm,
      aDocument({
        id: 'doc-terms',
        title: 'Subscription terms',
        kind: 'policy',
        body: '# Renewals\n\nAt renewal, any list price increase is capped at 7%.',
      }),
    ],
  });
  const rises = (body: string, w = world) =>
    check(body, { world: w })
      .findings.filter((f) => f.check === 'renewal_increase')
      .map((f) => f.text);

  it('must be the rise the order form or the public terms set', () => {
    expect(rises('Your order form caps any renewal increase at 3%.')).toEqual([
      'caps any renewal increase at 3%',
    ]);
    expect(rises('Under your contract the renewal price can rise by no more than 10%.')).toHaveLength(1);
    expect(rises('At renewal the per-seat price increases by 5%, to $42.')).toEqual([]);
    expect(rises('Any renewal increase is capped at 7%.', withPublicCap)).toEqual([]);
  });

  it('is no rise in seats', () => {
    expect(rises('At renewal you could increase your seats by 20%.')).toEqual([]);
  });
});

describe('renewal terms in other words', () => {
  // Globex pays $38 a seat on Pro (list $40) until April; each order form words its renewal otherwise.
  const withRenewal = (renewal: string) =>
    aWorld({
      extraDocuments: [
        aDocument({
          id: 'doc-globex-order',
          title: 'Order form: Globex',
          kind: 'contract',
          accountId: 'a-globex',
          body: `# Order form: Globex\n\n- Plan: Northwind Pro\n- Seats: 150, billed annually at $38 per seat per month\n- Renewal: ${renewal}\n`,
        }),
      ],
    });
  const renewalPrice = (renewal: string, price: string) =>
    check(`Your renewal in April is at ${price} per seat per month.`, { world: withRenewal(renewal) })
      .findings.filter((f) => f.kind === 'price')
      .map((f) => f.text);

  it.each([
    ['renews for 12 months at the then-current pricing.', '$40', '$38'],
    ['renews for 12 months at the prices in effect at the time of renewal.', '$40', '$38'],
    ['renews for 12 months. The per-seat price remains unchanged for the first renewal term.', '$38', '$40'],
    ['renews for 12 months at the current price plus 5%.', '$39.90', '$38'],
    ['renews for 12 months; renewal increases are limited to 5%.', '$39.90', '$41'],
    [
      'renews for 12 months. No adjustment at renewal may raise the per-seat fee by more than five percent (5%).',
      '$39.90',
      '$40',
    ],
    ['renews for 12 months at the list price then in effect, less a 10% loyalty discount.', '$36', '$40'],
    [
      'renews for 12 months; the fee for the renewal term is the prior fee plus four percent (4%).',
      '$39.52',
      '$38',
    ],
    ['renews for 12 months. For the first renewal term the per-seat fee is $39.20.', '$39.20', '$40'],
    [
      'renews for 12 months. We will keep the fee at $38 per seat per month for the first renewal year; after that, all fees are at list.',
      '$38',
      '$40',
    ],
    [
      'renews for 12 months at the then-current fees, provided that any increase shall not exceed the lesser of five percent (5%) or CPI.',
      '$39.90',
      '$40',
    ],
    [
      'renews for 12 months at the fees in effect during the preceding term, subject to an uplift of three percent (3%).',
      '$39.14',
      '$38',
    ],
    [
      'renews for 12 months on the same per-seat fees for one (1) Renewal Term, after which list pricing applies.',
      '$38',
      '$40',
    ],
    [
      'renews for 12 months; fees for any Renewal Term shall be the list prices in effect on the first day of that Renewal Term.',
      '$40',
      '$38',
    ],
    [
      'renews for 12 months at the standard rates, less the discount percentage shown in Section 4. Section 4: a discount of five percent (5%) off the standard rates.',
      '$38',
      '$40',
    ],
    [
      'renews for 12 months. The per-seat fee shall remain fixed for two (2) successive Renewal Terms. Thereafter, the fee shall be the list price then in effect.',
      '$38',
      '$40',
    ],
  ])('reads "%s": %s holds, %s does not', (renewal, right, wrong) => {
    expect(renewalPrice(renewal, right)).toEqual([]);
    expect(renewalPrice(renewal, wrong)).toEqual([`${wrong} per seat per month`]);
  });
});
