import { describe, expect, it } from 'vitest';
import { aProduct, aWorld, check, PRICING } from '../guard-test-factories.ts';

// A desk-booking tool sold per desk, billed yearly or monthly.
const world = aWorld({
  products: [
    aProduct({ sku: 'DK-Y', name: 'Deskly Core (billed yearly)', listPrice: 30, unit: 'desk/month' }),
    aProduct({ sku: 'DK-M', name: 'Deskly Core (billed monthly)', listPrice: 36, unit: 'desk/month' }),
    aProduct({ sku: 'DK-P', name: 'Deskly Plus', listPrice: 55, unit: 'desk/month' }),
  ],
  documents: [
    {
      ...PRICING,
      body: '# Pricing\n\n- Deskly Core: $30 per desk per month billed yearly, $36 billed monthly.\n- Reps may discount up to 10%.',
    },
  ],
});
const blocks = (body: string) => check(body, { world }).findings.filter((f) => f.severity === 'block');

describe('a percentage that compares two prices', () => {
  it.each([
    'Billed yearly, Deskly Core is about 17% cheaper than billed monthly.',
    'Paying yearly saves you roughly 17% compared with monthly on Deskly Core.',
    'At $36 against $30, monthly billing costs 20% more.',
    'Billed monthly, Deskly Core is $36 a desk. Billed yearly it is about 17% cheaper at $30.',
  ])('is worked out from them, not offered or documented: %s', (body) => {
    expect(blocks(body)).toEqual([]);
  });

  it.each([
    'Billed yearly, Deskly Core is 25% cheaper than billed monthly.',
    'I can offer 17% off Deskly Core, which beats monthly billing.',
    'Moving from Deskly Core to Deskly Plus costs 17% more per desk.',
    'Billed monthly, Deskly Core is $36 a desk. Billed yearly it is about 25% cheaper at $30.',
  ])('is still checked when it is wrong, an offer, or compares prices it does not show: %s', (body) => {
    expect(blocks(body)).not.toEqual([]);
  });
});
