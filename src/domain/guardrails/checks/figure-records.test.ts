import { describe, expect, it } from 'vitest';
import { anEmail, aProduct, aWorld, check } from '../guard-test-factories.ts';
import { PER_SEAT_WORLD } from '../per-seat-world.ts';

const blocking = (body: string) =>
  check(body, { world: PER_SEAT_WORLD }).findings.filter((f) => f.severity === 'block');

describe('figures a per-seat draft works out from the record', () => {
  it.each([
    "Route Optimiser is an add-on: once you're on Plus it's $12 per rider per month.",
    'Plus for 18 riders is $810 a month, and Plus plus the Route Optimiser comes to $1,026 a month.',
    'Annual billing saves $6 per rider per month over monthly, so $108 a month for 18 riders.',
    "Your contract ends on 30 June and renews unless either side gives 45 days' notice, so 16 May is the date to decide by.",
    'The $16 per rider I quoted is based on annual billing.',
    'Base dashboards can hold up to 25 widgets.',
    'The quote covers 18 Base riders.',
    'The 12% applies to the 24-month term.',
  ])('passes: %s', (body) => {
    expect(blocking(body)).toEqual([]);
  });

  it.each([
    'Route Optimiser is $15 per rider per month on Plus.',
    'Plus for 18 riders plus the Route Optimiser comes to $1,100 a month.',
    'Annual billing saves $7 per rider per month over monthly.',
    "Your contract ends on 30 June and renews unless either side gives 45 days' notice, so 1 May is the date to decide by.",
    'The 15% applies to the 24-month term.',
    'Lite dashboards can hold up to 25 widgets.',
  ])('blocks: %s', (body) => {
    expect(blocking(body)).not.toEqual([]);
  });
});

// A metered world: frames rendered per month in bands, and a tiny per-frame storage rate.
const bandedWorld = {
  ...aWorld({
    products: [
      aProduct({
        sku: 'KL-RENDER',
        name: 'Kiln Render',
        listPrice: 0.8,
        unit: 'frame',
        description: 'First 200 frames a month; $0.50 from 201 to 2,000 frames; $0.25 above 2,000 frames',
      }),
      aProduct({
        sku: 'KL-VAULT',
        name: 'Kiln Vault',
        listPrice: 0.02,
        unit: 'frame-month stored',
        description: 'Storage',
      }),
    ],
    activities: [anEmail({ body: 'We render about 3,000 frames a month across 2 studios.' })],
  }),
  seller: { name: 'Kiln Labs', domains: ['northwind.io'] },
};
const blockingIn = (body: string) =>
  check(body, { world: bandedWorld }).findings.filter((f) => f.severity === 'block');

describe('figures of a banded price list', () => {
  it('passes each band of a worked total, counting the volume above a band edge', () => {
    expect(
      blockingIn(
        'The first 200 frames at 80 cents, the next 1,800 at 50 cents, and anything above 2,000 frames at 25 cents. At three thousand frames that is $160 + $900 + $250.',
      ),
    ).toEqual([]);
  });

  it('blocks a sub-dollar rate that is only near a multiple of the list rate', () => {
    expect(blockingIn('Kiln Vault keeps finished frames at $0.03 per frame per month.')).not.toEqual([]);
  });
});
