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
          '- A dedicated cartographer joins accounts with 80 or more editors on Fleet.\n' +
          '- Attachments: up to 40 MB per file.\n',
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
    'Offline field kits come with 3 spare batteries and cover 12 regions each.',
    'Fleet brings a dedicated cartographer from 50 editors.',
    'Attachments can be up to 100 MB each.',
    'You can attach files as large as 100MB.',
    'Customers can send attachments of up to 100 megabytes.',
    'Attachments: up to 100 MB.',
    'Crew handles 2k tile requests per minute.',
    'Crew allows 2,000 rpm for tile requests.',
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
    'Offline field kits come with 3 spare batteries and cover 8 regions each.',
    'On Crew last month you had 30 shared layers open at once.',
    'Fleet brings a dedicated cartographer from 80 editors.',
    'Attachments can be up to 40 MB each.',
    'Attachments: up to 40 MB.',
    'Fleet handles 2k tile requests per minute.',
    'Crew allows 300 rpm for tile requests.',
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

describe('a clause restating one period of a documented sentence', () => {
  // The service sheet gives snapshots two periods in one sentence; only "taken" sits by the first.
  const withSnapshots = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-snapshots',
        title: 'Orbital snapshots',
        kind: 'spec',
        body: '# Snapshots\n\n- Snapshots taken every 4 hours, held 45 days, in the region of the workspace.\n',
      }),
    ],
  };
  const snapshotBlocks = (body: string) =>
    check(body, { world: withSnapshots }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes the sentence’s other period given right', () => {
    expect(snapshotBlocks('Your snapshots run every 4 hours and we hold each one for 45 days.')).toEqual([]);
    expect(snapshotBlocks('Snapshots happen every four hours and stick around for forty-five days.')).toEqual(
      [],
    );
  });

  it('blocks the sentence’s other period given wrong, however few words it shares', () => {
    expect(snapshotBlocks('Your snapshots run every 4 hours and stick around for 120 days.')).not.toEqual([]);
  });

  it('leaves a clause restating no documented period alone', () => {
    expect(snapshotBlocks('Your snapshots run every 2 hours and stick around for 120 days.')).toEqual([]);
  });
});

describe('a period inside a documented range', () => {
  const withRebuilds = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-rebuilds',
        title: 'Orbital rebuilds',
        kind: 'spec',
        body:
          '# Rebuilds\n\n- Rebuilding a workspace from a snapshot typically takes 3 to 9 hours.\n' +
          '- Migrating an archive from another mapping tool typically takes 8 to 12 weeks.\n',
      }),
    ],
  };
  const rebuildBlocks = (body: string) =>
    check(body, { world: withRebuilds }).findings.filter(
      (f) => f.severity === 'block' && (f.check === 'documented_quantity' || f.check === 'duration'),
    );

  it('passes a period the range allows, rounded or not', () => {
    expect(rebuildBlocks('A snapshot rebuild of your workspace takes about six hours.')).toEqual([]);
    expect(rebuildBlocks('Rebuilding the workspace from a snapshot takes four to eight hours.')).toEqual([]);
  });

  it('reads whole months as four weeks to 31 days each', () => {
    expect(
      rebuildBlocks('Migrating your archive from the old mapping tool takes two to three months.'),
    ).toEqual([]);
    expect(
      rebuildBlocks('Migrating your archive from the old mapping tool takes four to five months.'),
    ).not.toEqual([]);
  });

  it('blocks a period outside it', () => {
    expect(rebuildBlocks('A snapshot rebuild of your workspace takes about twenty hours.')).not.toEqual([]);
  });
});

describe("what the customer's team has done so far", () => {
  it('passes their own count of it', () => {
    expect(blocks('Your cartographers have already drawn 40 shared layers on Crew.')).toEqual([]);
  });

  it('still blocks a count their plan is said to hold', () => {
    expect(blocks('Your team has Crew, which includes 40 shared layers.')).not.toEqual([]);
  });
});

describe('words two documented quantities share tell neither apart', () => {
  // "before the end" belongs as much to the notice period as to the download window.
  const withExit = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-exit',
        title: 'Leaving Orbital',
        kind: 'spec',
        body:
          '# Exit\n\n- When the subscription ends you have 45 days to download your maps as GeoJSON; we then erase them.\n' +
          '- A subscription renews unless either side gives notice three months before the end of the term.\n',
      }),
    ],
  };
  const exitBlocks = (body: string) =>
    check(body, { world: withExit }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes the download window given right', () => {
    expect(
      exitBlocks('Once your subscription ends, you can download your maps for 45 days before we erase them.'),
    ).toEqual([]);
  });

  it('blocks it given as the notice period, which only the shared words back', () => {
    expect(
      exitBlocks('Once your subscription ends, you can download your maps for 90 days before we erase them.'),
    ).not.toEqual([]);
  });
});

describe("a quantity one plan's line plainly describes", () => {
  // Fleet's tile guarantee and a Crew help line share two words; the sentence is plainly about the first.
  const withGuarantees = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-guarantees',
        title: 'Orbital guarantees',
        kind: 'spec',
        body:
          '# Guarantees\n\n- Fleet tile guarantee: once you publish a map, its tiles and the offline bundle are ready within 6 hours.\n' +
          '- Crew priority help: a first reply about a published map within 2 hours.\n',
      }),
    ],
  };
  const guaranteeBlocks = (body: string) =>
    check(body, { world: withGuarantees }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes its number said without the plan', () => {
    expect(
      guaranteeBlocks('Once you publish a map, the tiles and offline bundle are ready within 6 hours.'),
    ).toEqual([]);
  });

  it("blocks another plan's number for it", () => {
    expect(
      guaranteeBlocks('Once you publish a map, the tiles and offline bundle are ready within 2 hours.'),
    ).not.toEqual([]);
  });
});

describe("a general statement beside a plan's own row", () => {
  // Crew's row retains field notes 5 years; a general line retains the sign-in trail 2 years.
  const withTrail = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-trail',
        title: 'Orbital records',
        kind: 'pricing',
        body:
          '# Records\n\n| | Lite | Crew | Fleet |\n| --- | --- | --- | --- |\n| Field notes retained | 1 year | 5 years | 10 years |\n\n' +
          '- The audit trail of editor sign-ins is retained for 2 years.\n',
      }),
    ],
  };
  const trailBlocks = (body: string) =>
    check(body, { world: withTrail }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('lets the general statement back a number said of the plan', () => {
    expect(trailBlocks('Crew also has an audit trail of editor sign-ins, retained for two years.')).toEqual(
      [],
    );
  });

  it("still holds the plan's own quantity to its row", () => {
    expect(trailBlocks('Crew retains field notes for two years.')).not.toEqual([]);
  });
});

describe("the customer's own period restated as a plan's", () => {
  const withNeed = {
    ...world,
    activities: [anEmail({ body: 'Our insurer needs map revisions kept for six months at least.' })],
  };
  const needBlocks = (body: string) =>
    check(body, { world: withNeed }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes their period said as theirs', () => {
    expect(needBlocks('Your insurer wants six months of map revisions; Crew keeps a full year.')).toEqual([]);
  });

  it("blocks it said as the plan's own", () => {
    expect(
      needBlocks('Orbital Crew keeps six months of map revisions, so your insurer is covered.'),
    ).not.toEqual([]);
  });
});

describe('a contract term said by its verb', () => {
  // The pause rule's notice period is also the renewal notice; the terms offer 12 or 24 months.
  const withPause = aWorld({
    extraDocuments: [
      aDocument({
        id: 'doc-pause',
        title: 'Pausing Orbital',
        kind: 'spec',
        body: "# Pause\n\n- Field kits can be paused for up to four consecutive months a year, with 30 days' notice.\n",
      }),
      aDocument({
        id: 'doc-terms',
        title: 'Orbital contracts',
        kind: 'policy',
        body: '# Contracts\n\n- Contracts are signed for 12 or 24 months.\n',
      }),
    ],
  });
  const pauseBlocks = (body: string) =>
    check(body, { world: withPause }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes an offered term the contract renews for', () => {
    expect(
      pauseBlocks("Your plan renews automatically for 12 months unless either side gives 30 days' notice."),
    ).toEqual([]);
  });

  it('still blocks a term nothing offers, and the pause said wrong', () => {
    expect(
      pauseBlocks("Your plan renews automatically for 6 months unless either side gives 30 days' notice."),
    ).not.toEqual([]);
    expect(pauseBlocks('Field kits can be paused for up to five consecutive months a year.')).not.toEqual([]);
  });
});

describe('a number that names a class, not a quantity', () => {
  // Two severities on one plan: only the severity's number tells their reply times apart.
  const withSeverities = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-severity',
        title: 'Orbital incident replies',
        kind: 'policy',
        body:
          '# Incident replies\n\n- Crew: Severity 1 (map outage): 2 hours.\n' +
          '- Crew: Severity 2 (slow tiles): 8 business hours.\n',
      }),
    ],
  };
  const severityBlocks = (body: string) =>
    check(body, { world: withSeverities }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it("passes each class's own reply time, the class named in an earlier clause", () => {
    expect(
      severityBlocks('On Crew, severity 1 outages are watched all night, and we reply within 2 hours.'),
    ).toEqual([]);
    expect(severityBlocks('On Crew, a Sev-2 issue gets a reply within 8 business hours.')).toEqual([]);
  });

  it("blocks one class given the other's reply time", () => {
    expect(
      severityBlocks('On Crew, severity 1 outages are watched all night, and we reply within 8 hours.'),
    ).not.toEqual([]);
  });
});

describe('a range said of a documented range', () => {
  const withOnboarding = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-onboarding',
        title: 'Orbital onboarding',
        kind: 'spec',
        body:
          '# Onboarding\n\n| | Crew | Fleet |\n| --- | --- | --- |\n' +
          '| Typical onboarding time | 3 to 5 weeks | 6 to 10 weeks |\n',
      }),
    ],
  };
  const rangeBlocks = (body: string) =>
    check(body, { world: withOnboarding }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes a range inside the documented one', () => {
    expect(rangeBlocks('On Crew, onboarding typically takes three to four weeks.')).toEqual([]);
    expect(rangeBlocks('On Crew, onboarding typically takes 3 to 5 weeks.')).toEqual([]);
  });

  it('blocks a range that only overlaps it, the far end held to it too', () => {
    expect(rangeBlocks('On Crew, onboarding typically takes four to nine weeks.')).not.toEqual([]);
  });
});

describe('counts bought beyond an allowance', () => {
  it('passes extra units priced for the order', () => {
    expect(blocks('On Crew you get 25 shared layers, so we would add 6 extra layers at $3 each.')).toEqual(
      [],
    );
    expect(blocks('Crew has 25 shared layers; 4 additional shared layers for USD 3 a month each.')).toEqual(
      [],
    );
  });

  it('still blocks an allowance said wrong', () => {
    expect(
      blocks('On Crew you get 31 shared layers, so we would add 6 extra layers at $3 each.'),
    ).not.toEqual([]);
  });
});

describe('two periods of the same value in one clause', () => {
  // The erasure sentence gives a second period of its own, to something else.
  const withErasure = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-erasure',
        title: 'Orbital data lifecycle',
        kind: 'spec',
        body: '# Data lifecycle\n\n- Workspace records are erased within 45 days of a cancellation; mirror copies expire after a further 21 days.\n',
      }),
    ],
  };
  const erasureBlocks = (body: string) =>
    check(body, { world: withErasure }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'documented_quantity',
    );

  it('passes each period given its own quantity', () => {
    expect(
      erasureBlocks(
        'Exported archives stay downloadable for 21 days after a cancellation, and the rest is erased 45 days after the cancellation.',
      ),
    ).toEqual([]);
  });

  it('blocks a period that only another part of the documented sentence gives', () => {
    expect(erasureBlocks('Workspace records are erased within 21 days of a cancellation.')).not.toEqual([]);
  });

  it('blocks the second period borrowing the first one’s number', () => {
    expect(
      erasureBlocks(
        'Exported archives stay downloadable for 21 days after a cancellation, and the rest is erased 21 days after the cancellation.',
      ),
    ).not.toEqual([]);
  });
});

describe('the customer’s own count beside another plan', () => {
  // Their order form counts their stations on the plan they have now, Lite.
  const withOrder = {
    ...world,
    documents: [
      ...(world.documents ?? []),
      aDocument({
        id: 'doc-order',
        title: 'Order form (Globex)',
        kind: 'contract',
        accountId: 'a-globex',
        body: '# Order form\n\n| Item | Quantity |\n| --- | --- |\n| Orbital Lite | 3 depots, 140 survey stations |\n',
      }),
    ],
  };
  const figureBlocks = (body: string) =>
    check(body, { world: withOrder }).findings.filter(
      (f) => f.severity === 'block' && f.check === 'product_figure',
    );

  it('passes a count introduced as the customer’s', () => {
    expect(figureBlocks('Orbital Crew handles your 140 survey stations with room to spare.')).toEqual([]);
  });

  it('still blocks the count said as the other plan’s own', () => {
    expect(figureBlocks('Orbital Crew handles 140 survey stations.')).not.toEqual([]);
  });
});

describe('a rate whose unit of time the table heading gives', () => {
  const limits = aWorld({
    products: world.products,
    documents: [
      aDocument({
        id: 'doc-limits',
        kind: 'spec',
        body: '# Limits\n\n## Sync API limits (per workspace, per minute)\n\n| API | Orbital Lite | Orbital Crew |\n| --- | --- | --- |\n| Sync API | 120 | 600 |\n',
      }),
    ],
  });
  const blocked = (body: string) => check(body, { world: limits }).blocked;

  it('passes the row figure said per that unit, and blocks another', () => {
    expect(blocked('On Orbital Crew the Sync API allows 600 requests per minute.')).toBe(false);
    expect(blocked('On Orbital Crew the Sync API allows 900 requests per minute.')).toBe(true);
  });
});

describe("a customer's own order form", () => {
  const terms = aDocument({
    id: 'doc-terms',
    title: 'Subscription terms',
    kind: 'policy',
    body: '# Renewal\n\n- Subscriptions renew for 12 months unless either party gives written notice at least 60 days before the term ends.',
  });
  const orderForm = aDocument({
    id: 'doc-globex-order',
    title: 'Order form — Globex',
    kind: 'contract',
    accountId: 'a-globex',
    body: '# Renewal\n\nThis order renews for 12 months unless either party gives written notice at least 90 days before June 30, 2027.',
  });
  const world = aWorld({ extraDocuments: [terms, orderForm] });
  const notice =
    'It renews for 12 months unless either side gives written notice at least 90 days before June 30.';

  it("backs the account's own notice period over the general terms", () => {
    expect(check(notice, { world }).blocked).toBe(false);
    expect(check(notice.replace('90', '45'), { world }).blocked).toBe(true);
  });

  it("backs it for that account's deals only", () => {
    expect(check(notice, { world, opportunityId: 'o-2', to: ['alice@umbrellahealth.com'] }).blocked).toBe(
      true,
    );
  });
});
