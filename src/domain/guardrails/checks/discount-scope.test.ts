import { describe, expect, it } from 'vitest';
import { check } from '../guard-test-factories.ts';
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
  ])('blocks: %s', (body, expected) => {
    expect(scope(body)).toContain(expected);
  });

  it.each([
    'The charity programme covers Base and Plus seats, not Lite.',
    'The 12% applies to Plus seats; Route Optimiser stays at list.',
    'You can try Plus free for 14 days before you decide.',
    'As a registered charity you get 20% off Base seats.',
    "I'll send over the two-year order form for Plus on US servers, as agreed.",
    "We'll quote the 24-month term on US-hosted Plus next week.",
  ])('passes: %s', (body) => {
    expect(scope(body)).toEqual([]);
  });
});
