/**
 * A price list whose rules are written in words: a rep limit as a fraction, a programme that combines
 * with nothing, a fee whose any reduction needs approval, a prepay discount that covers add-ons.
 */
import { describe, expect, it } from 'vitest';
import { aDocument, aProduct, aWorld, check } from '../guard-test-factories.ts';
import { readDiscountPolicy } from '../index/discount-policy.ts';
import { extractFigures, fractionPercent } from '../text/figures.ts';

const TERMS = aDocument({
  id: 'doc-terms',
  title: 'Commercial terms',
  kind: 'policy',
  body:
    '# Commercial terms\n\n' +
    '## Charity programme\n\nRegistered charities get 20% off the seat fee for the whole term. ' +
    'The programme cannot be combined with any other reduction.\n\n' +
    '## Prepay\n\nIf you pay two years up front, you get 3% off the seat and add-on fees.\n\n' +
    '## Flexibility\n\nYour account manager may agree a price up to one fifth below list on the seat fee. ' +
    'Any reduction on the setup fee or on add-ons is for our pricing committee to approve.',
});
const world = aWorld({
  documents: [TERMS],
  products: [
    aProduct({
      sku: 'KB-SEAT',
      name: 'Kettle Seat',
      listPrice: 30,
      unit: 'seat/month',
      description: 'The plan',
    }),
    aProduct({
      sku: 'KB-VOICE',
      name: 'Voice pack',
      listPrice: 8,
      unit: 'seat/month',
      description: 'Add-on on Kettle Seat',
    }),
    aProduct({ sku: 'KB-SETUP', name: 'Setup', listPrice: 4000, unit: 'one-off', description: 'Setup fee' }),
  ],
});
const blocks = (body: string) => check(body, { world }).findings.filter((f) => f.severity === 'block');

describe('shares written in words', () => {
  it('reads fractions before "off", "below" and the like as percentages', () => {
    expect(fractionPercent('a fifth')).toBe(20);
    expect(fractionPercent('two-thirds')).toBe(67);
    expect(fractionPercent('one in four')).toBe(25);
    expect(extractFigures('up to one eighth below list')).toEqual([
      expect.objectContaining({ type: 'percent', value: 13 }),
    ]);
    expect(extractFigures('a quarter of the staff')).toEqual([]);
  });
});

describe('a discount policy written in words', () => {
  const cite = (id: string) => ({ source: 'chunk' as const, id, label: id, quote: '' });
  it('reads a rep limit given as a fraction of list', () => {
    const policy = readDiscountPolicy([
      { text: 'Sales reps can go as far as one tenth below list.', citation: cite('a') },
    ]);
    expect(policy.repLimit?.percent).toBe(10);
  });

  it('binds a no-stacking rule to the programme just described, or to every one when it names several', () => {
    const one = readDiscountPolicy([
      { text: 'Veterans get 12% off.', citation: cite('a') },
      { text: 'This discount does not combine with other offers.', citation: cite('b') },
      { text: 'Annual prepay takes 2% off.', citation: cite('c') },
    ]);
    expect(one.programmes.map((p) => [p.percent, p.exclusive])).toEqual([
      [12, true],
      [2, undefined],
    ]);
    const both = readDiscountPolicy([
      { text: 'Veterans get 12% off.', citation: cite('a') },
      { text: 'Annual prepay takes 2% off.', citation: cite('c') },
      { text: 'The veteran and prepay discounts never stack.', citation: cite('d') },
    ]);
    expect(both.programmes.every((p) => p.exclusive === undefined)).toBe(true);
  });

  it('reads the lines whose any reduction needs approval', () => {
    const policy = readDiscountPolicy([
      {
        text: 'Any discount on training days or on the hardware, needs sign-off from finance.',
        citation: cite('a'),
      },
    ]);
    expect(policy.approvalOnly?.map((l) => l.words)).toEqual(['training days', 'hardware']);
  });
});

describe('discounts against a policy written in words', () => {
  it('keeps a rep within a limit said as a fraction, and blocks one beyond it', () => {
    expect(blocks('I can take 15% off the Kettle Seat fee.')).toEqual([]);
    expect(blocks('I can take 25% off the Kettle Seat fee.').map((f) => f.check)).toContain('over_limit');
  });

  it('blocks a cut or a waiver of a fee the documents keep for approval, not a mention of it', () => {
    expect(blocks('I can knock 10% off the $4,000 setup fee this month.').map((f) => f.check)).toContain(
      'needs_approval',
    );
    expect(blocks('Good news: the setup fee is waived for you.').map((f) => f.check)).toContain(
      'needs_approval',
    );
    expect(blocks('The setup fee of $4,000 is invoiced once, at signature.')).toEqual([]);
  });

  it('blocks a discount stacked on a programme named by its name, not one on the prepay', () => {
    expect(
      blocks('On top of the charity programme I can add a further 5% off the seats.').map((f) => f.check),
    ).toContain('stacked');
    expect(blocks('On top of the prepay I can add a further 5% off the seats.')).toEqual([]);
  });

  it('lets a programme the documents give on add-on fees be named beside an add-on', () => {
    expect(blocks('Kettle Seat with the Voice pack, 3% off both for the prepay.')).toEqual([]);
    expect(blocks('I can give you 10% off the Voice pack.').map((f) => f.check)).toContain('add_on_discount');
  });
});
