import { describe, expect, it } from 'vitest';
import type { CatalogProduct } from '../index/product-catalog.ts';
import { kindOf, productsOfKind } from './products-by-kind.ts';

const product = (sku: string, name: string, currency = 'EUR'): CatalogProduct => ({
  sku,
  name,
  listPrice: 1,
  currency,
  period: 'month',
  perSeat: false,
  aliases: [name],
  bands: [],
});

const catalog = [
  product('PLAN', 'Acme Orbit'),
  product('CAM-B', 'K9 camera (bought)'),
  product('CAM-R', 'K9 camera (rented)'),
  product('CAM-R-US', 'K9 camera (rented, US)', 'USD'),
  product('SUP', 'Priority support'),
];
const kinds = (passage: string, named: string[] = [], currency = 'EUR') =>
  productsOfKind(catalog, 'Acme Systems', passage, new Set(named), currency);

describe('productsOfKind', () => {
  it('reads a product name as a kind, its variants and what tells it apart', () => {
    expect(kindOf(catalog[2]!, 'Acme Systems')).toMatchObject({ head: 'camera', qualifiers: ['rent'] });
    // A name ending on a proper noun is a name, not a kind.
    expect(kindOf(catalog[0]!, 'Acme Systems')).toBeUndefined();
  });
  it('finds every variant of a kind the passage names, or the ones its qualifier picks', () => {
    expect(kinds('and €300 for two more cameras')).toEqual(['CAM-B', 'CAM-R']);
    expect(kinds('€14 a month for each rented camera')).toEqual(['CAM-R']);
    expect(kinds('each rented camera', [], 'USD')).toEqual(['CAM-R-US']);
  });
  it('needs every word that says which one it is, and leaves a kind the passage names outright', () => {
    // "support" alone is not Priority support.
    expect(kinds('24/7 support is included')).toEqual([]);
    expect(kinds('the K9 camera (rented) and two more cameras', ['CAM-R'])).toEqual([]);
  });
  it('takes a long name by its last two words where no other kind shares them', () => {
    const desks = [product('DESK', 'Back office operator seat'), product('VIEW', 'Read-only viewer seat')];
    const of = (passage: string) => productsOfKind(desks, 'Acme Systems', passage, new Set(), 'EUR');
    expect(of('two more operator seats')).toEqual(['DESK']);
    // "seat" alone could be either.
    expect(of('two more seats')).toEqual([]);
    const twins = [...desks, product('DESK-2', 'Field office operator seat')];
    expect(productsOfKind(twins, 'Acme Systems', 'two more operator seats', new Set(), 'EUR')).toEqual([]);
  });
});

describe('a kind named by the one word that sets it apart', () => {
  const fees = [
    product('ACH', 'ACH payment fee', 'USD'),
    product('CARD', 'Card payment fee, fixed part', 'USD'),
    product('STOR', 'Extra photo storage, 50 GB', 'USD'),
    product('KEY-C', 'Keystone C hardware key', 'USD'),
    product('KEY-N', 'Keystone N hardware key', 'USD'),
  ];
  const of = (passage: string) => productsOfKind(fees, 'Sorrelby', passage, new Set(), 'USD');

  it('reads "the ACH fee" as the ACH payment fee', () => {
    expect(of('you choose whether to absorb the ACH fee')).toEqual(['ACH']);
  });

  it('takes no everyday word or single letter for that word', () => {
    expect(of('extra storage is $10 a month')).toEqual([]);
    expect(of('Keystone N keys are C$72 each')).toEqual([]);
  });
});
