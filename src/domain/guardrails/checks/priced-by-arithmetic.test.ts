import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// An invented seller of soil-sensor networks, priced in euros: a subscription per site per month on
// two plans, a gateway bought once or rented monthly, on-site commissioning per site, a site-count
// discount table on the subscription only, and the Plus plan hosted in Canada billed in dollars.
const world = aWorld({
  products: [
    aProduct({ sku: 'SN-BAS', name: 'Northwind Basic', listPrice: 12, currency: 'EUR', unit: 'site/month' }),
    aProduct({ sku: 'SN-PLS', name: 'Northwind Plus', listPrice: 20, currency: 'EUR', unit: 'site/month' }),
    aProduct({
      sku: 'SN-PLS-CA',
      name: 'Northwind Plus (Canada)',
      listPrice: 28,
      currency: 'CAD',
      unit: 'site/month',
    }),
    aProduct({ sku: 'GW-BUY', name: 'NX-2 gateway (bought)', listPrice: 210, currency: 'EUR', unit: 'unit' }),
    aProduct({
      sku: 'GW-RENT',
      name: 'NX-2 gateway (rented)',
      listPrice: 9,
      currency: 'EUR',
      unit: 'unit/month',
    }),
    aProduct({ sku: 'SN-COM', name: 'On-site commissioning', listPrice: 60, currency: 'EUR', unit: 'site' }),
    aProduct({
      sku: 'SN-LAB',
      name: 'Soil lab analysis',
      listPrice: 150,
      currency: 'EUR',
      unit: '20 samples',
    }),
  ],
  documents: [
    aDocument({
      id: 'sn-prices',
      title: 'Price list',
      kind: 'pricing',
      body:
        '# Price list\n\nBasic is €12 per site per month and Plus €20 per site per month. An NX-2 gateway is ' +
        '€210 bought outright or €9 per month rented. On-site commissioning is €60 per site, one-off.\n\n' +
        '| Sites | Discount on the subscription |\n| --- | --- |\n| 1 to 24 | none |\n| 25 to 99 | 4% |\n| 100 or more | 9% |\n\n' +
        'Plus hosted in Canada is billed at $28 per site per month.\n\nSoil lab analysis: €150 per 20 samples.',
    }),
  ],
  // 48 sites on Plus with rented gateways, after the 4% band: 48 × 20 × 12 × 0.96.
  opportunities: [
    anOpportunity({
      name: 'Globex: Plus, 48 sites',
      amount: 11059,
      currency: 'EUR',
      licensedSeats: undefined,
    }),
  ],
  activities: [anEmail({ body: 'We monitor 48 sites and would rather rent the gateways.' })],
});

const priceBlocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.kind === 'price');

describe('prices a rep works out from the price list and the deal', () => {
  it.each([
    // Hardware named by its kind in a sentence about a plan.
    ['kind', 'On Plus that is another €240 a month, and €2,520 for twelve more gateways.'],
    ['kind', 'Plus is €20 a site each month, plus €9 for the rented gateway.'],
    // The gap between two totals the draft states.
    ['gap', 'Basic for your sites is €6,912 a year and Plus €11,520 a year, so moving up adds €4,608.'],
    // A year of subscription and a one-off fee make the first year.
    [
      'first year',
      'Plus comes to €11,520 a year and commissioning €2,880 one-off, so €14,400 in the first year.',
    ],
    // A difference per site, times the sites the sentence counts, for a year.
    ['per site', 'Plus is €20 against €12, which is €8 more per site, or €4,608 a year for 48 sites.'],
    // A rounded figure within the rounding its digits show.
    ['rounded', 'Before the band, Plus for the 48 sites is roughly €11.5k a year.'],
    // The record's yearly amount restated month by month.
    ['monthly', 'Month by month, the quoted subscription comes to about €922.'],
    ['block', 'Soil lab analysis is €150 per 20 samples.'],
    // The band of the table the deal's 48 sites fall in, unsaid.
    ['band', 'Plus for your sites comes to €11,059 a year.'],
    // Lines of a quote for the deal's size: the subscription (less its band), gateways, once.
    ['quote', 'With the gateways bought outright, year one comes to €21,139.'],
    ['quote', 'With rented gateways that is €1,353.60 a month all in.'],
  ])('accepts a true amount (%s)', (_, body) => {
    expect(priceBlocks(body)).toEqual([]);
  });

  it.each([
    ['kind', 'On Plus that is another €240 a month, and €2,700 for twelve more gateways.'],
    ['kind', 'Plus is €20 a site each month, plus €11 for the rented gateway.'],
    ['gap', 'Basic for your sites is €6,912 a year and Plus €11,520 a year, so moving up adds €4,900.'],
    [
      'first year',
      'Plus comes to €11,520 a year and commissioning €2,880 one-off, so €14,900 in the first year.',
    ],
    ['per site', 'Plus is €20 against €12, which is €8 more per site, or €4,800 a year for 48 sites.'],
    // A total off by a third of a percent is not the total: a product of counts is exact to the euro.
    ['exact', 'The 48 sites on Plus come to €11,560 a year.'],
    // "About" does not stretch a figure stated to the euro.
    ['rounded', 'Before the band, Plus for the 48 sites is about €11,880 a year.'],
    ['monthly', 'Month by month, the quoted subscription comes to about €905.'],
    // A price the documents give in dollars is no price in euros.
    ['currency', 'Plus is €28 per site per month.'],
    // The documented price of a block of twenty is no price for ten.
    ['block', 'Soil lab analysis is €150 per 10 samples.'],
    // The band for a hundred sites or more is not the deal's.
    ['band', 'Plus for your sites comes to €10,483 a year.'],
    ['quote', 'With the gateways bought outright, year one comes to €21,439.'],
  ])('blocks a wrong amount (%s)', (_, body) => {
    expect(priceBlocks(body).length).toBeGreaterThan(0);
  });
});
