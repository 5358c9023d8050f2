import { describe, expect, it } from 'vitest';
import { aDocument, aNote, aProduct, aWorld, check } from '../guard-test-factories.ts';

const discountChecks = (body: string, world: ReturnType<typeof aWorld>) =>
  check(body, { world })
    .findings.filter((f) => f.severity === 'block' && f.kind === 'discount')
    .map((f) => f.check);

// A water-meter analytics seller: a yearly hub fee, data bundles, a rep allowance counted in points on
// top of whichever programme applies, and the bundles kept for the pricing board.
const points = aWorld({
  products: [
    aProduct({ sku: 'WF-HUB', name: 'Wrenfield Hub platform fee', listPrice: 9000, unit: 'year' }),
    aProduct({ sku: 'WF-BUNDLE', name: 'Data bundle 10k', listPrice: 700, unit: 'bundle' }),
  ],
  documents: [
    aDocument({
      id: 'wf-terms',
      title: 'Wrenfield commercial terms',
      kind: 'policy',
      body:
        '# Terms\n\n## Multi-year\n\n- 24 months: 5% off the platform fee.\n- 36 months: 9% off the platform fee.\n\n' +
        '## Your account manager\n\nYour account manager can take up to 6 further points off the platform fee, on top of ' +
        'whichever programme applies. Any reduction on data bundles is for the pricing board to approve.',
    }),
  ],
});
const approved = aWorld({
  ...points,
  products: points.products,
  documents: points.documents,
  extraActivities: [
    aNote(
      'Approved (Head of Sales): 14% off the platform fee on a 36-month term, in place of the multi-year discount and the account manager’s points. Not on data bundles.',
    ),
  ],
});

describe('a rep allowance in points on top of a programme', () => {
  it.each([
    'On a 36-month term the platform fee takes the 9% multi-year discount, and I can add 6 points from my side. That is 15% off list.',
    'On the 36-month term I can do 15% off the platform fee.',
    'With the three-year discount of 9% and a further 4 points from me, the hub comes to 13% off.',
    'On a 24-month term the multi-year discount is 5%, and with 6 points from me the platform fee comes to 11% off.',
  ])('passes the programme plus points within the allowance: %s', (body) => {
    expect(discountChecks(body, points)).toEqual([]);
  });

  it.each([
    'On a 36-month term I can pair the 9% multi-year discount with 8 points of my own: 17% off the platform fee.',
    'With the three-year discount of 9% and another 7 points from me, the hub comes to 16% off.',
    'On a one-year term I can take 8% off the platform fee.',
    'On a 24-month term the multi-year discount is 5%, and with 7 points from me the platform fee comes to 12% off.',
  ])('blocks points past the allowance: %s', (body) => {
    expect(discountChecks(body, points)).toContain('over_limit');
  });

  it('passes an approval as granted, and blocks the rep’s points added on top of it', () => {
    expect(
      discountChecks('The approved 14% is on the platform fee for the 36-month term.', approved),
    ).toEqual([]);
    expect(
      discountChecks('On top of the approved 14% I can add 4 points: 18% off the platform fee.', approved),
    ).toContain('over_limit');
  });
});

describe('a line kept for an approval', () => {
  it.each([
    'As you are buying four bundles, I can take 5% off them.',
    'Yes, the 14% applies to the Data bundle 10k as well.',
  ])('blocks a reduction on it, named by a pronoun or a product: %s', (body) => {
    expect(discountChecks(body, approved)).toContain('needs_approval');
  });

  it.each([
    'As you are buying four bundles, I can take 5% off the platform fee; the bundles stay at list.',
    'The 14% does not extend to the data bundles, which stay at list.',
  ])('passes a discount on another line beside it: %s', (body) => {
    expect(discountChecks(body, approved)).toEqual([]);
  });
});

// A seat-priced seller whose limit counts programme discounts in.
const inTotal = aWorld({
  documents: [
    aDocument({
      id: 'nt-terms',
      title: 'Northwind discount terms',
      kind: 'policy',
      body:
        '# Discounts\n\n- Two-year terms get 4% off the seat price.\n- Three-year terms get 7% off the seat price.\n' +
        '- Programme discounts never combine.\n' +
        '- An account executive may offer up to 10% off the seat price in total, programme discounts included.',
    }),
  ],
});

describe('a rep limit that counts programme discounts in', () => {
  it.each([
    'On three years the 7% multi-year discount applies, and I can add 3% on top.',
    'On a two-year term the multi-year discount takes 4% off the seats, and I can add a further 6% on the seats.',
  ])('passes a programme and an addition that stay within it together: %s', (body) => {
    expect(discountChecks(body, inTotal)).toEqual([]);
  });

  it.each([
    'On three years the 7% multi-year discount applies, and I can add 5% on top.',
    'On a two-year term the multi-year discount takes 4% off the seats, and I can add a further 8% on the seats.',
  ])('blocks a programme and an addition that pass it together, though no total is stated: %s', (body) => {
    expect(discountChecks(body, inTotal)).toContain('over_limit');
  });
});

// A fleet seller whose rep limit is said of the subscription, with a tracker bought once.
const subscriptionOnly = aWorld({
  products: [
    aProduct({ sku: 'FT-PRO', name: 'Fleetwise Pro', listPrice: 25, unit: 'vehicle/month' }),
    aProduct({ sku: 'FT-TRK', name: 'GT-2 tracker (bought)', listPrice: 120, unit: 'unit' }),
  ],
  documents: [
    aDocument({
      id: 'ft-terms',
      title: 'Fleetwise terms',
      kind: 'policy',
      body: '# Terms\n\nYour account manager can offer up to 8% off the subscription.',
    }),
  ],
});

describe('a rep limit said of the subscription', () => {
  it('blocks a discount on hardware bought once', () => {
    expect(discountChecks('To help the rollout I can take 5% off the trackers.', subscriptionOnly)).toContain(
      'one_off_discount',
    );
  });

  it('passes the same discount on the subscription', () => {
    expect(
      discountChecks('I can take 5% off the Pro subscription; the trackers stay at list.', subscriptionOnly),
    ).toEqual([]);
  });
});

// A payroll seller: a prepay programme, an education programme that combines with nothing, and an
// approval that happens to equal the education percentage.
const prepay = aWorld({
  documents: [
    aDocument({
      id: 'pp-terms',
      title: 'Payroll terms',
      kind: 'policy',
      body:
        '# Terms\n\n- Paying a full year in advance gives 3% off the edition fee.\n' +
        '- Schools and universities get 15% off the edition fee. The programme cannot be combined with any other reduction.\n' +
        '- Your account executive can agree up to 10% off the edition fee.',
    }),
  ],
  extraActivities: [
    aNote(
      'Approved (Head of Sales): 15% off the edition fee on a 36-month term. Can be combined with the prepay discount.',
    ),
  ],
});

describe('a programme that combines with nothing', () => {
  it('passes an approval of the same percentage beside the prepay discount', () => {
    expect(
      discountChecks(
        'On the three-year term we have approval for 15% off the edition fee, and paying the year in advance takes a further 3% off.',
        prepay,
      ),
    ).toEqual([]);
  });

  it('blocks the programme itself beside the prepay discount', () => {
    expect(
      discountChecks(
        'As a school you get 15% off the edition fee, and paying the year in advance takes a further 3% off.',
        prepay,
      ),
    ).toContain('stacked');
  });
});

describe('discounts on two lines of one quote', () => {
  const twoLines = aWorld({
    documents: [
      aDocument({
        id: 'tl-terms',
        title: 'Terms',
        kind: 'policy',
        body:
          '# Terms\n\n- Three-year terms get 7% off seats and the platform fee.\n- Programme discounts never combine.\n' +
          '- A rep may offer up to 10% off seats.',
      }),
    ],
    extraActivities: [
      aNote(
        'Approved (VP Sales): 12% off seats on a 36-month term, in place of the multi-year discount on seats.',
      ),
    ],
  });

  it('passes an approval on one line and a programme the other line takes', () => {
    expect(
      discountChecks(
        'With the approved 12% off seats on 36 months; the platform fee takes the standard 7% multi-year discount.',
        twoLines,
      ),
    ).toEqual([]);
  });

  it('blocks the programme added on top of the approval on the same line', () => {
    expect(
      discountChecks(
        'With the approved 12% off seats on 36 months, we add the 7% multi-year discount on top.',
        twoLines,
      ),
    ).toContain('stacked');
  });
});
