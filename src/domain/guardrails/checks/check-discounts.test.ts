import { describe, expect, it } from 'vitest';
import {
  aDocument,
  aNote,
  aWorld,
  blockingKinds,
  check,
  PRICING,
  SECURITY,
} from '../guard-test-factories.ts';

describe('discount policy', () => {
  it.each([
    'I can offer 12% off if you sign by March 31.',
    'We could do a 15% discount on the first year.',
    'I can take 10% off the list price if we sign by March 31.',
    'We can do 5% off for a signature this month.',
    'If you commit to three years, the 10% multi-year discount applies.',
    'Three-year commitments receive 10% off list.',
    'On top of the 10% three-year discount I can add another 5%.',
    'Our proposal includes 10% off for the three-year commitment.',
  ])('passes a discount within the rep limit or a documented programme: %s', (body) => {
    expect(check(body).findings.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it.each([
    'I can offer you 20% off the list price.',
    'We are able to discount this by 30%.',
    'I will knock 18 percent off if you sign this month.',
    'To close this week I can do 25 percent off.',
    'I got you a 22% discount on the total.',
    'Let me reduce the price by 40%.',
    'You would save 20% compared to list.',
    'I can offer 12% off now and another 8% at signature.',
    'On top of the 10% three-year discount I can add another 20%.',
    'I can sharpen the pencil to 20% below list.',
    'I can offer a 25% concession.',
    'How about half price for the first year?',
  ])('blocks a discount beyond the rep limit: %s', (body) => {
    const result = check(body);
    expect(blockingKinds(result)).toContain('discount');
    expect(result.findings.find((f) => f.kind === 'discount')!.citation).toMatchObject({
      id: 'doc-pricing#1',
    });
  });

  it.each(['Three-year commitments receive 15% off list.', 'A three-year commitment gets 12% off.'])(
    'blocks a documented programme restated with the wrong figure: %s',
    (body) => {
      expect(check(body).findings).toContainEqual(
        expect.objectContaining({ kind: 'discount', check: 'programme' }),
      );
    },
  );

  it('allows a larger discount once an approval is on record, and only up to it', () => {
    const world = aWorld({
      extraActivities: [aNote('Sam approved up to 20% for Globex if they sign the three-year deal.')],
    });
    expect(check('Good news: I can offer 20% off if you sign the three-year deal.', { world }).blocked).toBe(
      false,
    );
    expect(check('I can offer 25% off.', { world }).blocked).toBe(true);
  });

  it('holds an approval for a term to that term, whatever term the sentence turns down', () => {
    const world = aWorld({
      extraActivities: [aNote('APPROVED: 20% off Globex seats on a 36-month term only.')],
    });
    const on = (body: string) => check(body, { world }).blocked;
    expect(on('On the 36-month term, the approved 20% applies to every seat.')).toBe(false);
    // "the approved 20%" is the approval's discount offered again, on a term it does not cover.
    expect(on("If you'd rather not commit to 36 months, the approved 20% still applies on 24 months.")).toBe(
      true,
    );
    expect(on('On 24 months we can keep the same 20%.')).toBe(true);
    // A total worked out "after the approved 20%" offers nothing new.
    expect(on('On the 36-month term, 150 Pro seats come to $4,800 a month after the approved 20%.')).toBe(
      false,
    );
  });

  it('does not take a request for approval as an approval', () => {
    const world = aWorld({ extraActivities: [aNote('Asked Sam for approval on 25% off; pending.')] });
    expect(check('I can offer 25% off.', { world }).blocked).toBe(true);
  });

  it('accepts an approval the caller knows of', () => {
    expect(check('I can offer 25% off.', { guard: { approvedDiscountPercent: 25 } }).blocked).toBe(false);
  });

  it('reads the rep limit from a policy document in other words', () => {
    const policy = aDocument({
      id: 'doc-policy',
      kind: 'policy',
      body: '# Discounting\n\nAccount executives can give a maximum of 8% without approval.',
    });
    const world = aWorld({
      documents: [
        { ...PRICING, body: '# Pricing\n\n- Northwind Pro: $40 per seat per month.' },
        SECURITY,
        policy,
      ],
    });
    expect(check('I can offer 8% off.', { world }).blocked).toBe(false);
    expect(check('I can offer 10% off.', { world }).blocked).toBe(true);
  });

  it('warns when no limit is documented rather than guess one', () => {
    const world = aWorld({ documents: [SECURITY] });
    const result = check('I can offer 30% off.', { world });
    expect(result.blocked).toBe(false);
    expect(result.findings).toContainEqual(expect.objectContaining({ kind: 'discount', severity: 'warn' }));
  });
});

describe('a volume table and a seller limit named by another title', () => {
  // An invented world: office coffee machines rented per site, with a discount by number of sites.
  const terms = aDocument({
    id: 'doc-terms',
    kind: 'policy',
    body: [
      '# Rental terms',
      '',
      '| Sites | Discount on rental |',
      '| --- | --- |',
      '| 1 to 9 | none |',
      '| 10 to 39 | 6% |',
      '| 40 or more | 11% |',
      '',
      '- Beyond the site discount, your customer success manager or account manager may give up to 7% off the rental. More than that goes to the regional director.',
      '- Housing associations rent at a fixed charter rate of $30 a site; the charter rate replaces the site discount and is not combined with any other discount.',
    ].join('\n'),
  });
  const world = aWorld({
    documents: [
      { ...PRICING, body: '# Pricing\n\n- Northwind Pro: $40 per seat per month.' },
      SECURITY,
      terms,
    ],
  });
  const blocks = (body: string) =>
    check(body, { world }).findings.filter((f) => f.severity === 'block' && f.kind === 'discount');

  it.each([
    'With 14 sites you get the 6% site-volume discount, and I can add a further 7% off the rental.',
    'Your 52 offices sit in the 11% volume band; on top of that I can do 5%.',
    'At 14 sites you get the 6% volume discount, and I can add 7% on top, so 13% off the rental in all.',
    'With the 11% volume band and another 7% from me, that is 18% off the rental.',
    'The rental is $40, less the 6% volume discount.',
  ])('lets the seller’s allowance sit on top of the documented band: %s', (body) => {
    expect(blocks(body)).toEqual([]);
  });

  it.each([
    'On top of the 11% volume discount I can take another 9% off the rental.',
    'With the 11% band and another 11% from me, that is 22% off the rental.',
    'I can give you 10% off the rental this quarter.',
  ])('holds the seller to the limit an account manager is given: %s', (body) => {
    expect(blocks(body)).toContainEqual(expect.objectContaining({ kind: 'discount', check: 'over_limit' }));
  });

  it('blocks any discount added to a price the documents say combines with none', () => {
    expect(
      blocks('With the charter rate of $30 we can also apply the 6% site-volume discount on top.'),
    ).toContainEqual(expect.objectContaining({ check: 'stacked' }));
    expect(blocks('On the charter rate of $30 I can still take 5% off.')).toContainEqual(
      expect.objectContaining({ check: 'stacked' }),
    );
    expect(blocks('The charter rate of $30 replaces the 6% site-volume discount.')).toEqual([]);
    expect(blocks('The charter rate of $30 is not combined with the 6% site-volume discount.')).toEqual([]);
  });
});

describe('programme discounts that never combine', () => {
  const world = aWorld({
    documents: [
      {
        ...PRICING,
        body:
          '# Pricing\n\n- Northwind Pro: $40 per seat per month.\n- Platform fee: $9,000 a year.\n' +
          '- Three-year commitments receive 10% off list.\n- Non-profits receive 20% off list.\n' +
          '- Programme discounts do not combine with any other discount.\n' +
          '- Reps may discount up to 15%.',
      },
      SECURITY,
    ],
  });
  const stacked = (body: string) => check(body, { world }).findings.filter((f) => f.check === 'stacked');

  it.each([
    'On three years you get the 10% multi-year discount plus 8% off the seats.',
    'As a non-profit you get 20% off, and on top of that the 10% three-year discount.',
    'You get the 20% non-profit discount and the 10% three-year discount.',
    'The non-profit discount of 20% combines with the 10% three-year discount.',
    'As a non-profit you get 20% off the seats, and I can add 5% on top.',
  ])('blocks a programme discount added to another: %s', (body) => {
    expect(stacked(body)).not.toEqual([]);
  });

  it.each([
    "The 10% three-year discount and the 20% non-profit discount don't combine, so you would get the 20%.",
    "As a non-profit you get 20% off list; that can't be combined with the 10% three-year discount.",
    'The 20% non-profit discount is the better of the two (the three-year discount is 10%), and they do not stack.',
    "With the 20% non-profit discount your price is $32 per seat, and I can't add the 10% three-year discount on top.",
    "Programme discounts don't stack: 20% for non-profits or 10% for three years, whichever is higher.",
  ])('keeps a sentence that explains the rule or picks one discount: %s', (body) => {
    expect(stacked(body)).toEqual([]);
  });

  it('reads a percentage against the programme named beside it, not one elsewhere in the sentence', () => {
    const body =
      'You qualify for the 20% non-profit rate, which is larger than the 10% multi-year discount, so we apply the 20% alone.';
    expect(check(body, { world }).findings.filter((f) => f.severity === 'block')).toEqual([]);
    expect(check('Non-profits receive 25% off list.', { world }).findings).toContainEqual(
      expect.objectContaining({ check: 'programme' }),
    );
  });

  it('reads discounts on two different lines of the quote as each on its own', () => {
    expect(
      stacked(
        'On three years: 10% off the seats (approved) and 10% off the platform fee as the three-year discount.',
      ),
    ).toEqual([]);
  });
});

describe('a programme for the first contract year only', () => {
  const world = aWorld({
    documents: [
      aDocument({
        id: 'doc-founders',
        title: 'Programmes',
        kind: 'policy',
        body: '# Programmes\n\n- Young companies get 30% off Northwind Pro for the first contract year only.\n- Reps may discount up to 10%.',
      }),
    ],
  });
  const termFindings = (body: string) =>
    check(body, { world }).findings.filter((f) => f.check === 'programme_term');

  it('passes the programme for its first year', () => {
    expect(termFindings('As a young company you get 30% off Pro in your first contract year.')).toEqual([]);
  });

  it.each([
    'As a young company you get 30% off Pro for your first two contract years.',
    'As a young company you keep 30% off Pro for the whole term.',
  ])('blocks it said to last longer: %s', (body) => {
    expect(termFindings(body)).not.toEqual([]);
  });
});

describe('programmes for two term lengths named side by side', () => {
  const world = aWorld({
    documents: [
      {
        ...PRICING,
        body:
          '# Pricing\n\n- Northwind Pro: $40 per seat per month.\n- 24-month term: 4% off list.\n' +
          '- 36-month term: 9% off list.\n- Non-profits receive 20% off list.\n' +
          '- Programme discounts do not combine with any other discount.\n- Reps may discount up to 6%.',
      },
      SECURITY,
    ],
  });
  const stacked = (body: string) => check(body, { world }).findings.filter((f) => f.check === 'stacked');

  it.each([
    'Committing for two years lowers the seat price by 4%, and for three years by 9%; you choose the term.',
    'On a 24-month agreement Pro drops 4%, on a 36-month agreement 9%.',
  ])('reads each percentage as the other term’s alternative: %s', (body) => {
    expect(stacked(body)).toEqual([]);
  });

  it.each([
    'On 24 months it is 4% off; on 36 months, 9% off.',
    'The two term options for your seats:\n- 24 months: 4% off, $38.40 a seat\n- 36 months: 9% off, $36.40 a seat',
  ])(
    'reads a term said before its percentage, in its clause or as a list label, as that percentage’s: %s',
    (body) => {
      // Neither over the rep's 6% nor stacked: each is the documented discount for its own term.
      expect(check(body, { world }).findings.filter((f) => f.severity === 'block')).toEqual([]);
    },
  );

  it('still blocks a term discount added to another programme', () => {
    expect(
      stacked('Over three years you get the 9% term discount plus the 20% non-profit discount as well.'),
    ).not.toEqual([]);
  });
});

describe('percentages that are thresholds, not discounts', () => {
  const offers = (body: string) =>
    check(body).findings.filter((f) => f.kind === 'discount' && f.severity === 'block');

  it('reads a credit paid below an uptime level as no discount', () => {
    expect(
      offers('If availability falls under 99.5% we credit 10% of the monthly fee, and 30% below 98%.'),
    ).toEqual([]);
  });

  it('still reads a percentage below list as a discount', () => {
    expect(offers('For Globex I can go 30% below list on Pro.')).toContainEqual(
      expect.objectContaining({ check: 'over_limit' }),
    );
  });
});

describe('a rep limit kept on a page for the sales team', () => {
  const world = aWorld({
    documents: [
      aDocument({
        id: 'doc-terms',
        title: 'Programmes',
        kind: 'policy',
        body: '# Programmes\n\n- Three-year commitments receive 10% off list.',
      }),
      aDocument({
        id: 'doc-desk',
        title: 'INTERNAL: approvals (not for customers)',
        kind: 'policy',
        body: '# INTERNAL: approvals\n\n- An account manager may give up to **8% off the seat price** on their own authority.',
      }),
      SECURITY,
    ],
  });
  const discountChecks = (body: string) =>
    check(body, { world })
      .findings.filter((f) => f.kind === 'discount')
      .map((f) => f.check);

  it('passes an offer within it', () => {
    expect(discountChecks('For a one-year term I can take 8% off the Pro seats.')).toEqual([]);
  });

  it('blocks an offer past it', () => {
    expect(discountChecks('For a one-year term I can take 12% off the Pro seats.')).toContain('over_limit');
  });
});
