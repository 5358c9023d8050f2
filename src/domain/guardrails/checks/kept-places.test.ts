import { describe, expect, it } from 'vitest';
import { aDocument, aWorld, check, PRICING } from '../guard-test-factories.ts';

const world = aWorld({
  documents: [
    PRICING,
    aDocument({
      id: 'doc-resilience',
      kind: 'security',
      body: '# Resilience\n\nCustomer data can be hosted in Dublin or Stockholm. Backups run nightly and are kept for 14 days, copied to the Paris region.',
    }),
  ],
});
const blocked = (body: string) => check(body, { world }).blocked;

describe('where a document says a thing is kept', () => {
  it('blocks a draft keeping it in another place', () => {
    expect(blocked('Once Stockholm is your main region, the backups are held in Stockholm as well.')).toBe(
      true,
    );
  });

  it('passes the documented place, and a region holding it, beside another hosting place', () => {
    expect(
      blocked('Once Stockholm is your main region, the backups are still copied to Paris, inside the EU.'),
    ).toBe(false);
  });
});
