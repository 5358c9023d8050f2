import { describe, expect, it } from 'vitest';
import { anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Dashboards sold per kiosk, and the deal filed under its size: "Globex - Plant analytics, 320 kiosks".
const world = aWorld({
  products: [aProduct({ sku: 'NW-KIOSK', name: 'Northwind Kiosk', listPrice: 9, unit: 'kiosk/month' })],
  opportunities: [anOpportunity({ name: 'Globex - Plant analytics, 320 kiosks' })],
});
const countBlocks = (body: string) =>
  check(body, { world }).findings.filter((f) => f.severity === 'block' && f.check === 'count');

describe('a count the deal is filed under', () => {
  it('passes the size the deal name gives', () => {
    expect(countBlocks('The dashboards roll out to all 320 kiosks in one go.')).toEqual([]);
  });

  it('still blocks another size of the same thing', () => {
    expect(countBlocks('The dashboards roll out to all 350 kiosks in one go.')).not.toEqual([]);
  });
});
