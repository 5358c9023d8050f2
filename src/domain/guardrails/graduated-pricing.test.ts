import { describe, expect, it } from 'vitest';
import { aDocument, anOpportunity, aProduct, aWorld, check } from './guard-test-factories.ts';
import { buildProductCatalog } from './index/product-catalog.ts';

// A clinic-software seller priced per clinician in graduated tiers (each tier at its own rate), with
// a plan of two capitalised words, billing lines named "billed annually" / "billed monthly", a usage
// add-on sold per block of messages, and screening reports named "<kind>, <variant>".
const world = aWorld({
  opportunities: [anOpportunity({ name: 'Globex: Care Network, 240 clinicians', amount: 600000 })],
  products: [
    aProduct({ sku: 'DESK-A', name: 'Frontdesk, billed annually', listPrice: 79, unit: 'clinician/month' }),
    aProduct({ sku: 'DESK-M', name: 'Frontdesk, billed monthly', listPrice: 95, unit: 'clinician/month' }),
    aProduct({
      sku: 'CN-1',
      name: 'Care Network — clinicians 1–100',
      listPrice: 210,
      unit: 'clinician/month',
    }),
    aProduct({
      sku: 'CN-2',
      name: 'Care Network — clinicians 101–300',
      listPrice: 180,
      unit: 'clinician/month',
    }),
    aProduct({ sku: 'TXT', name: 'Text reminders', listPrice: 19, unit: '1,000 messages' }),
    aProduct({ sku: 'CHK-B', name: 'Credential check, Standard', listPrice: 20, unit: 'clinician' }),
    aProduct({ sku: 'CHK-E', name: 'Credential check, Extended', listPrice: 35, unit: 'clinician' }),
  ],
  documents: [
    aDocument({
      id: 'doc-prices',
      title: 'Price book',
      kind: 'pricing',
      body:
        '# Price book\n\n## Plans\n\n' +
        'Frontdesk is $79 per clinician per month billed annually, or $95 billed monthly.\n\n' +
        'Care Network fees are graduated: each tier is charged at its own rate. Clinicians 1–100: $210; ' +
        'clinicians 101–300: $180, per clinician per month.\n\n' +
        '## Add-ons\n\n' +
        '| Add-on | Price |\n| --- | --- |\n| Text reminders | $19 per 1,000 messages, billed monthly in arrears |\n\n' +
        '- Care Network includes 10,000 messages a month; above that, $19 per 1,000.\n\n' +
        '## Credential checks\n\nStandard: $20 per clinician. Extended: $35 per clinician.\n\n' +
        'Multi-year terms take 5% off plan fees.',
    }),
  ],
});
const blocked = (body: string) => check(body, { world }).blocked;

describe('graduated tiers', () => {
  it('backs a total worked out tier by tier for a count the draft gives', () => {
    // 100 × $210 + 140 × $180 = $46,200 a month, $554,400 a year; 5% off is $526,680.
    expect(blocked('240 clinicians on Care Network come to $46,200 a month, or $554,400 a year.')).toBe(
      false,
    );
    expect(blocked('With the 5% multi-year discount, 240 clinicians come to $526,680 a year.')).toBe(false);
  });

  it('blocks a total the tiers do not give', () => {
    expect(blocked('240 clinicians on Care Network come to $47,200 a month.')).toBe(true);
    expect(blocked('240 clinicians on Care Network come to $604,800 a year.')).toBe(true);
  });

  it('reads tiers as one rate for all where the documents say they are not graduated', () => {
    const allUnits = aWorld({
      ...world,
      products: world.products,
      documents: [
        aDocument({
          id: 'doc-prices',
          kind: 'pricing',
          body: 'Care Network tiers are not graduated: the tier of your count prices every clinician.',
        }),
      ],
      opportunities: world.opportunities,
    });
    expect(
      check('240 clinicians on Care Network come to $46,200 a month.', { world: allUnits }).blocked,
    ).toBe(true);
  });

  it('calls the plan by both its words and keeps what it includes out of the add-ons', () => {
    expect(
      blocked('Care Network includes 10,000 messages a month, so you would pay for texts above that.'),
    ).toBe(false);
    expect(blocked('With the 5% multi-year discount on Care Network, the plan fee comes down.')).toBe(false);
  });
});

describe('billing lines and usage rates', () => {
  it('prices the annually billed line where the sentence also names monthly billing', () => {
    expect(
      blocked('Frontdesk is $79 per clinician per month on annual billing, or $95 each on monthly billing.'),
    ).toBe(false);
    expect(
      blocked('Frontdesk is $85 per clinician per month on annual billing, or $95 each on monthly billing.'),
    ).toBe(true);
  });

  it('takes "billed monthly" after a price per block of usage as when it is billed', () => {
    expect(blocked('Text reminders are $19 per 1,000 messages, billed monthly.')).toBe(false);
    expect(blocked('Text reminders are $21 per 1,000 messages, billed monthly.')).toBe(true);
  });
});

describe('products named by their variant', () => {
  it('reads "Extended" as the extended credential check', () => {
    expect(blocked('Extended is $35 per clinician and adds the licence history.')).toBe(false);
    expect(blocked('Extended is $30 per clinician and adds the licence history.')).toBe(true);
  });

  it('reads a variant after a dash, by the first list that sells it', () => {
    const catalog = buildProductCatalog(
      [
        aProduct({ sku: 'ONB-S', name: 'Onboarding & migration — Small', listPrice: 1500 }),
        aProduct({ sku: 'ONB-L', name: 'Onboarding & migration — Large', listPrice: 9500 }),
        aProduct({
          sku: 'ONB-L-EUR',
          name: 'Onboarding & migration — Large',
          listPrice: 8900,
          currency: 'EUR',
        }),
      ],
      'Acme',
    );
    expect(catalog.mentions('Large is a one-off $9,500.').map((m) => m.sku)).toEqual(['ONB-L']);
  });

  it('names a product by a variant only where the variant is its alone', () => {
    const catalog = buildProductCatalog(
      [
        aProduct({ sku: 'ONB-C', name: 'Onboarding, Core' }),
        aProduct({ sku: 'ONB-P', name: 'Onboarding, Payroll' }),
        aProduct({ sku: 'ONB-X', name: 'Onboarding, Complete' }),
        aProduct({ sku: 'CORE', name: 'Core platform fee' }),
        aProduct({ sku: 'CORE-2', name: 'Core seats' }),
        aProduct({ sku: 'S-SE', name: 'Stage platform fee, Sweden' }),
        aProduct({ sku: 'V-SE', name: 'Venue platform fee, Sweden' }),
      ],
      'Acme',
    );
    expect(catalog.mentions('Core').map((m) => m.sku)).toEqual(['CORE']);
    expect(catalog.mentions('Payroll').map((m) => m.sku)).toEqual(['ONB-P']);
    expect(catalog.mentions('Sweden')).toEqual([]);
  });

  it('keeps the short name of a product listed in two currencies under tagged names', () => {
    const catalog = buildProductCatalog(
      [
        aProduct({ sku: 'ST', name: 'Extra document storage, 100 GB', listPrice: 5 }),
        aProduct({
          sku: 'ST-NZ',
          name: 'Extra document storage, 100 GB (NZ)',
          listPrice: 8,
          currency: 'NZD',
        }),
      ],
      'Acme',
    );
    expect(catalog.mentions('Extra document storage: $5 per 100 GB').map((m) => m.sku)).toEqual(['ST']);
  });
});

describe('a row of tier prices under a billing heading', () => {
  // "### Billed annually" over "Fleet: 1–49 vans: $27.00; 50–199 vans: $24.00": each amount is its
  // own tier's, so $27 backs no price said of 85 vans.
  const tiers = aWorld({
    products: [
      aProduct({ sku: 'F-A1', name: 'Fleet, billed annually, 1–49 vans', listPrice: 27, unit: 'van/month' }),
      aProduct({
        sku: 'F-A2',
        name: 'Fleet, billed annually, 50–199 vans',
        listPrice: 24,
        unit: 'van/month',
      }),
      aProduct({ sku: 'F-M1', name: 'Fleet, billed monthly, 1–49 vans', listPrice: 32, unit: 'van/month' }),
      aProduct({ sku: 'F-M2', name: 'Fleet, billed monthly, 50–199 vans', listPrice: 28, unit: 'van/month' }),
    ],
    documents: [
      aDocument({
        id: 'doc-fleet',
        kind: 'pricing',
        body:
          '# Fleet prices\n\n### Billed annually\n\nFleet: 1–49 vans: $27.00; 50–199 vans: $24.00.\n\n' +
          '### Billed monthly\n\nFleet: 1–49 vans: $32.00; 50–199 vans: $28.00.',
      }),
    ],
  });
  const priceFlagged = (amount: string) =>
    check(`On annual billing, Fleet for 85 vans is ${amount} a van a month.`, { world: tiers }).findings.some(
      (f) => f.kind === 'price' && f.text.startsWith(amount),
    );

  it("prices each count at its own tier's cell", () => {
    expect(priceFlagged('$24')).toBe(false);
    expect(priceFlagged('$27')).toBe(true);
  });
});
