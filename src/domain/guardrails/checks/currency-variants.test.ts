import { describe, expect, it } from 'vitest';
import { aProduct, aWorld } from '../guard-test-factories.ts';
import { buildGuardIndex } from '../index/guard-index.ts';
import { variantIn } from './currency-variants.ts';

describe('a line sold in another currency', () => {
  const { catalog } = buildGuardIndex(
    aWorld({
      products: [
        aProduct({ sku: 'GW', name: 'Edge Gateway', listPrice: 690, currency: 'CHF', unit: 'gateway' }),
        aProduct({
          sku: 'GW-AU',
          name: 'Edge Gateway, Australia',
          listPrice: 1200,
          currency: 'AUD',
          unit: 'gateway',
        }),
        aProduct({ sku: 'PACK', name: 'Credit pack', listPrice: 900, currency: 'CHF', unit: 'pack' }),
      ],
    }),
  );

  it('is the longer-named line in the amount’s currency', () => {
    expect(variantIn(catalog, 'GW', 'AUD')?.sku).toBe('GW-AU');
  });

  it('is nothing where the price book has no such line', () => {
    expect(variantIn(catalog, 'PACK', 'AUD')).toBeUndefined();
    expect(variantIn(catalog, 'GW', 'CHF')).toBeUndefined();
  });
});
