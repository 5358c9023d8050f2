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
