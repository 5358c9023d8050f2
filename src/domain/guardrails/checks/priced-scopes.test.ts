import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Copperleaf, an invented dental-practice software seller: editions per clinician per month with a
// monthly minimum and a one-off setup fee, add-ons per clinician, per room and flat, and a prepay
// discount on edition and add-on fees.
const world = aWorld({
  products: [
    aProduct({
      sku: 'CL-ESS',
      name: 'Copperleaf Essentials',
      listPrice: 8,
      unit: 'clinician/month',
      description: 'Minimum monthly fee £250',
    }),
    aProduct({
      sku: 'CL-PLUS',
      name: 'Copperleaf Plus',
      listPrice: 12,
      unit: 'clinician/month',
      description: 'Minimum monthly fee £400',
    }),
    aProduct({
      sku: 'CL-SMS',
      name: 'Text Reminders',
      listPrice: 1.5,
      unit: 'clinician/month',
      description: 'Add-on on Essentials and Plus',
    }),
    aProduct({
      sku: 'CL-ROOM',
      name: 'Extra surgery room',
      listPrice: 40,
      unit: 'room/month',
      description: 'Add-on on Plus',
    }),
    aProduct({
      sku: 'CL-HOT',
      name: 'Hotline',
      listPrice: 150,
      unit: 'month',
      description: 'Add-on on Essentials and Plus',
    }),
    aProduct({ sku: 'CL-SET-PLUS', name: 'Setup, Plus', listPrice: 1200, unit: 'one-off' }),
  ].map((p) => ({ ...p, currency: 'GBP' })),
  documents: [
    aDocument({
      id: 'cl-prices',
      title: 'Copperleaf prices',
      kind: 'pricing',
      body:
        '# Prices\n\n| Edition | Per clinician per month | Minimum monthly fee | Setup fee (one-off) |\n| --- | --- | --- | --- |\n' +
        '| Essentials | £8.00 | £250 | £900 |\n| Plus | £12.00 | £400 | £1,200 |\n\n' +
        '## Add-ons\n\n| Add-on | Price | Available on |\n| --- | --- | --- |\n' +
        '| Text Reminders | £1.50 per clinician per month | Essentials and Plus |\n' +
        '| Extra surgery room | £40 per room per month | Plus |\n| Hotline | £150 per month, flat | Essentials and Plus |',
    }),
    aDocument({
      id: 'cl-terms',
      title: 'Commercial terms',
      kind: 'policy',
      body: '# Annual prepay\n\nIf you pay a full year in advance, you get 5% off the edition and add-on fees for that year. It does not apply to the setup fee.',
    }),
  ],
  opportunities: [
    anOpportunity({
      name: 'Globex Dental: Plus with Text Reminders, 60 clinicians',
      amount: 10146,
      currency: 'GBP',
      licensedSeats: undefined,
    }),
    anOpportunity({
      id: 'o-2',
      name: 'Globex Lab: Essentials, 20 clinicians',
      amount: 3000,
      currency: 'GBP',
      licensedSeats: undefined,
    }),
  ],
  activities: [
    anEmail({
      body: 'We have 60 clinicians. We would want text reminders for everyone and 2 extra surgery rooms.',
    }),
  ],
});

const blocked = (body: string, opportunityId = 'o-1') =>
  check(body, { world, opportunityId }).findings.filter((f) => f.severity === 'block' && f.kind === 'price');

describe('prices a rep works out for a scope', () => {
  it.each([
    // Plus for 60 with text reminders, two rooms and the flat hotline, a year, less the 5% prepay:
    // (720 + 90 + 80 + 150) × 12 × 0.95.
    [
      'Plus with text reminders, the two extra surgery rooms and the hotline, paid a year ahead with the 5% off, is £11,856.',
      'o-1',
    ],
    // A list whose Total line adds the four lines above it.
    [
      'Per year:\n- Plus: £8,640\n- Text Reminders: £1,080\n- Extra surgery rooms: £960\n- Hotline: £1,800\n- Total: £12,480',
      'o-1',
    ],
    // The record's year plus the edition's setup fee, rounded to the digits shown.
    ['Year one comes to about £11.3k including setup.', 'o-1'],
    // The minimum monthly fee, not 20 × £8.
    ['At 20 clinicians the per-clinician fee is £160, so the £250 minimum applies: £250 a month.', 'o-2'],
  ])('passes %s', (body, opportunityId) => {
    expect(blocked(body, opportunityId)).toEqual([]);
  });

  it.each([
    [
      'Plus with text reminders, the two extra surgery rooms and the hotline, paid a year ahead with the 5% off, is £11,956.',
      'o-1',
    ],
    // The hotline is flat: 60 × £150 is no line of it.
    [
      'Plus with text reminders and the hotline for all 60, paid a year ahead with the 5% off, is £111,834.',
      'o-1',
    ],
    [
      'Per year:\n- Plus: £8,640\n- Text Reminders: £1,080\n- Extra surgery rooms: £960\n- Hotline: £1,800\n- Total: £12,980',
      'o-1',
    ],
    ['Year one comes to about £11.9k including setup.', 'o-1'],
    ['At 20 clinicians the per-clinician fee is £160, so the £250 minimum applies: £270 a month.', 'o-2'],
  ])('blocks %s', (body, opportunityId) => {
    expect(blocked(body, opportunityId)).not.toEqual([]);
  });
});
