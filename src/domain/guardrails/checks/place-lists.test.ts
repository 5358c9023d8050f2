import { describe, expect, it } from 'vitest';
import { aDocument, aWorld, check, PRICING } from '../guard-test-factories.ts';

const world = aWorld({
  documents: [
    PRICING,
    aDocument({
      id: 'doc-payroll',
      kind: 'spec',
      body: '# Payroll\n\nPayroll is run in Germany, Austria and France.',
    }),
  ],
});
const blocked = (body: string) => check(body, { world }).blocked;

describe('places said of the customer', () => {
  it('passes a reason clause about the customer that names their country', () => {
    expect(
      blocked(
        'As Globex pays its staff from a Dutch entity, our payroll team will set up the German run first.',
      ),
    ).toBe(false);
  });

  it('still blocks a place our payroll is said to run in', () => {
    expect(blocked('Our payroll runs in the Netherlands as well, so the Dutch staff are covered.')).toBe(
      true,
    );
  });
});
