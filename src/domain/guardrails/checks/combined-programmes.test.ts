import { describe, expect, it } from 'vitest';
import { aDocument, aWorld, check, PRICING } from '../guard-test-factories.ts';

const PROGRAMMES = aDocument({
  id: 'doc-programmes',
  title: 'Northwind programmes',
  kind: 'policy',
  body:
    '# Northwind programmes\n\nOne programme per agreement: programmes are never combined with each other.\n\n' +
    '## Multi-year\n\n- Three-year term: 10% off seat fees.\n\n' +
    '## Classroom licence\n\nSchools and colleges may hold a classroom licence: student seats cost $5 a month ' +
    'each in place of the seat fee.\n\n' +
    '## Free trial\n\n30 days on up to 5 seats, with Northwind Enterprise features.',
});
const world = aWorld({ documents: [PRICING, PROGRAMMES] });
const stacked = (body: string) =>
  check(body, { world }).findings.filter((f) => f.check === 'stacked' && f.severity === 'block');

describe('programmes named by their own words, said to apply together', () => {
  it.each([
    'Good news: the classroom licence and the three-year discount can both apply to your training centre.',
    'You can keep the classroom licence on top of the 36-month term.',
  ])('blocks two programmes at once where none combine: %s', (body) => {
    expect(stacked(body)).not.toEqual([]);
  });

  it.each([
    "The classroom licence and the three-year discount don't combine, so pick whichever saves more.",
    'You can have the classroom licence or the three-year discount.',
    'Both of your training centres can use the classroom licence.',
    'We cannot combine the classroom licence with the three-year discount.',
    // The trial's section names Enterprise, but a plan is no programme's own word.
    'Northwind Pro vs Northwind Enterprise (three-year renewal, both with the 10% multi-year discount).',
  ])('passes one programme, a choice between two, or the rule explained: %s', (body) => {
    expect(stacked(body)).toEqual([]);
  });
});
