import { describe, expect, it } from 'vitest';
import { aDocument, aWorld, check } from '../guard-test-factories.ts';

// The default world prices Pro and Enterprise per seat; this page adds a price per report and denies a
// charge per dashboard.
const world = aWorld({
  extraDocuments: [
    aDocument({
      id: 'doc-reports',
      kind: 'pricing',
      body: '# Scheduled reports\n\nExtra scheduled reports are $2 per report. There are no per-dashboard charges, and up to 40 widgets per dashboard.',
    }),
  ],
});
const charges = (body: string) =>
  check(body, { world })
    .findings.filter((f) => f.check === 'unpriced_charge')
    .map((f) => f.text);

describe('a charge said with no amount', () => {
  it.each([
    'Slack alerts carry a small per-message fee.',
    'The Salesforce connector is billed separately.',
    'The Salesforce sync has a monthly fee of its own.',
    'EU hosting costs extra.',
    'Shared dashboards are charged per dashboard.',
  ])('is a fee no document states: %s', (body) => {
    expect(charges(body)).toHaveLength(1);
  });

  it.each([
    'Extra scheduled reports are charged per report.',
    'Enterprise costs more than Pro, but adds SSO.',
    'There is no extra charge for EU hosting.',
    'Sales tax is charged on top.',
    'If the sync had a fee, I would tell you.',
  ])('passes a charge the documents price, deny or leave to another check: %s', (body) => {
    expect(charges(body)).toEqual([]);
  });
});
