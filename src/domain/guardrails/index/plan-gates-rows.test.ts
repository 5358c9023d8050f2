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
