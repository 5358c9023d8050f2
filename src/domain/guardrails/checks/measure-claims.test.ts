import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, aProduct, aWorld, check } from '../guard-test-factories.ts';

// A world of its own: a mapping tool with three plans whose limits and periods differ per plan.
const world = {
  ...aWorld({
    products: [
      aProduct({ sku: 'OR-LITE', name: 'Orbital Lite', listPrice: 12, description: 'Single workspace' }),
      aProduct({ sku: 'OR-CREW', name: 'Orbital Crew', listPrice: 30, description: 'Shared workspaces' }),
      aProduct({
        sku: 'OR-FLEET',
        name: 'Orbital Fleet',
        listPrice: 70,
        description: 'Unlimited workspaces',
      }),
    ],
    documents: [
      aDocument({
        id: 'doc-plans',
        title: 'Orbital plans',
        kind: 'pricing',
        body:
          '# Orbital plans\n\n| | Lite | Crew | Fleet |\n| --- | --- | --- | --- |\n' +
          '| Map revisions kept | 30 days | 1 year | unlimited |\n' +
          '| Shared layers | 2 | 25 | 200 |\n' +
          '| Tile requests | 50 per minute | 300 per minute | 2,000 per minute |\n\n' +
          'Crew and Fleet maps can be exported in up to 16 projections.\n\n' +
          '- Offline field kits hold 8 regions on Crew.\n',
      }),
      aDocument({
        id: 'doc-service',
        title: 'Orbital service terms',
        kind: 'spec',
        body:
          '# Service\n\n- Scheduled downtime is posted at least 10 days beforehand.\n' +
          '- After a cancellation, exported archives stay downloadable for 21 days.\n' +
          '- A dedicated cartographer joins accounts with 80 or more editors on Fleet.\n',
      }),
    ],
    activities: [anEmail({ body: 'We have 40 editors today and may grow to 55.' })],
  }),
  seller: { name: 'Orbital Maps', domains: ['northwind.io'] },
};
const blocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.check === 'documented_quantity');

describe('numbers said of a documented quantity', () => {
  it.each([
    'Orbital Crew keeps six months of map revisions.',
    'On Crew you get 40 shared layers.',
    'Crew handles 2,000 tile requests per minute.',
    'Scheduled downtime is posted at least three days beforehand.',
    'If you cancel, exported archives stay downloadable for 60 days.',
    'Fleet brings a dedicated cartographer once you pass 120 or more editors.',
    'Crew field kits hold 12 offline regions.',
  ])('blocks a figure the documents give that quantity otherwise: %s', (body) => {
    expect(blocks(body)).not.toEqual([]);
  });

  it.each([
    'Orbital Crew keeps a year of map revisions, and Fleet keeps them all.',
    'Crew includes 25 shared layers and 300 tile requests per minute.',
    'Crew maps can be exported in up to 16 projections.',
    'Scheduled downtime is posted at least ten days beforehand.',
    'For your 40 editors, Crew would be a good fit.',
    'Three shared layers, one per survey team, would fit within Crew.',
    'Fleet adds a dedicated cartographer at 80 or more editors.',
    'Lite keeps 30 days of revisions, Crew a full year.',
  ])('passes a figure the documents give, or one that is no documented quantity: %s', (body) => {
    expect(blocks(body)).toEqual([]);
  });
});

describe('numbers that name a question or multiply rather than claim', () => {
  it.each([
    'On question 3: shared layers on Crew go up to 25.',
    'Re item 9, shared layers: Crew has 25.',
    'Crew shared layers, 4 x $30 = $120 a month.',
  ])('passes: %s', (body) => {
    expect(blocks(body)).toEqual([]);
  });
});

describe('a count of what the price book sells by', () => {
  // The same maps sold per map rather than per seat: "12 maps" is the size of the order.
  const perMap = { ...world, products: (world.products ?? []).map((p) => ({ ...p, unit: 'map/month' })) };
  const mapBlocks = (body: string) =>
    check(body, { world: perMap }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes the customer’s own count of the priced unit', () => {
    for (const body of [
      'On Crew you get 12 maps with shared layers.',
      'Crew shared layers across 12 maps.',
      'Shared layers on Crew for 12 maps.',
    ])
      expect(mapBlocks(body), body).toEqual([]);
  });

  it('still blocks the priced unit said as a limit', () => {
    expect(mapBlocks('On Crew you get 40 shared layers.')).not.toEqual([]);
  });
});
