import { describe, expect, it } from 'vitest';
import { aProduct } from '../guard-test-factories.ts';
import { linesSaid } from './billing-lines.ts';
import { buildProductCatalog } from './product-catalog.ts';
import { linesForSize } from './tier-lines.ts';

describe('lines named for a size', () => {
  const catalog = buildProductCatalog(
    [
      aProduct({
        sku: 'T1',
        name: 'Sentinel subscription, 1–49 vehicles',
        listPrice: 27,
        unit: 'vehicle/month',
      }),
      aProduct({
        sku: 'T2',
        name: 'Sentinel subscription, 50–199 vehicles',
        listPrice: 24,
        unit: 'vehicle/month',
      }),
      aProduct({
        sku: 'T3',
        name: 'Sentinel subscription, 200+ vehicles',
        listPrice: 21,
        unit: 'vehicle/month',
      }),
      aProduct({ sku: 'APP', name: 'Driver app', listPrice: 2.5, unit: 'driver/month' }),
    ],
    'Rookfield',
  );
  const all = ['T1', 'T2', 'T3'];

  it('keeps the tier that holds the count the sentence gives', () => {
    expect(linesForSize(catalog, all, 'Sentinel for 85 vans is £24 a van a month.')).toEqual(['T2']);
    expect(linesForSize(catalog, all, 'For your 230 vehicles Sentinel is £21.')).toEqual(['T3']);
  });

  it('keeps every tier a comparison reaches', () => {
    expect(linesForSize(catalog, all, 'At 45 vans it is £27; at 60 vans, £24.')).toEqual(['T1', 'T2']);
  });

  it('keeps all lines when the sentence gives no count, or the lines are no tiers', () => {
    expect(linesForSize(catalog, all, 'Sentinel is £24 a van a month.')).toEqual(all);
    expect(linesForSize(catalog, ['APP'], 'The app for 85 drivers is £2.50 each.')).toEqual(['APP']);
  });

  it("never takes a figure's digits for a tier's name", () => {
    // "£1,958.40" holds a "1", as "1–49 vehicles" does: only a count picks a tier.
    const said = 'Sentinel is £30.60 a bus, which is £1,958.40 a month for 64 buses.';
    expect(linesSaid(catalog, 'T2', said)).toEqual(all);
    expect(linesForSize(catalog, linesSaid(catalog, 'T2', said), said)).toEqual(['T2']);
  });

  it('takes no line whose own words the sentence leaves out but one', () => {
    const withMinimum = buildProductCatalog(
      [
        aProduct({ sku: 'P-1', name: 'Portfolio, 1–199 units', listPrice: 2.2, unit: 'unit/month' }),
        aProduct({ sku: 'P-2', name: 'Portfolio, 200–999 units', listPrice: 1.9, unit: 'unit/month' }),
        aProduct({ sku: 'P-MIN', name: 'Portfolio monthly minimum', listPrice: 250, unit: 'month' }),
      ],
      'Sorrelby',
    );
    // "monthly" is said, "minimum" is not: the minimum is no line of this sentence.
    const said = 'Portfolio is $1.90 a door for all 640 doors, $1,216 a month on monthly billing.';
    expect(linesSaid(withMinimum, 'P-1', said)).toEqual(['P-1', 'P-2', 'P-MIN']);
  });
});
