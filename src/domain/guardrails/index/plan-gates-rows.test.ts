import { describe, expect, it } from 'vitest';
import { aDocument, aProduct, aWorld, check, PRICING } from '../guard-test-factories.ts';

// A comparison table whose rows name an add-on product and a feature with a trailing qualifier.
const world = aWorld({
  products: [
    aProduct(),
    aProduct({ sku: 'NW-ENT', name: 'Northwind Enterprise', listPrice: 65 }),
    aProduct({ sku: 'NW-VAULT', name: 'Evidence Vault', listPrice: 9 }),
  ],
  documents: [
    PRICING,
    aDocument({
      id: 'doc-plans',
      kind: 'spec',
      body:
        '# Plans\n\n| Feature | Pro | Enterprise |\n| --- | --- | --- |\n' +
        '| Evidence Vault add-on | no | available |\n| Board summary across workspaces | no | yes |\n',
    }),
  ],
});
const blocked = (body: string) => check(body, { world }).blocked;

describe('plan rows a comparison table gives', () => {
  it('holds an add-on product to the plans whose cell offers it', () => {
    expect(blocked('If you stay on Pro you can still add Evidence Vault for the audit.')).toBe(true);
    expect(blocked('On Enterprise you can add Evidence Vault for the audit.')).toBe(false);
  });

  it('reads the feature before its qualifier as the name a draft uses', () => {
    expect(blocked("On Pro you'll also have the board summary, so each workspace sits on one page.")).toBe(
      true,
    );
    expect(
      blocked("On Enterprise you'll also have the board summary, so each workspace sits on one page."),
    ).toBe(false);
  });
});

describe("a table's plans column", () => {
  const integrations = aWorld({
    products: [aProduct(), aProduct({ sku: 'NW-ENT', name: 'Northwind Enterprise', listPrice: 65 })],
    documents: [
      PRICING,
      aDocument({
        id: 'doc-integrations',
        kind: 'spec',
        body:
          '# Integrations\n\n| Integration | What it does | Plans |\n| --- | --- | --- |\n' +
          '| Simpro | pushes technician location to jobs | Enterprise |\n| Xero | mileage export | all |\n',
      }),
    ],
  });
  const gated = (body: string) => check(body, { world: integrations }).blocked;

  it('gives the row to the plans it names', () => {
    expect(gated('The Simpro integration is available on Pro.')).toBe(true);
    expect(gated('Simpro works on every plan.')).toBe(true);
    expect(gated('The Simpro integration is available on Enterprise.')).toBe(false);
  });

  it('holds no row the column gives to all plans', () => {
    expect(gated('The Xero export is available on Pro.')).toBe(false);
  });
});
