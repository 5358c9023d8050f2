import { describe, expect, it } from 'vitest';
import { aDocument, aProduct, aWorld, check } from '../guard-test-factories.ts';

// A design-studio tool whose features are words no lexicon lists: gating must come from the documents.
const world = aWorld({
  products: [
    aProduct({ sku: 'TM-SOLO', name: 'Solo', listPrice: 12, unit: 'user/month', description: '' }),
    aProduct({ sku: 'TM-STUDIO', name: 'Studio', listPrice: 30, unit: 'user/month', description: '' }),
    aProduct({ sku: 'TM-ATELIER', name: 'Atelier', listPrice: 70, unit: 'user/month', description: '' }),
  ],
  documents: [
    aDocument({
      id: 'tm-plans',
      title: 'Tallowmere plans',
      kind: 'pricing',
      body:
        '# Plans\n\n## What each plan includes\n\n- Every plan: kanban boards, comment threads and a client inbox.\n' +
        '- Studio adds: a client proofing portal, bulk watermarking and time tracking.\n' +
        '- Atelier adds: white-label invoices, a staging workspace and priority rendering.',
    }),
    aDocument({
      id: 'tm-guide',
      title: 'Tallowmere product guide',
      kind: 'spec',
      body:
        '# Product guide\n\n## Boards\n\n- Time-lapse playback on Studio and Atelier.\n' +
        '- Guest reviewers: 3 included on Studio, unlimited on Atelier.\n' +
        '- SAML single sign-on on Atelier.\n' +
        '- Moodboard sharing on Studio and above.\n' +
        '- Colour-proof exports (Atelier only).\n' +
        '- There is no built-in video conferencing; the Whereby plug-in opens calls from a card.\n\n' +
        '## Staging\n\nThe staging workspace is a copy of your board settings without client files, for trying changes safely.',
    }),
    aDocument({
      id: 'tm-compare',
      title: 'Plan comparison',
      kind: 'pricing',
      body: '# Compare plans\n\n| Feature | Solo | Studio | Atelier |\n| --- | --- | --- | --- |\n| Offline sync | — | ✓ | ✓ |\n| Shared asset library | ✓ | ✓ | ✓ |\n',
    }),
    aDocument({
      id: 'tm-faq',
      title: 'Tallowmere FAQ',
      kind: 'faq',
      body: '# FAQ\n\n**Is there a lifetime licence?**\nNo, every plan is a subscription billed monthly or yearly.',
    }),
  ],
});
const run = (body: string) => check(body, { world });
const gated = (body: string) =>
  run(body).findings.some((f) => f.severity === 'block' && f.check === 'product_feature');

describe('plan gating read from the documents', () => {
  it.each([
    'Solo comes with the client proofing portal.',
    'Bulk watermarking is included on Solo.',
    'Time-lapse playback works on Solo too.',
    'White-label invoices are available on every plan.',
    'Studio also gets a staging workspace for trying changes.',
    // A plan named after "3 included on Studio" is no plan that includes Studio.
    'Studio comes with SSO, so your freelancers sign in with Okta.',
    'Moodboard sharing is part of Solo.',
    'Colour-proof exports come with Studio.',
    'Offline sync is included on Solo.',
    // A colon parts the feature from the plan it is given to.
    "Good news on offline sync: it's part of Solo, so your team can work on the train.",
    'Studio is an option: you would still get white-label invoices.',
    // The sentence before names the plan the reader is said to get it on.
    'If budget matters most, Solo is $12 a user. You would still get offline sync and the client inbox.',
  ])('blocks a feature given to a plan the documents do not give it to: %s', (body) => {
    expect(gated(body)).toBe(true);
  });

  it.each([
    'Studio includes built-in video conferencing, so reviews happen inside the board.',
    'The staging workspace holds a copy of your client files for realistic tests.',
    'If you prefer, you can buy a lifetime licence instead of subscribing.',
  ])('blocks a feature the documents say nothing has: %s', (body) => {
    expect(gated(body)).toBe(true);
  });

  it.each([
    'Solo doesn’t include the client proofing portal; it starts at Studio.',
    'Atelier comes with the client proofing portal and white-label invoices.',
    'Since you are on Solo, bulk watermarking would need an upgrade to Studio.',
    'Kanban boards come with every plan, Solo included.',
    'There is no built-in video conferencing, but the Whereby plug-in opens calls from a card.',
    'The staging workspace copies your board settings, not your client files.',
    'Time-lapse playback comes with Studio, so you can replay a whole shoot.',
    'There is no lifetime licence; every plan is a subscription.',
    'Moodboard sharing comes with Atelier as well.',
    'Offline sync comes with Studio, and the shared asset library with Solo.',
    "Good news on offline sync: it's part of Studio.",
    'Atelier is an option: you would still get white-label invoices.',
    'If budget matters most, Studio is $30 a user. You would still get offline sync and the client inbox.',
  ])('passes a true statement of which plan has what: %s', (body) => {
    expect(run(body).blocked).toBe(false);
  });
});

// A field-service app whose editions list their features under bold labels, the every-plan label
// naming its plans in brackets, and whose mid plan can also buy an add-on.
describe('plan gating from bold labelled lists', () => {
  const lathe = aWorld({
    products: [
      aProduct({ sku: 'LT-SOLO', name: 'Solo', listPrice: 15, unit: 'user/month', description: '' }),
      aProduct({ sku: 'LT-CREW', name: 'Crew', listPrice: 32, unit: 'user/month', description: '' }),
      aProduct({ sku: 'LT-FLEET', name: 'Fleet', listPrice: 58, unit: 'user/month', description: '' }),
      aProduct({
        sku: 'LT-ROUTE',
        name: 'Route Optimiser',
        listPrice: 2400,
        unit: 'year',
        description: 'Crew and Fleet',
      }),
    ],
    documents: [
      aDocument({
        id: 'lt-editions',
        title: 'Lathe editions',
        kind: 'spec',
        body:
          '# Editions\n\n' +
          '- **Every plan (Solo, Crew, Fleet):** job scheduling, photo capture, an audit log and offline mode.\n' +
          '- **Crew adds:** dispatch boards, on-site customer signatures, and the option to buy the Route Optimiser.\n' +
          '- **Fleet adds:** vehicle telematics, the private cloud option and SCIM.\n',
      }),
    ],
  });
  const runLathe = (body: string) => check(body, { world: lathe });

  it.each([
    'Dispatch boards come with every plan, Solo included, so nothing changes for you.',
    'You can already take on-site customer signatures on Solo.',
    'The private cloud option is available on Crew, so you could move to a dedicated deployment without changing plan.',
  ])('blocks a feature the labelled lists keep from that plan: %s', (body) => {
    expect(runLathe(body).findings).toContainEqual(
      expect.objectContaining({ severity: 'block', check: 'product_feature' }),
    );
  });

  it.each([
    'Crew gives you the audit log and offline mode, like every plan.',
    'Solo already has job scheduling and photo capture.',
    'Fleet includes dispatch boards as well as vehicle telematics.',
    'The private cloud option is on Fleet; moving to it means moving to Fleet.',
  ])('passes what the labelled lists give that plan: %s', (body) => {
    expect(runLathe(body).blocked).toBe(false);
  });
});

describe('plan gating across a move to a plan and hours written out', () => {
  // An invented world: a greenhouse-sensor service on three tiers, with support hours per tier.
  const greenhouse = aWorld({
    products: [
      aProduct({ sku: 'GS-SEED', name: 'Seedling', listPrice: 9, unit: 'sensor/month', description: '' }),
      aProduct({ sku: 'GS-GROW', name: 'Grower', listPrice: 15, unit: 'sensor/month', description: '' }),
      aProduct({ sku: 'GS-ORCH', name: 'Orchard', listPrice: 24, unit: 'sensor/month', description: '' }),
    ],
    documents: [
      aDocument({
        id: 'gs-tiers',
        title: 'Tiers',
        kind: 'spec',
        body:
          '# Tiers\n\n| | Seedling | Grower | Orchard |\n| --- | --- | --- | --- |\n| Frost forecasting | no | no | yes |\n| Humidity alerts | no | yes | yes |\n\n' +
          '## Support\n\n- Grower: chat and phone, weekdays 8:00 to 18:00.\n' +
          '- Orchard: chat and phone 24 hours a day, 7 days a week; urgent calls answered within 30 minutes.',
      }),
    ],
  });
  const blocked = (body: string) =>
    check(body, { world: greenhouse }).findings.some((f) => f.severity === 'block' && f.kind === 'claim');

  it('blocks a feature promised to the plan a customer moves to when that plan lacks it', () => {
    expect(
      blocked(
        'Moving to Grower also brings frost forecasting, so crews know which beds need a cover tonight.',
      ),
    ).toBe(true);
  });

  it.each([
    'Upgrading to Orchard gets you frost forecasting.',
    'On Orchard, support is by chat and phone 24 hours a day, 7 days a week.',
    'Orchard support runs 24/7 by chat and phone.',
  ])('passes what the documents give the plan named: %s', (body) => {
    expect(blocked(body)).toBe(false);
  });
});

describe('a scope said of some features of a sentence, not all', () => {
  it.each([
    'Kanban boards come with every plan, plus a client proofing portal on Studio.',
    'Comment threads on all plans; colour-proof exports on Atelier.',
    'Every plan has the client inbox, but time-lapse playback starts on Studio.',
  ])('gives "every plan" only to the features it is said of: %s', (body) => {
    expect(gated(body)).toBe(false);
  });

  it.each([
    'Kanban boards and colour-proof exports come with every plan.',
    'A client proofing portal on every plan, plus priority rendering on Studio.',
  ])('still blocks a gated feature given to every plan: %s', (body) => {
    expect(gated(body)).toBe(true);
  });
});

describe('a comparison row that names examples in brackets', () => {
  // The row's label is long only for its bracket: its "no" cells still deny the feature to those plans.
  const compared = aWorld({
    products: [
      aProduct({ sku: 'KB-LITE', name: 'Lite', listPrice: 10, unit: 'user/month', description: '' }),
      aProduct({ sku: 'KB-PLUS', name: 'Plus', listPrice: 20, unit: 'user/month', description: '' }),
      aProduct({ sku: 'KB-MAX', name: 'Max', listPrice: 40, unit: 'user/month', description: '' }),
    ],
    documents: [
      aDocument({
        id: 'kb-compare',
        title: 'Plan comparison',
        kind: 'pricing',
        body:
          '# Compare plans\n\n| | Lite | Plus | Max |\n| --- | --- | --- | --- |\n' +
          '| SAML single sign-on (Microsoft Entra ID, Okta, Google Workspace) | no | no | yes |\n' +
          '| Multi-factor authentication | yes | yes | yes |\n',
      }),
    ],
  });
  const blocksOn = (body: string) =>
    check(body, { world: compared }).findings.some(
      (f) => f.severity === 'block' && f.check === 'product_feature',
    );

  it('blocks single sign-on said of a plan whose cell says no, however it is named', () => {
    expect(blocksOn('Single sign-on with Microsoft Entra ID is included on Plus.')).toBe(true);
    expect(blocksOn('Plus has SSO.')).toBe(true);
    expect(blocksOn('Max includes single sign-on with Okta.')).toBe(false);
  });
});

describe('two plans set side by side', () => {
  it('gives a feature to neither when the other of the pair has it', () => {
    expect(
      gated("Here's the IT side of Studio versus Atelier, since that's where SAML single sign-on sits."),
    ).toBe(false);
    expect(gated('Studio comes with SAML single sign-on.')).toBe(true);
  });
});

describe('what services billed once are sized by', () => {
  const world = aWorld({
    products: [
      aProduct({ sku: 'ACC', name: 'Access', listPrice: 6, unit: 'user/month', description: '' }),
      aProduct({ sku: 'PLUS', name: 'Access Plus', listPrice: 9, unit: 'user/month', description: '' }),
      aProduct({ sku: 'LS', name: 'Launch S', listPrice: 4500, unit: 'one-time', description: '' }),
      aProduct({ sku: 'LM', name: 'Launch M', listPrice: 12000, unit: 'one-time', description: '' }),
    ],
    documents: [
      aDocument({
        id: 'onboarding',
        kind: 'pricing',
        body:
          '# Onboarding\n\n| Package | Committed users | Duration |\n| --- | --- | --- |\n' +
          '| Launch S | up to 500 | 3–4 weeks |\n| Launch M | 501–2,000 | 6–8 weeks |\n\n' +
          '# Editions\n\n| Capability | Access | Access Plus |\n| --- | --- | --- |\n| Lifecycle workflows | — | ✓ |\n',
      }),
    ],
  });
  const gatedHere = (body: string) =>
    check(body, { world }).findings.some((f) => f.severity === 'block' && f.check === 'product_feature');

  it('gives no plan billed monthly a row of their table', () => {
    expect(gatedHere('Edition: Access, 400 committed users.')).toBe(false);
    expect(gatedHere('Access includes lifecycle workflows.')).toBe(true);
  });
});
