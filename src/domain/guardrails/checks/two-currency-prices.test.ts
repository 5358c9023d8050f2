import { describe, expect, it } from 'vitest';
import { aDocument, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Kowhai, an invented job-scheduling seller with a New Zealand and an Australian dollar list: the same
// numbers appear in both, for different things, and a seat bundle includes some operator seats.
const world = aWorld({
  products: [
    aProduct({ sku: 'KW-CREW', name: 'Kowhai Crew', listPrice: 44, currency: 'NZD', unit: 'staff/month' }),
    aProduct({
      sku: 'KW-CREW-AU',
      name: 'Kowhai Crew (AU)',
      listPrice: 40,
      currency: 'AUD',
      unit: 'staff/month',
    }),
    aProduct({
      sku: 'KW-DESK',
      name: 'Desk operator seat',
      listPrice: 19,
      currency: 'NZD',
      unit: 'seat/month',
    }),
    aProduct({
      sku: 'KW-DESK-AU',
      name: 'Desk operator seat (AU)',
      listPrice: 15,
      currency: 'AUD',
      unit: 'seat/month',
    }),
    aProduct({ sku: 'KW-SETUP', name: 'Premium setup', listPrice: 7000, currency: 'NZD', unit: 'one-off' }),
    aProduct({
      sku: 'KW-SETUP-AU',
      name: 'Premium setup (AU)',
      listPrice: 6400,
      currency: 'AUD',
      unit: 'one-off',
    }),
    aProduct({ sku: 'KW-TXT-OVR', name: 'Text overage', listPrice: 0.05, currency: 'NZD', unit: 'message' }),
    aProduct({
      sku: 'KW-TXT-OVR-AU',
      name: 'Text overage (AU)',
      listPrice: 0.04,
      currency: 'AUD',
      unit: 'message',
    }),
    aProduct({
      sku: 'KW-ROUTE',
      name: 'Route planner add-on (Crew and Fleet)',
      listPrice: 11,
      currency: 'NZD',
      unit: 'staff/month',
    }),
    aProduct({
      sku: 'KW-ROUTE-AU',
      name: 'Route planner add-on (AU)',
      listPrice: 9,
      currency: 'AUD',
      unit: 'staff/month',
    }),
  ],
  documents: [
    aDocument({
      id: 'kw-prices',
      title: 'Kowhai prices',
      kind: 'pricing',
      body:
        '# Prices\n\nCrew is NZD 44 / AUD 40 per staff member per month. Crew includes 2 desk operator seats; ' +
        'more are NZD 19 / AUD 15 per seat per month.\n\nPremium setup: NZD 7,000 / AUD 6,400, one-off.\n\n' +
        'Texts above the bundle cost NZD 0.05 (AUD 0.04) each.\n\nRoute planner: NZD 11 / AUD 9 per staff member per month.',
    }),
  ],
  opportunities: [anOpportunity({ currency: 'AUD', amount: 11400, licensedSeats: 25 })],
});

const priceBlocks = (body: string) =>
  check(body, { world }).findings.filter(
    (f) => f.severity === 'block' && (f.kind === 'price' || f.kind === 'claim'),
  );

describe('prices in a book with two dollar lists', () => {
  it.each([
    'Premium setup: AUD 6,400, paid once.',
    'Premium setup: AUD 6,400 one-off, about six weeks.',
    'Two more operator desks come to AUD 15 a month each.',
    'Texts above the bundle are AUD 0.04 a message, so 3,200 x AUD 0.04 = AUD 128.',
    'Anything above the bundle costs 4 cents each.',
    'Crew includes 2 desk operator seats and you have 5 people on the desk, so 3 extra seats at AUD 15 a month each.',
    'Crew includes 2 operator seats; each further operator seat is AUD 15 a month.',
    'Route planner for 25 staff at AUD 9 each.',
  ])('passes %s', (body) => {
    expect(priceBlocks(body)).toEqual([]);
  });

  it.each([
    // The other list's price of the same thing, said in this deal's currency.
    'Premium setup: AUD 7,000, paid once.',
    // A one-off fee is no year of a plan for the deal's seats (25 × 40 × 12 × …).
    'Premium setup: AUD 12,000 one-off, about six weeks.',
    // A rate for one desk: twice the rate is no rate, whatever a count would make of it.
    'Two more operator desks come to AUD 30 a month each.',
    // A sub-dollar rate is exact to a twentieth of itself, not to half a cent.
    'Texts above the bundle are AUD 0.035 a message.',
    'Texts above the bundle are AUD 0.04 a message, so 3,200 x AUD 0.04 = AUD 150.',
    'Anything above the bundle costs 6 cents each.',
    'Crew includes 2 desk operator seats and you have 5 people on the desk, so 4 extra seats.',
    'Route planner for 25 staff at AUD 11 each.',
  ])('blocks %s', (body) => {
    expect(priceBlocks(body)).not.toEqual([]);
  });
});

// Kowhai's plan in two billing lines: the sentence's billing words say which line a rate is of.
const billed = aWorld({
  products: [
    aProduct({
      sku: 'KW-FLT-M',
      name: 'Kowhai Fleet, billed monthly',
      listPrice: 58,
      currency: 'AUD',
      unit: 'staff/month',
    }),
    aProduct({
      sku: 'KW-FLT-A',
      name: 'Kowhai Fleet, annual prepaid',
      listPrice: 50,
      currency: 'AUD',
      unit: 'staff/month',
    }),
  ],
  documents: [
    aDocument({
      id: 'kw-billing',
      title: 'Kowhai billing',
      kind: 'pricing',
      body: '# Billing\n\nFleet can be billed monthly or on annual prepaid, invoiced a year ahead.',
    }),
  ],
  opportunities: [anOpportunity({ currency: 'AUD', amount: 15000, licensedSeats: 25 })],
});
const billedBlocks = (body: string) =>
  check(body, { world: billed }).findings.filter((f) => f.severity === 'block' && f.kind === 'price');

describe('prices of a plan sold in billing lines', () => {
  it('passes the rate of the line the sentence names, or of either when it names none', () => {
    expect(
      billedBlocks('Kowhai Fleet for the move: AUD 50 per staff member per month on annual prepaid.'),
    ).toEqual([]);
    expect(
      billedBlocks('Kowhai Fleet for the move: AUD 58 per staff member per month, billed monthly.'),
    ).toEqual([]);
    expect(billedBlocks('Fleet is AUD 58 per staff member per month.')).toEqual([]);
  });
  it('blocks the other line rate said of the line the sentence names', () => {
    expect(
      billedBlocks('Kowhai Fleet for the move: AUD 58 per staff member per month on annual prepaid.'),
    ).not.toEqual([]);
  });
});
