import { describe, expect, it } from 'vitest';
import { aNote, aProduct, aWorld, check } from '../guard-test-factories.ts';

// An approval recorded as a form: "Approved by …" over its discount, term and scope lines.
const world = aWorld({
  products: [
    aProduct(),
    aProduct({ sku: 'NW-ENT', name: 'Northwind Enterprise', listPrice: 65 }),
    aProduct({ sku: 'NW-VAULT', name: 'Evidence Vault', listPrice: 9 }),
  ],
  extraActivities: [
    aNote(
      'Approved by the deal desk.\n\nCustomer: Globex.\nDiscount: 20% off the Northwind Enterprise seat price.\nTerm: 36 months only.\nScope: Enterprise seats only, no add-ons.',
    ),
  ],
});
const priceBlocks = (body: string) =>
  check(body, { world })
    .findings.filter((f) => f.severity === 'block' && f.kind === 'price')
    .map((f) => f.text);

describe('an approval recorded as a form', () => {
  it('grants its discount line on its term', () => {
    expect(priceBlocks('On a 36-month term Northwind Enterprise comes to $52 per seat per month.')).toEqual(
      [],
    );
  });

  it('grants nothing on another term', () => {
    expect(
      priceBlocks('On a 24-month term Northwind Enterprise comes to $52 per seat per month.'),
    ).not.toEqual([]);
  });

  it('grants nothing on a product it does not name', () => {
    expect(
      priceBlocks('With the approved 20%, Evidence Vault comes to $7.20 per seat per month.'),
    ).not.toEqual([]);
  });
});

describe('an approval whose next sentence states the reduction', () => {
  const said = aWorld({
    products: [aProduct(), aProduct({ sku: 'NW-ENT', name: 'Northwind Enterprise', listPrice: 65 })],
    extraActivities: [
      aNote(
        'Approved by Gwen Halloran (Sales Manager). Globex may have 20% off the Northwind Enterprise list price on a three-year term: $52 per seat per month, in place of the 10% programme discount. Valid until 2026-05-08.',
      ),
    ],
  });
  const blocks = (body: string) =>
    check(body, { world: said })
      .findings.filter((f) => f.severity === 'block')
      .map((f) => f.kind);

  it('grants that reduction, and it may be told to the customer', () => {
    expect(blocks('On a 36-month term Northwind Enterprise comes to $52 per seat per month.')).toEqual([]);
    expect(blocks('On a 36-month term Northwind Enterprise comes to $50 per seat per month.')).not.toEqual(
      [],
    );
  });
});
