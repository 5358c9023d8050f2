import { describe, expect, it } from 'vitest';
import { aDocument, anOpportunity, aWorld, check } from '../guard-test-factories.ts';

// The order form is last year's; the deal is sized for the count the customer is growing to.
const world = aWorld({
  opportunities: [anOpportunity({ name: 'Globex - growing to 40 kiosks' })],
  extraDocuments: [
    aDocument({
      id: 'doc-order',
      title: 'Order form (Globex)',
      kind: 'contract',
      accountId: 'a-globex',
      body: '# Order form\n\n- Telemetry for 25 kiosks\n',
    }),
  ],
});
const counts = (body: string) =>
  check(body, { world })
    .findings.filter((f) => f.severity === 'block' && f.check === 'count')
    .map((f) => f.text);

describe("a count of the customer's own things", () => {
  it('passes the count the order form gives or the deal is sized for', () => {
    expect(counts('Your 25 kiosks report every minute today.')).toEqual([]);
    expect(counts('Telemetry then reaches all of your 40 kiosks.')).toEqual([]);
  });

  it('still blocks a count neither gives', () => {
    expect(counts('Telemetry then reaches all of your 45 kiosks.')).toEqual(['45 kiosks']);
  });
});
