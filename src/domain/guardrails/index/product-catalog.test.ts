import { describe, expect, it } from 'vitest';
import { aProduct } from '../guard-test-factories.ts';
import { buildProductCatalog, listEndingAt } from './product-catalog.ts';

describe('product catalog names', () => {
  const catalog = buildProductCatalog(
    [
      aProduct({ sku: 'P', name: 'Acme Professional platform fee', listPrice: 400, unit: 'month' }),
      aProduct({ sku: 'P-GB', name: 'Acme Professional ingest', listPrice: 0.4, unit: 'GB' }),
      aProduct({ sku: 'E', name: 'Acme Enterprise platform fee', listPrice: 2000, unit: 'month' }),
      aProduct({ sku: 'E-GB', name: 'Acme Enterprise ingest', listPrice: 0.55, unit: 'GB' }),
      aProduct({ sku: 'APM', name: 'APM', listPrice: 18, unit: 'host/month' }),
    ],
    'Acme',
  );
  const skus = (text: string) => catalog.mentions(text).map((m) => m.sku);

  it('names a plan priced in lines by its plan name and short forms, for its first line', () => {
    expect(skus('Professional, Pro, Prof, Enterprise and Ent')).toEqual(['P', 'P', 'P', 'E', 'E']);
    expect(catalog.lines.get('P-GB')).toEqual(['P', 'P-GB']);
  });

  it('names a product by what follows a product-line name several products start with', () => {
    const desk = buildProductCatalog(
      [
        'Dunlowe Desk Essentials (annual billing)',
        'Dunlowe Desk Essentials (monthly billing)',
        'Dunlowe Desk Plus',
        'Dunlowe Desk Professional',
        'Dunlowe Desk Enterprise',
        'Dunlowe Copilot (AI add-on)',
      ].map((name, i) => aProduct({ sku: `DL-${i}`, name, listPrice: 40, unit: 'seat/month' })),
      'Dunlowe',
    );
    const named = (text: string) => desk.mentions(text).map((m) => m.sku);
    expect(named('Plus is $43 a seat and Professional $78; Dunlowe Desk Enterprise has SCIM.')).toEqual([
      'DL-2',
      'DL-3',
      'DL-4',
    ]);
    expect(named('our desk, plus a portal')).toEqual([]);
  });

  it('gives the lines of one plan each other’s features', () => {
    expect(catalog.includes.get('P-GB')?.has('P')).toBe(true);
    expect(catalog.includes.get('P')?.has('P-GB')).toBe(true);
  });

  it('counts the metered units the price book sells by', () => {
    expect('about 140 hosts today'.match(catalog.metered!)?.[0]).toBe('140 hosts');
    expect(skus('a pro at this, and a proposal')).toEqual([]);
  });
});

describe('lists of products', () => {
  const catalog = buildProductCatalog(
    [
      aProduct({ sku: 'S', name: 'Sprout', listPrice: 9, unit: 'user/month' }),
      aProduct({ sku: 'G', name: 'Grove', listPrice: 19, unit: 'user/month' }),
      aProduct({ sku: 'F', name: 'Forest', listPrice: 39, unit: 'user/month' }),
    ],
    'Arbor',
  );
  const listBefore = (text: string) => {
    const mentions = catalog.mentions(text);
    return listEndingAt(text, mentions, mentions.at(-1)!).map((m) => m.sku);
  };

  it('reads the whole list a label names, not only its last plan', () => {
    expect(listBefore('**Every tier (Sprout, Grove and Forest):**')).toEqual(['S', 'G', 'F']);
    expect(listBefore('Grove / Forest: seat analytics')).toEqual(['G', 'F']);
  });

  it('stops at a plan named apart from the list', () => {
    expect(listBefore('Move from Sprout to Forest:')).toEqual(['F']);
  });
});

describe('plans sold as one line each', () => {
  const catalog = buildProductCatalog(
    [
      aProduct({ sku: 'H', name: 'Heron Harbour platform fee', listPrice: 900, unit: 'year' }),
      aProduct({ sku: 'L', name: 'Heron Lagoon plan', listPrice: 2400, unit: 'year' }),
      aProduct({ sku: 'B', name: 'Heron Buoy kit', listPrice: 300, unit: 'kit' }),
      aProduct({ sku: 'T', name: 'Heron Tide edition', listPrice: 5000, unit: 'year' }),
    ],
    'Heron',
  );
  const skus = (text: string) => catalog.mentions(text).map((m) => m.sku);

  it('names a plan by its own name when its line is only the plan and its charge', () => {
    expect(skus('Harbour: up to 5 berths; Lagoon and Tide have more.')).toEqual(['H', 'L', 'T']);
  });

  it('does not shorten a product whose other words say what it is', () => {
    expect(skus('One Buoy per berth.')).toEqual([]);
  });
});

describe('names that say how a line is sold', () => {
  const catalog = buildProductCatalog(
    [
      aProduct({
        sku: 'ST',
        name: 'Meterglade Stride (per kiosk, monthly billing)',
        listPrice: 59,
        unit: 'kiosk/month',
      }),
      aProduct({
        sku: 'SU-A',
        name: 'Meterglade Summit (annual billing)',
        listPrice: 79,
        unit: 'kiosk/month',
      }),
      aProduct({
        sku: 'SU-M',
        name: 'Meterglade Summit (monthly billing)',
        listPrice: 89,
        unit: 'kiosk/month',
      }),
      aProduct({ sku: 'PP', name: 'Permit portal add-on', listPrice: 120, unit: 'car park/month' }),
    ],
    'Meterglade',
  );
  const skus = (text: string) => catalog.mentions(text).map((m) => m.sku);

  it('names a line without how it is sold, unless another line shares what is left', () => {
    expect(skus('Stride with the Permit portal')).toEqual(['ST', 'PP']);
    expect(catalog.bySku.get('ST')?.aliases).toContain('Meterglade Stride');
    for (const sku of ['SU-A', 'SU-M'])
      expect(catalog.bySku.get(sku)?.aliases).not.toContain('Meterglade Summit');
    expect(catalog.lines.get('SU-M')).toEqual(['SU-A', 'SU-M']);
  });
});

describe('words that start what is sold beside a plan', () => {
  it('names no plan family after "Extra" or "Onboarding"', () => {
    const catalog = buildProductCatalog(
      [
        aProduct({ sku: 'S-1', name: 'Extra office user, Build (annual)', listPrice: 35 }),
        aProduct({ sku: 'S-2', name: 'Extra office user, Pro (annual)', listPrice: 30 }),
        aProduct({ sku: 'S-3', name: 'Extra storage block, 500 GB', listPrice: 60 }),
      ],
      'Cindervale',
    );
    expect(catalog.mentions('Extra office user, annual: $35; Storage included: 250 GB.')).toEqual([]);
  });
});

describe('two plans whose names start alike', () => {
  const catalog = buildProductCatalog(
    [
      aProduct({ sku: 'A-1', name: 'Access, Band 1 (1–499 users)', listPrice: 6 }),
      aProduct({ sku: 'A-2', name: 'Access, Band 2 (500–1,499 users)', listPrice: 5.25 }),
      aProduct({ sku: 'P-1', name: 'Access Plus, Band 1 (1–499 users)', listPrice: 9 }),
      aProduct({ sku: 'P-2', name: 'Access Plus, Band 2 (500–1,499 users)', listPrice: 8 }),
    ],
    'Juniperline',
  );

  it('names each by its whole name, and keeps their lines apart', () => {
    expect(catalog.mentions('Access Plus or Access?').map((m) => m.sku)).toEqual(['P-1', 'A-1']);
    expect(catalog.lines.get('P-2')).toEqual(['P-1', 'P-2']);
    expect(catalog.lines.get('A-1')).toEqual(['A-1', 'A-2']);
  });

  it('names a product by what comes before how it is sold, in either currency list', () => {
    const addOns = buildProductCatalog(
      [
        aProduct({ sku: 'PAM', name: 'Privileged Access, admin seat', listPrice: 38 }),
        aProduct({
          sku: 'PAM-CA',
          name: 'Privileged Access, admin seat — CAD',
          listPrice: 50,
          currency: 'CAD',
        }),
        aProduct({ sku: 'A-1', name: 'Access, Band 1 (1–499 users)', listPrice: 6 }),
      ],
      'Juniperline',
    );
    expect(addOns.mentions('Privileged Access on Access').map((m) => m.sku)).toEqual(['PAM', 'A-1']);
    // "Keystone C" and "Keystone N" are two keys, not two lines of one "Keystone".
    const keys = buildProductCatalog(
      [
        aProduct({ sku: 'KC', name: 'Keystone C hardware key (USB-C)', listPrice: 55, unit: 'key' }),
        aProduct({ sku: 'KN', name: 'Keystone N hardware key (USB-A + NFC)', listPrice: 62, unit: 'key' }),
        aProduct({ sku: 'KC-CA', name: 'Keystone C hardware key (USB-C) — CAD', listPrice: 72, unit: 'key' }),
        aProduct({
          sku: 'KN-CA',
          name: 'Keystone N hardware key (USB-A + NFC) — CAD',
          listPrice: 81,
          unit: 'key',
        }),
      ],
      'Juniperline',
    );
    expect(keys.mentions('Keystone N or Keystone C').map((m) => m.sku)).toEqual(['KN', 'KC']);
    expect(keys.lines.get('KN')).toEqual(['KN', 'KN-CA']);
  });
});

describe('a product listed in two currencies', () => {
  const catalog = buildProductCatalog(
    [
      aProduct({
        sku: 'VID',
        name: 'Extended video storage (12 months)',
        listPrice: 3,
        unit: 'dashcam/month',
      }),
      aProduct({
        sku: 'VID-EUR',
        name: 'Extended video storage (12 months)',
        listPrice: 3.5,
        currency: 'EUR',
        unit: 'dashcam/month',
      }),
    ],
    'Rookfield',
  );
  const skus = (text: string) => catalog.mentions(text).map((m) => m.sku);

  it('is named without how it is sold, as one list would name it', () => {
    expect(skus('extended video storage keeps clips for a year')).toEqual(['VID']);
  });
});
