import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Kittiwake, an invented seller of river-level telemetry in Swedish kronor: a yearly platform fee per
// plan, a one-off onboarding per plan, field hubs bought once per site, a yearly add-on, a rate per
// credit above the included ones, and multi-year discounts on the platform fee only.
const world = aWorld({
  products: [
    aProduct({ sku: 'KW-BROOK', name: 'Brook platform fee', listPrice: 24_000, unit: 'year' }),
    aProduct({ sku: 'KW-FJORD', name: 'Fjord platform fee', listPrice: 60_000, unit: 'year' }),
    aProduct({ sku: 'KW-FLOOD', name: 'Flood Watch', listPrice: 6_000, unit: 'year', description: 'Add-on' }),
    aProduct({ sku: 'KW-HUB', name: 'H-3 Field Hub', listPrice: 1_500, unit: 'hub', description: 'One-off' }),
    aProduct({ sku: 'KW-ONB-B', name: 'Onboarding, Brook', listPrice: 10_000, unit: 'one-off' }),
    aProduct({ sku: 'KW-ONB-F', name: 'Onboarding, Fjord', listPrice: 18_000, unit: 'one-off' }),
  ].map((p) => ({ ...p, currency: 'SEK' })),
  documents: [
    aDocument({
      id: 'kw-prices',
      title: 'Kittiwake prices',
      kind: 'pricing',
      body:
        '# Prices\n\n| Plan | Platform fee per year | Onboarding fee (one-off) |\n| --- | --- | --- |\n' +
        '| Brook | SEK 24,000 | SEK 10,000 |\n| Fjord | SEK 60,000 | SEK 18,000 |\n\n' +
        '## Add-ons\n\n| Add-on | Price |\n| --- | --- |\n| Flood Watch | SEK 6,000 per year |\n' +
        '| H-3 Field Hub | SEK 1,500 per hub, one-off |\n\n' +
        '## Usage\n\nReadings above the included credits are invoiced at SEK 2.50 per credit, quarterly.\n\n' +
        '## Services\n\nA site survey before installation costs SEK 4,000.\n\n' +
        '## Size bands\n\n| Sites | Reduction on the platform fee |\n| --- | --- |\n| up to 9 | list price |\n| 10 or more | 8% |',
    }),
    aDocument({
      id: 'kw-terms',
      title: 'Commercial terms',
      kind: 'policy',
      body: '# Multi-year terms\n\n- 24 months: 5% off the platform fee.\n- 36 months: 12% off the platform fee.',
    }),
  ],
  opportunities: [
    // Fjord on 36 months (60,000 less 12%) with Flood Watch: SEK 58,800 a year.
    anOpportunity({
      name: 'Globex Mills: Fjord, 8 sites, Flood Watch',
      amount: 58_800,
      currency: 'SEK',
      licensedSeats: undefined,
    }),
  ],
  activities: [anEmail({ body: 'We run 8 sites today. What does the first year cost, hubs included?' })],
});

const priceBlocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.kind === 'price');

const TRUE_QUOTES = [
  // 58,800 + the Fjord onboarding 18,000 + 8 hubs × 1,500.
  'Year one comes to SEK 88,800 including the Fjord onboarding and a field hub per site, then SEK 58,800 a year.',
  // Three years of the record plus the same one-off lines.
  'Over the 36 months, onboarding and hubs included, the total is SEK 206,400.',
  // The one-off lines on their own.
  'The one-off part is SEK 30,000 for onboarding and the eight hubs.',
  // The record with its platform fee moved from the 36-month discount to the 24-month one: 58,800 + 60,000 × 7%.
  'On 24 months the 5% multi-year discount applies instead, so each year comes to SEK 63,000.',
  // A first year needs no list of its one-off lines.
  'On 24 months, year one would be SEK 93,000 and year two SEK 63,000.',
  'Roughly SEK 88.8k in year one with the onboarding and hubs.',
];

/** The draft with one amount moved by `factor`, written with the digits the original shows. */
function perturbed(body: string, amount: string, factor: number): string {
  const rounded = /k$/.test(amount);
  const value = Number(amount.replace(/[^\d.]/g, '')) * (rounded ? 1000 : 1) * factor;
  const written = rounded ? `${(value / 1000).toFixed(1)}k` : Math.round(value).toLocaleString('en-US');
  return body.replace(`SEK ${amount}`, `SEK ${written}`);
}

describe('quote totals built on the deal’s yearly amount', () => {
  it.each(TRUE_QUOTES)('passes %s', (body) => {
    expect(priceBlocks(body)).toEqual([]);
  });

  // Every amount of every true quote, moved 7% or 13% either way, must block.
  it.each(
    TRUE_QUOTES.flatMap((body) =>
      [...body.matchAll(/SEK ([\d,.]+k?)/g)].flatMap((m) =>
        [0.87, 0.93, 1.07, 1.13].map((f) => [perturbed(body, m[1]!, f)] as const),
      ),
    ),
  )('blocks the moved amount in %s', (body) => {
    expect(priceBlocks(body)).not.toEqual([]);
  });

  it.each([
    'Year one comes to SEK 95,000 including the Fjord onboarding and a field hub per site, then SEK 58,800 a year.',
    'Over the 36 months, onboarding and hubs included, the total is SEK 191,950.',
    'The one-off part is SEK 32,100 for onboarding and the eight hubs.',
    'On 24 months the 5% multi-year discount applies instead, so each year comes to SEK 67,400.',
    'On 24 months, year one would be SEK 86,500 and year two SEK 63,000.',
    'Roughly SEK 95.0k in year one with the onboarding and hubs.',
  ])('blocks %s', (body) => {
    expect(priceBlocks(body)).not.toEqual([]);
  });
});

describe('prices of single lines stay exact', () => {
  it.each([
    'Brook is SEK 24,000 a year, which is SEK 2,000 a month.',
    'The Fjord onboarding fee is SEK 18,000, paid once.',
    'Beyond the included credits, readings cost SEK 2.50 per credit.',
    'A site survey before the install is SEK 4,000.',
    // The record restated for the term, rounded to the hundreds it shows: 3 × 58,800.
    'Across the 36 months that is about SEK 176.4k.',
  ])('passes %s', (body) => {
    expect(priceBlocks(body)).toEqual([]);
  });

  it.each([
    // A month's share of a yearly platform fee times the site count is no fee.
    'For your 7 sites the Brook platform fee is SEK 14,000.',
    // Within half a percent of the list fee, but not the list fee.
    'The Fjord onboarding fee is SEK 18,050, paid once.',
    // A rate is exact to the öre: SEK 2.90 is no SEK 2.50 give or take a krona.
    'Beyond the included credits, readings cost SEK 2.90 per credit.',
    // A price-list line is no amount on the deal's record: three surveys are no Brook fee for the term.
    'Over the 36 months the Brook platform fee totals SEK 12,000.',
    // "176.0k" shows its hundreds, so it rounds no further than SEK 50.
    'Across the 36 months that is about SEK 176.0k.',
  ])('blocks %s', (body) => {
    expect(priceBlocks(body)).not.toEqual([]);
  });
});

describe('rounding said after an amount', () => {
  // Northwind Enterprise at $65 a seat a month: 47 seats for a year is $36,660.
  it('reads "or so" as rounding', () => {
    expect(
      check('Enterprise for 47 seats comes to $37k or so a year.').findings.filter((f) => f.kind === 'price'),
    ).toEqual([]);
  });
  it('still blocks a rounded amount the price does not reach', () => {
    expect(
      check('Enterprise for 47 seats comes to $34k or so a year.').findings.filter(
        (f) => f.kind === 'price' && f.severity === 'block',
      ),
    ).not.toEqual([]);
  });
});

describe('amounts written to the cent', () => {
  const priceBlocksHere = (body: string) =>
    check(body).findings.filter((f) => f.kind === 'price' && f.severity === 'block');
  // Northwind Pro at $40 a seat a month, 10% off on a three-year commitment: $36.00.
  it('passes a discounted rate to the cent', () => {
    expect(priceBlocksHere('On a three-year commitment Pro is $36.00 a seat a month.')).toEqual([]);
  });
  it('blocks a rate a cent away, which no rounding of the discounted rate gives', () => {
    expect(priceBlocksHere('On a three-year commitment Pro is $36.01 a seat a month.')).not.toEqual([]);
  });
});

describe('a documented percentage the sentence prices under', () => {
  // 12 sites fall in the 8% size band: 60,000 less 8%.
  it('passes the fee worked out under it', () => {
    expect(
      priceBlocks('With 12 sites you fall in the 8% size band, so Fjord costs SEK 55,200 a year.'),
    ).toEqual([]);
  });
  it('blocks a fee the percentage does not give', () => {
    expect(
      priceBlocks('With 12 sites you fall in the 8% size band, so Fjord costs SEK 56,200 a year.'),
    ).not.toEqual([]);
  });
});
