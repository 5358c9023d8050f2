import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, aProduct, aWorld, check } from '../guard-test-factories.ts';

// A world of its own: a lab-booking tool on two plans and an add-on, limits
// given as labelled rows ("Booking rules: 40") and a volume price sold on no product.
const world = aWorld({
  products: [
    aProduct({ sku: 'BK-BENCH', name: 'Benchtop', listPrice: 20, unit: 'user/month', description: '' }),
    aProduct({ sku: 'BK-CAMPUS', name: 'Campus', listPrice: 50, unit: 'user/month', description: '' }),
    aProduct({ sku: 'BK-RAPID', name: 'Rapid Care plan', listPrice: 5000, unit: 'year', description: '' }),
  ],
  documents: [
    aDocument({
      id: 'bk-limits',
      title: 'Plan limits',
      kind: 'spec',
      body:
        '# Limits\n\n| | Benchtop | Campus |\n| --- | --- | --- |\n' +
        '| Booking rules | 4 | 40 |\n| Sensor pings per day | 2,000 | 90,000 |\n' +
        '| Calendars | 3 | 30 |\n| Shared freezers | 2 | 12 |\n| Audit exports per month | 1 | 10 |\n',
    }),
    aDocument({
      id: 'bk-help',
      title: 'Help desk',
      kind: 'spec',
      body:
        '# Help\n\n| | Benchtop | Campus | Campus with the Rapid Care plan |\n| --- | --- | --- | --- |\n' +
        '| Outage first reply | 2 business days | 6 business hours | 1 hour |\n' +
        '| Question first reply | 5 business days | 3 business days | 1 business day |\n',
    }),
    aDocument({
      id: 'bk-prices',
      title: 'Price list',
      kind: 'pricing',
      body: '# Extras\n\n- Archive space: $150 per 50 GB per year.\n- The setup guide covers up to 6 booking rules.\n',
    }),
  ],
  activities: [anEmail({ body: 'We run 1,500 instruments across 45 labs.' })],
});
const blocked = (body: string) => check(body, { world }).findings.filter((f) => f.severity === 'block');

describe('limits a document gives as labelled rows', () => {
  it('backs a plan limit said with its counted noun', () => {
    expect(blocked('Campus gives you 40 booking rules and 90,000 sensor pings a day.')).toEqual([]);
  });

  it('still holds a limit to the documented figures', () => {
    expect(blocked('Campus gives you 70 booking rules.').map((f) => f.check)).toContain('count');
  });
});

describe('a volume price stated on no product', () => {
  it('does not back an amount said of a named product through an unrelated volume on record', () => {
    expect(blocked('The Rapid Care plan is $4,500 a year.').map((f) => f.kind)).toContain('price');
  });
});
