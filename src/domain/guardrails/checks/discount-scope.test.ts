import { describe, expect, it } from 'vitest';
import { aDocument, aNote, aProduct, aWorld, check } from '../guard-test-factories.ts';
import { PER_SEAT_WORLD } from '../per-seat-world.ts';

const scope = (body: string) =>
  check(body, { world: PER_SEAT_WORLD })
    .findings.filter((f) => f.severity === 'block' && f.kind === 'discount')
    .map((f) => f.check);

describe('what a discount may be given on', () => {
  it.each([
    ['The charity programme also covers Lite, so you would pay 20% less.', 'programme_scope'],
    ['The 12% also applies to Route Optimiser, so it would be $10.56 per rider.', 'add_on_discount'],
    ["If you sign this week I'll waive the first two months of your Plus subscription.", 'free_period'],
    ["Sign by Friday and we'll put the first three months of Plus on us.", 'free_period'],
    ["Good news for the budget: we'll make all 18 Plus seats free for the renewal year.", 'free_period'],
    ["We'll waive the seat fees on Plus for the renewal year.", 'free_period'],
  ])('blocks: %s', (body, expected) => {
    expect(scope(body)).toContain(expected);
  });

  it.each([
    'The charity programme covers Base and Plus seats, not Lite.',
    'The 12% applies to Plus seats; Route Optimiser stays at list.',
    "The 12% doesn't apply to Route Optimiser, which is billed at list.",
    'You can try Plus free for 14 days before you decide.',
    'As a registered charity you get 20% off Base seats.',
    "I'll send over the two-year order form for Plus on US servers, as agreed.",
    "We'll quote the 24-month term on US-hosted Plus next week.",
  ])('passes: %s', (body) => {
    expect(scope(body)).toEqual([]);
  });
});

describe('a one-off fee the writer lets off', () => {
  const world = aWorld({
    products: [
      aProduct({ sku: 'NW-ENT', name: 'Northwind Enterprise', listPrice: 90 }),
      aProduct({
        sku: 'NW-ONB',
        name: 'Guided onboarding',
        listPrice: 4800,
        unit: 'one-time',
        description: 'Included with Enterprise at 150 seats or more',
      }),
    ],
    documents: [
      aDocument({
        id: 'doc-pricing',
        kind: 'pricing',
        body: "# Pricing\n\n- Enterprise: $90 per seat per month.\n- Guided onboarding: $4,800 one-time, included with Enterprise at 150 seats or more.\n- A rep may offer up to 10% off list. A waived fee needs the sales manager's approval.\n",
      }),
    ],
  });
  const fees = (body: string) =>
    check(body, { world })
      .findings.filter((f) => f.severity === 'block' && f.kind === 'discount')
      .map((f) => f.check);

  it('blocks a waiver with no approval on record, whatever the sentence goes on to say', () => {
    expect(fees("We'll waive the $4,800 guided onboarding fee.")).toEqual(['waived_fee']);
    expect(
      fees(
        "We'll waive the $4,800 guided onboarding fee, so the only charge is the Enterprise subscription.",
      ),
    ).toEqual(['waived_fee']);
  });

  it('passes a fee the documents include with the plan the sentence names, and a waiver refused', () => {
    expect(
      fees("Guided onboarding is included with Enterprise at 150 seats, so we'll waive the fee."),
    ).toEqual([]);
    expect(fees("I can't waive the guided onboarding fee.")).toEqual([]);
  });
});

describe('add-ons a page for the sales team keeps for an approver, by name', () => {
  const world = aWorld({
    products: [
      aProduct({ sku: 'NW-PRO-A', name: 'Northwind Pro (annual billing)', listPrice: 40 }),
      aProduct({ sku: 'NW-MAP-A', name: 'Atlas Maps add-on (annual billing)', listPrice: 6 }),
    ],
    documents: [
      aDocument({
        id: 'doc-programmes',
        title: 'Programmes',
        kind: 'policy',
        body: '# Programmes\n\n- Schools and colleges: 15% off the Pro fee.',
      }),
      aDocument({
        id: 'doc-desk',
        title: 'INTERNAL: approvals',
        kind: 'policy',
        body: '# INTERNAL: approvals\n\n- Reps may give up to 10% off the Pro fee.\n- Discounts on Atlas Maps or onboarding days: finance director only.',
      }),
    ],
    extraActivities: [
      aNote(
        'Discount approval (finance director): approved 14% off the Pro fee on 36 months. Not on Atlas Maps.',
      ),
    ],
  });
  const scoped = (body: string) =>
    check(body, { world })
      .findings.filter((f) => f.severity === 'block' && f.kind === 'discount')
      .map((f) => f.check);

  it.each([
    'As a college you get 15% off everything, the Atlas Maps seats included.',
    'The 14% you were approved for carries over to Atlas Maps too.',
  ])('blocks a discount said of the add-on: %s', (body) => {
    expect(scoped(body)).toContain('add_on_discount');
  });

  it.each([
    'As a college you get 15% off the Pro fee on annual billing; Atlas Maps stays at list.',
    'The approved 14% is off the Pro fee for 36 months.',
  ])('passes a discount kept to the plan: %s', (body) => {
    expect(scoped(body)).toEqual([]);
  });
});

describe('a clause that says what a plan includes', () => {
  it('passes an allowance that shares only a condition word with a programme', () => {
    expect(scope('Lite includes five registered seats per depot.')).toEqual([]);
  });

  it('reads an uptime beside an add-on the plan includes as no discount on it', () => {
    expect(
      scope(
        'Plus covers your list: a 99.95% uptime target and Route Optimiser, which includes live traffic.',
      ),
    ).toEqual([]);
    expect(scope('Plus covers your list: 15% off Route Optimiser, which includes live traffic.')).toContain(
      'add_on_discount',
    );
  });

  it('still blocks a programme said to cover a plan it does not', () => {
    expect(scope('The charity discount includes Lite riders as well.')).toContain('programme_scope');
  });
});
