import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Pellham, an invented seller of ferry booking software in pounds: a per-berth plan, a one-off
// installation fee and VAT at 20% on top, which a customer who cannot reclaim it asks about.
const world = aWorld({
  products: [
    aProduct({ sku: 'PH-DOCK', name: 'Pellham Dock', listPrice: 4, unit: 'berth/month' }),
    aProduct({ sku: 'PH-INSTALL', name: 'Installation', listPrice: 1_175, unit: 'one-off' }),
    aProduct({ sku: 'PH-SIGN', name: 'Signage kit', listPrice: 655, unit: 'one-off' }),
  ].map((p) => ({ ...p, currency: 'GBP' })),
  documents: [
    aDocument({
      id: 'ph-prices',
      title: 'Pellham prices',
      kind: 'pricing',
      body:
        '# Pellham prices\n\nPrices are in pounds and exclude VAT.\n\n' +
        '| Item | Price |\n| --- | --- |\n| Pellham Dock | £4 per berth per month |\n' +
        '| Installation | £1,175 one-off |\n| Signage kit | £655 one-off |\n\n' +
        '## VAT\n\nVAT at 20% is charged on top of these prices.',
    }),
  ],
  opportunities: [anOpportunity({ name: 'Brixham Marina: Dock', amount: 2_000, currency: 'GBP' })],
  activities: [anEmail({ body: 'We cannot reclaim VAT. What is installation with it included?' })],
});

const priceBlocked = (body: string) =>
  check(body, { world }).findings.some((f) => f.severity === 'block' && f.kind === 'price');

describe('amounts said with tax', () => {
  it.each([
    'Installation is a one-off £1,175, which is £1,410 with VAT.',
    'Including VAT, installation is £1,410.',
    'Installation comes to £1,410 VAT included.',
  ])('passes a documented price grossed up by the documented tax: %s', (body) => {
    expect(priceBlocked(body)).toBe(false);
  });

  it.each([
    // The net amount is wrong, whatever the gross one beside it says.
    'Installation is a one-off £1,000, which is £1,410 with VAT.',
    // A gross amount of no documented price.
    'Installation comes to £1,510 including VAT.',
    // Said before tax, the amount must be a net price itself.
    'Installation is £1,410 before VAT.',
    // Tax spoken of, but not as part of this amount.
    'Installation is £1,410, and VAT is added on the invoice.',
  ])('blocks an amount that is no documented price, net or gross: %s', (body) => {
    expect(priceBlocked(body)).toBe(true);
  });
});
