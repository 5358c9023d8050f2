import { describe, expect, it } from 'vitest';
import { aDocument } from '../guard-test-factories.ts';
import { competitorNames } from './competitors.ts';

describe('competitorNames', () => {
  it('takes every competitor a battlecard title names, not only the first, nor the card words around them', () => {
    const names = competitorNames(
      [
        aDocument({
          id: 'card-1',
          kind: 'battlecard',
          title: 'INTERNAL battlecard: Parkwise and Baylogic',
          body: '# Parkwise and Baylogic\n\n- Parkwise: cheaper per kiosk.',
        }),
        aDocument({
          id: 'card-2',
          kind: 'battlecard',
          title: 'Battlecard: Kerbstone, Tollgrid & Paystack (internal only)',
          body: 'Notes for the team.',
        }),
        aDocument({ id: 'faq', kind: 'faq', title: 'Questions: Meterglade and Parkhaven', body: '' }),
      ],
      ['Meterglade'],
    );
    expect(names).toEqual(
      expect.arrayContaining(['Parkwise', 'Baylogic', 'Kerbstone', 'Tollgrid', 'Paystack']),
    );
    expect(names).not.toContain('Parkhaven');
    expect(names.some((n) => /internal|battlecard|\band\b/i.test(n))).toBe(false);
  });
});
