import { describe, expect, it } from 'vitest';
import { readDiscountPolicy } from './discount-policy.ts';

const cite = { source: 'chunk' as const, id: 'doc#1', label: 'doc#1' };
const read = (...texts: string[]) => readDiscountPolicy(texts.map((text) => ({ text, citation: cite })));

describe('readDiscountPolicy', () => {
  it('reads the rep limit and a term-length programme', () => {
    const policy = read(
      'Three-year commitments receive 10% off list.',
      "Reps may discount up to 15%; anything above needs the sales manager's approval.",
    );
    expect(policy.repLimit?.percent).toBe(15);
    expect(policy.programmes).toEqual([expect.objectContaining({ percent: 10, durationDays: 1080 })]);
  });

  it('reads a limit in points on top of a programme, and no programme from its example', () => {
    const policy = read(
      'Your account manager can take up to 6 further points off the platform fee, on top of whichever programme applies: a 36-month term at 9% plus 6 points comes to 15% off.',
    );
    expect(policy.repLimit).toMatchObject({ percent: 6, beyondProgramme: true, recurringOnly: true });
    expect(policy.programmes).toEqual([]);
  });

  it('reads a programme for small firms as a programme, not a size band', () => {
    const policy = read(
      'New practice. A firm founded in the last 18 months with no more than 10 fee-earners gets 25% off seat fees for its first 12 months.',
    );
    expect(policy.programmes).toEqual([expect.objectContaining({ percent: 25 })]);
    expect(policy.volumeBands ?? []).toEqual([]);
    expect(read('Firms with more than 50 fee-earners get 10% off seat fees.').volumeBands).toEqual([10]);
  });

  it('takes who qualifies from the heading when the bullet under it names nobody', () => {
    const policy = readDiscountPolicy([
      {
        text: '15% off the plan subscription, on any annual-billing term.',
        citation: cite,
        heading: 'Community Fleet programme',
      },
    ]);
    expect(policy.programmes).toEqual([
      expect.objectContaining({ percent: 15, conditionStems: ['community', 'fleet'] }),
    ]);
  });

  it('takes no condition from what a programme does not depend on', () => {
    const policy = readDiscountPolicy([
      {
        text: '15% off the plan fee, whether you pay monthly or annually.',
        citation: cite,
        heading: '2. Non-profit programme — 15%',
      },
    ]);
    expect(policy.programmes).toEqual([
      expect.objectContaining({ percent: 15, conditionStems: ['nonprofit'] }),
    ]);
  });

  it("reads a term table's discount column as term programmes", () => {
    const policy = read(
      '12 months: Discount: none.',
      '24 months: Discount: 5%.',
      '36 months: Discount: 10%.',
    );
    expect(policy.programmes).toEqual([
      expect.objectContaining({ percent: 5, durationDays: 720 }),
      expect.objectContaining({ percent: 10, durationDays: 1080 }),
    ]);
  });

  it('reads "on your own authority" as the rep limit, not a programme', () => {
    const policy = read('You may offer up to 10% off the plan subscription on your own authority.');
    expect(policy.repLimit?.percent).toBe(10);
    expect(policy.programmes).toEqual([]);
  });

  it('reads who qualifies, not how they are billed, as the condition; and a first 12 months as a first year', () => {
    const [programme] = read(
      'A single independently owned hotel: 10% off room fees for the first 12 months, on any annual-billing term.',
    ).programmes;
    expect(programme?.conditionStems).toContain('independent');
    expect(programme?.conditionStems).not.toContain('annual');
    expect(programme?.firstYearOnly).toBe(true);
  });

  it('reads a limit that counts programme discounts in', () => {
    expect(
      read('An account executive may offer up to 10% off seats in total, programme discounts included.')
        .repLimit,
    ).toMatchObject({ percent: 10, includesProgrammes: true });
  });

  it('reads a limit said of everything as not for recurring charges only', () => {
    expect(
      read('Reps may offer up to 10% off any line, hardware included.').repLimit?.recurringOnly,
    ).toBeUndefined();
  });

  it('calls a programme tied to a term of years a multi-year discount', () => {
    expect(read('- 36 months: 9% off the platform fee.').programmes[0]!.conditionStems).toContain(
      'multiyear',
    );
  });

  it('reads a programme that lasts the first contract year only', () => {
    expect(read('Startups get 40% off Pro for the first contract year only.').programmes[0]).toMatchObject({
      firstYearOnly: true,
    });
    expect(
      read('Three-year terms get 9% off from the first year on.').programmes[0]!.firstYearOnly,
    ).toBeUndefined();
  });

  it('takes the lowest of several limits as the rep’s', () => {
    expect(
      read('Reps may discount up to 15% and managers up to 25% without approval.').repLimit?.percent,
    ).toBe(15);
  });

  it('reads a programme without a term by its condition words', () => {
    const policy = read('Registered nonprofits receive a 20% discount.');
    expect(policy.programmes[0]).toMatchObject({ percent: 20, durationDays: undefined });
    expect(policy.programmes[0]!.conditionStems).toContain('nonprofit');
  });

  it('reads each term of a list that says "off" only once', () => {
    const policy = read('Commitments: 3% off the seats on a 12-month prepay; 6% on a 24-month prepay.');
    expect(policy.programmes).toEqual([
      expect.objectContaining({ percent: 3, durationDays: 360 }),
      expect.objectContaining({ percent: 6, durationDays: 720 }),
    ]);
  });

  it('reads no programme from a second percentage without a term of its own', () => {
    expect(read('Growth gets 10% off in year one; renewals rise by at most 5%.').programmes).toEqual([
      expect.objectContaining({ percent: 10 }),
    ]);
  });

  it('reads a limit given to an account manager, and a band of a quantity table as no programme', () => {
    const policy = read(
      '25 to 99 licences: Discount on licences: 4%.',
      '100 or more licences: Discount on licences: 9%.',
      'Besides the licence band, your account manager can offer up to 6% off the licences.',
    );
    expect(policy.repLimit?.percent).toBe(6);
    expect(policy.programmes).toEqual([]);
    expect(policy.volumeBands).toEqual([4, 9]);
  });

  it('reads no programme from an unrelated percentage', () => {
    expect(read('Enterprise includes a 99.9% uptime SLA.')).toEqual({ repLimit: undefined, programmes: [] });
  });
});

describe('readDiscountPolicy across wordings', () => {
  const products = (text: string, names: Record<string, string>) =>
    Object.entries(names).flatMap(([name, sku]) => {
      const start = text.indexOf(name);
      return start < 0 ? [] : [{ sku, start, end: start + name.length }];
    });
  const withProducts = (text: string, names: Record<string, string>) =>
    readDiscountPolicy([{ text, citation: cite, products: products(text, names) }]);

  it('gives each percentage the term of its own part of the sentence', () => {
    const policy = read(
      'Multi-year terms: 6% off list for a two-year term, 10% off list for a three-year term.',
    );
    expect(policy.programmes.map((p) => [p.percent, p.durationDays])).toEqual([
      [6, 720],
      [10, 1080],
    ]);
  });

  it('names a condition in one word whatever the document calls it', () => {
    const policy = read('Public sector bodies and charities: 20% off list.');
    expect(policy.programmes[0]!.conditionStems).toEqual(expect.arrayContaining(['government', 'nonprofit']));
    expect(read('Non-profit and education: 25% off.').programmes[0]!.conditionStems).toEqual(
      expect.arrayContaining(['nonprofit', 'education']),
    );
  });

  it('keeps the plans a programme covers, not the ones it excludes, and no plan as a condition', () => {
    const text = 'Non-profits: 25% off Team and Business (not Starter or Enterprise).';
    const [programme] = withProducts(text, {
      Team: 'T',
      Business: 'B',
      Starter: 'S',
      Enterprise: 'E',
    }).programmes;
    expect(programme!.skus).toEqual(['T', 'B']);
    expect(programme!.conditionStems).not.toContain('team');
  });

  it('notices that programmes do not stack and skip add-ons', () => {
    const policy = read(
      'Programme discounts apply to plans, never to add-ons or services.',
      'Programme discounts do not stack with each other.',
    );
    expect(policy.noStacking?.id).toBe('doc#1');
    expect(policy.notOnAddOns?.id).toBe('doc#1');
    expect(read('Three-year commitments receive 10% off list.').noStacking).toBeUndefined();
  });
});

describe('rules from a page for the sales team', () => {
  const internal = (...texts: string[]) =>
    readDiscountPolicy(texts.map((text) => ({ text, citation: cite, internal: true })));

  it('reads a limit set off in bold as the limit', () => {
    expect(
      read('- Account managers may take up to **12% off the licence fee** alone.').repLimit?.percent,
    ).toBe(12);
  });

  it('takes the rep limit and the approver-only lines from it, but no programme or band', () => {
    const policy = internal(
      '- An account manager may offer up to 7% off the seat fee on their own.',
      '- Founding customers get 20% off the seat fee.',
      '- 100 to 499 seats: 5% off.',
      '- Discounts on the Insights pack, Audit pack or training days: finance director only.',
    );
    expect(policy.repLimit?.percent).toBe(7);
    expect(policy.programmes).toEqual([]);
    expect(policy.volumeBands).toBeUndefined();
    expect(policy.approvalOnly?.map((l) => l.words)).toEqual([
      'insights pack',
      'audit pack',
      'training days',
    ]);
  });

  it('reads no approver-only line from a rule that names no approver', () => {
    expect(read('- Discounts on training days: half a day minimum.').approvalOnly).toBeUndefined();
  });
});
