import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// An invented seller of greenhouse sensors: a plan per site, a gateway rented monthly, and
// commissioning priced per sensor with no period. The thread counts 40 sites and 350 sensors.
const world = aWorld({
  products: [
    aProduct({ sku: 'GH-PRO', name: 'Northwind Grow', listPrice: 15, currency: 'EUR', unit: 'site/month' }),
    aProduct({
      sku: 'GH-GW',
      name: 'GX-1 gateway (rented)',
      listPrice: 9,
      currency: 'EUR',
      unit: 'unit/month',
    }),
    aProduct({ sku: 'GH-COM', name: 'Sensor commissioning', listPrice: 60, currency: 'EUR', unit: 'sensor' }),
  ],
  documents: [
    aDocument({
      id: 'gh-prices',
      title: 'Price list',
      kind: 'pricing',
      body: '# Prices\n\nGrow is €15 per site per month.\n\nA GX-1 gateway is rented at €9 per month.\n\n## Services\n\nSensor commissioning is €60 per sensor.',
    }),
  ],
  opportunities: [
    anOpportunity({
      name: 'Globex: Grow, 40 sites',
      amount: 7200,
      currency: 'EUR',
      licensedSeats: undefined,
    }),
  ],
  activities: [anEmail({ body: 'We run 40 sites with 350 sensors between them.' })],
});

const priceBlocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.kind === 'price');

describe('a rounded amount said of a kind of hardware', () => {
  it('is priced from that kind’s lines only', () => {
    // 40 × €9 × 12 = €4,320: "about €4.3k".
    expect(priceBlocks('Renting a gateway for each of the 40 sites comes to about €4.3k a year.')).toEqual(
      [],
    );
    // €60 × 350 sensors is €21,000, but commissioning is no gateway.
    expect(priceBlocks('Renting a gateway for each of the 40 sites comes to €21k a year.')).not.toEqual([]);
  });
});
