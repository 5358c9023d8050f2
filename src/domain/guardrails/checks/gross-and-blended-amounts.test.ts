import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Tiller, an invented seller of rota planning in pounds: a price per scheduler per month on two plans,
// billed annually or monthly, a per-scheduler add-on and a per-kiosk one, a size table that takes the
// plan fee down ("reduction", never the word "discount"), a multi-year programme and VAT on top.
const world = aWorld({
  products: [
    aProduct({ sku: 'TL-SPR-A', name: 'Sprout (annual billing)', listPrice: 6, unit: 'scheduler/month' }),
    aProduct({ sku: 'TL-SPR-M', name: 'Sprout (monthly billing)', listPrice: 7.2, unit: 'scheduler/month' }),
    aProduct({ sku: 'TL-CAN-A', name: 'Canopy (annual billing)', listPrice: 10, unit: 'scheduler/month' }),
    aProduct({ sku: 'TL-CAN-M', name: 'Canopy (monthly billing)', listPrice: 12, unit: 'scheduler/month' }),
    aProduct({
      sku: 'TL-SWAP-A',
      name: 'Shift Swap add-on (annual billing)',
      listPrice: 1.5,
      unit: 'scheduler/month',
    }),
    aProduct({
      sku: 'TL-SWAP-M',
      name: 'Shift Swap add-on (monthly billing)',
      listPrice: 1.9,
      unit: 'scheduler/month',
    }),
    aProduct({ sku: 'TL-KIOSK', name: 'Kiosk Mode add-on', listPrice: 30, unit: 'kiosk/month' }),
  ].map((p) => ({ ...p, currency: 'GBP' })),
  documents: [
    aDocument({
      id: 'tl-prices',
      title: 'Tiller prices',
      kind: 'pricing',
      body:
        '# Tiller prices\n\nPrices are in pounds and exclude VAT.\n\n' +
        '| Plan | Annual billing, per scheduler per month | Monthly billing, per scheduler per month |\n| --- | --- | --- |\n' +
        '| Sprout | £6.00 | £7.20 |\n| Canopy | £10.00 | £12.00 |\n\n' +
        '## Add-ons\n\n| Add-on | Annual billing | Monthly billing |\n| --- | --- | --- |\n' +
        '| Shift Swap | £1.50 per scheduler per month | £1.90 per scheduler per month |\n' +
        '| Kiosk Mode | £30 per kiosk per month | £30 per kiosk per month |\n\n' +
        '## Size table\n\nOn annual billing the plan fee per scheduler falls with the committed count.\n\n' +
        '| Committed schedulers | Reduction on the plan fee |\n| --- | --- |\n| up to 499 | list price |\n' +
        '| 500 to 1,999 | 5% |\n| 2,000 or more | 10% |\n\nThe size table applies to the plan fee only, never to add-ons.\n\n' +
        '## VAT\n\nUK customers pay VAT at the standard rate (currently 20%) on top of these prices.',
    }),
    aDocument({
      id: 'tl-terms',
      title: 'Commercial terms',
      kind: 'policy',
      body: '# Multi-year terms\n\n- 24-month term: 8% off the plan fee.\n- 36-month term: 12% off the plan fee.',
    }),
  ],
  opportunities: [
    // 800 × (£10 less 5%, plus £1.50) × 12.
    anOpportunity({
      name: 'Marlow Hospitals: Canopy, 800 schedulers + Shift Swap',
      amount: 105_600,
      currency: 'GBP',
      licensedSeats: undefined,
    }),
  ],
  activities: [anEmail({ body: 'We have 800 schedulers across the trust. What would the year cost us?' })],
});

const priceBlocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.kind === 'price');

const TRUE_QUOTES = [
  // 800 × £9.50 × 12, 800 × £1.50 × 12, their sum, and the sum with VAT.
  'Canopy for 800 schedulers is £91,200 a year after the 5% band, plus £14,400 for Shift Swap: £105,600 a year, or £126,720 with VAT at 20%.',
  // The VAT alone on the record's total.
  'VAT is charged at 20% on top: on £105,600 that is £21,120.',
  // A year's total spread over its months.
  'The £105,600 a year is £8,800 a month if you spread it, though it is invoiced annually.',
  // Monthly billing: each monthly line for the deal's size.
  'Paying monthly instead would be £11,120 a month for Canopy and Shift Swap together.',
  // A plan's rate after the band and the add-on's list rate, said as one rate.
  'All in with Shift Swap it comes to £11.00 per scheduler per month.',
  // A line added to the deal's recorded total, said as a total.
  'Four Kiosk Mode kiosks are £120 a month, £1,440 a year, which brings the yearly total to £107,040.',
  // The gap between two yearly amounts, and that gap over the term.
  'On a 24-month term the plan fee is £83,904 a year against £91,200, so you save £7,296 a year, or £14,592 over the 24 months.',
  // The plan named the sentence before; the add-on named after the rate prices only the last amount.
  'Canopy keeps rotas for five years. For 800 schedulers that is £9.50 per scheduler per month after the band, £91,200 a year, or £105,600 with Shift Swap.',
];

/** The draft with one amount moved by `factor`, written with the digits the original shows. */
function perturbed(body: string, amount: string, factor: number): string {
  const decimals = amount.includes('.') ? (amount.split('.')[1]?.length ?? 0) : 0;
  const value = Number(amount.replace(/,/g, '')) * factor;
  const written = value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return body.replace(`£${amount}`, `£${written}`);
}

describe('amounts a draft grosses up, spreads or blends', () => {
  it.each(TRUE_QUOTES)('passes %s', (body) => {
    expect(priceBlocks(body)).toEqual([]);
  });

  // Every amount of every true quote, moved 7% or 13% either way, must block.
  it.each(
    TRUE_QUOTES.flatMap((body) =>
      [...body.matchAll(/£([\d,]+(?:\.\d+)?)/g)]
        .filter((m) => !['20', '24'].includes(m[1]!))
        .flatMap((m) => [0.87, 0.93, 1.07, 1.13].map((f) => [perturbed(body, m[1]!, f)] as const)),
    ),
  )('blocks the moved amount in %s', (body) => {
    expect(priceBlocks(body)).not.toEqual([]);
  });
});

describe('rates said per the unit the price book sells by', () => {
  it.each([
    'Canopy is £10.00 per scheduler per month on annual billing.',
    'Sprout on monthly billing is £7.20 per scheduler per month.',
  ])('passes %s', (body) => {
    expect(priceBlocks(body)).toEqual([]);
  });

  it.each([
    // Not the list rate, though a stated count times another line would reach it.
    'Canopy is £10.50 per scheduler per month on annual billing.',
    // The band of another size: 800 schedulers take 5% off, not 10%.
    'After the band Canopy is £9.00 per scheduler per month, so £86,400 a year for your 800.',
    // The size table takes down the plan fee only.
    'With the 5% band, Shift Swap is £1.43 per scheduler per month.',
    // A tax the documents do not charge on top, or none spoken of.
    'With VAT at 20% the year comes to £132,000.',
    'The year comes to £126,720.',
  ])('blocks %s', (body) => {
    expect(priceBlocks(body)).not.toEqual([]);
  });
});
