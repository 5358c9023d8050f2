import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';
import { boundStems, isFactor, isPricedQuantity, isWorkedPeriod } from './measure-shapes.ts';

// A world of its own: greenhouse climate monitoring priced in Swedish kronor, one price-book line per
// plan ("Seedling plan"), readings kept per plan, an audit trail on the top plan only, a schools
// programme and agronomist days sold by the day.
const world = {
  ...aWorld({
    products: [
      aProduct({
        sku: 'GH-SEED',
        name: 'Glasshouse Seedling plan',
        listPrice: 9000,
        currency: 'SEK',
        unit: 'year',
      }),
      aProduct({
        sku: 'GH-BLOOM',
        name: 'Glasshouse Bloom plan',
        listPrice: 24000,
        currency: 'SEK',
        unit: 'year',
      }),
      aProduct({
        sku: 'GH-ORCH',
        name: 'Glasshouse Orchard plan',
        listPrice: 60000,
        currency: 'SEK',
        unit: 'year',
      }),
      aProduct({
        sku: 'GH-DAY',
        name: 'Agronomist visit day',
        listPrice: 8000,
        currency: 'SEK',
        unit: 'day',
      }),
    ],
    documents: [
      aDocument({
        id: 'gh-plans',
        title: 'Glasshouse plans',
        kind: 'pricing',
        body:
          '# Glasshouse plans\n\n| | Seedling | Bloom | Orchard |\n| --- | --- | --- | --- |\n' +
          '| Probes | up to 40 | up to 300 | unlimited |\n' +
          '| Readings retention | 6 months | 2 years | 10 years |\n' +
          '| Change trail | – | – | ✓ (kept 1 year) |\n\n' +
          'Agronomist visit days are SEK 8,000 per day on every plan.\n\n' +
          'Agricultural schools get 15% off the plan fee.\n\n' +
          '- A renewal runs for 12 months unless either side cancels at least 45 days before the end.\n' +
          '- Sensor setup takes 3 to 5 weeks.\n',
      }),
    ],
    opportunities: [anOpportunity({ name: 'Globex greenhouses: Bloom, 120 probes' })],
    activities: [anEmail({ body: 'Our insurer wants eight years of humidity logs. We run 120 probes.' })],
  }),
  seller: { name: 'Glasshouse Climate', domains: ['northwind.io'] },
};
const blocks = (body: string) =>
  check(body, { world }).findings.filter(
    (f) => f.severity === 'block' && (f.check === 'documented_quantity' || f.check === 'duration'),
  );

describe('a number is held to the documented quantity of the same thing on the same plan', () => {
  it.each([
    'Bloom takes up to 500 probes.',
    'Bloom keeps readings for 5 years.',
    'Orchard keeps the change trail for 10 years.',
    'Orchard keeps three years of change trail.',
    'A renewal runs for 12 months unless either side cancels at least 20 days before the end.',
    // One end of a range does not vouch for the other.
    'Sensor setup takes 1 to 3 weeks.',
  ])('blocks another value for that thing and plan: %s', (body) => {
    expect(blocks(body)).not.toEqual([]);
  });

  it.each([
    // The plan's own figure of this kind, said without naming which quantity.
    'Only Orchard keeps 10 years.',
    // The number is bound to a noun another figure of the sentence does not measure.
    'Orchard buys you ten years of readings, the change trail and priority help.',
    // The sentence gives the documented quantity its own number; the other is the term.
    'After the 24 months, a renewal runs for 12 months unless either side cancels at least 45 days before the end.',
    'Sensor setup takes 3 to 5 weeks.',
    // Amounts in a currency code are money, whatever they total.
    'The difference comes to SEK 1,500 a year.',
    'Three visit days: 3 × SEK 8,000 = SEK 24,000.',
    // A share a documented programme takes off is a discount.
    'As a school you keep the 15%.',
  ])('passes a true figure or one that is no documented quantity: %s', (body) => {
    expect(blocks(body)).toEqual([]);
  });
});

describe('periods that are the customer’s or bought by the unit', () => {
  it('passes the customer’s own period restated, bound to a thing no document measures', () => {
    expect(blocks('Eight years of humidity logs go beyond what Bloom keeps.')).toEqual([]);
  });

  it('passes a number of days priced for the reader', () => {
    expect(blocks('Agronomist visits are SEK 8,000 a day, so two days would be SEK 16,000.')).toEqual([]);
  });

  it('still blocks a period bound to a documented thing that the documents give otherwise', () => {
    expect(blocks('Bloom keeps eight years of readings.')).not.toEqual([]);
  });
});

describe('claim shapes', () => {
  it('reads the noun a number is bound to by "of" or its hyphen, and none otherwise', () => {
    const text = 'Orchard keeps ten years of change trail and a 6-month sandbox; Bloom keeps 2 years.';
    const at = (said: string) => [text.indexOf(said), text.indexOf(said) + said.length] as const;
    expect([...boundStems(text, ...at('ten years'))]).toEqual(['chang', 'trail']);
    expect([...boundStems(text, ...at('6-month'))]).toEqual(['sandbox']);
    expect([...boundStems(text, ...at('2 years'))]).toEqual([]);
  });

  it('tells a factor of a written-out product from a stated count', () => {
    const text = 'Use 4 × Probe kit, or Probe kit x 2, for 12 benches.';
    expect(isFactor(text, 4, 5)).toBe(true);
    expect(isFactor(text, 34, 35)).toBe(true);
    expect(isFactor(text, 41, 43)).toBe(false);
  });

  it('tells a priced number of units from a stated period', () => {
    expect(isPricedQuantity('three days would be NOK 9,000', 10)).toBe(true);
    expect(isPricedQuantity('three days at €450', 10)).toBe(true);
    expect(isPricedQuantity('three days before the end', 10)).toBe(false);
  });
});

describe('a period the sentence adds up', () => {
  const worked = (sentence: string, said: string, days: number) =>
    isWorkedPeriod(sentence, sentence.indexOf(said), days);

  it('reads a total of periods stated before it, one said as "another"', () => {
    const s = 'Snapshots go within 20 days and their copies within another 15, so 35 days at most.';
    expect(worked(s, '35 days', 35)).toBe(true);
    const t = 'Three weeks of pilot plus 10 days of review makes 31 days in all.';
    expect(worked(t, '31 days', 31)).toBe(true);
  });

  it('reads no total the periods do not make, or one said as no total', () => {
    const s = 'Snapshots go within 20 days and their copies within another 15, so 40 days at most.';
    expect(worked(s, '40 days', 40)).toBe(false);
    const t = 'Snapshots go within 20 days and their copies within 15 days; archives stay 35 days.';
    expect(worked(t, '35 days', 35)).toBe(false);
  });
});
