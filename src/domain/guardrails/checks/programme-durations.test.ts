import { describe, expect, it } from 'vitest';
import { aDocument, anEmail, anOpportunity, aProduct, aWorld, check } from '../guard-test-factories.ts';

// Corvid, an invented seller of library lending software in pounds: a per-branch plan and a
// schools programme that lasts a first year, which a draft may mention beside a notice period.
const world = aWorld({
  products: [aProduct({ sku: 'CV-SHELF', name: 'Corvid Shelf', listPrice: 40, unit: 'branch/month' })].map(
    (p) => ({ ...p, currency: 'GBP' }),
  ),
  documents: [
    aDocument({
      id: 'cv-prices',
      title: 'Corvid prices',
      kind: 'pricing',
      body: '# Corvid prices\n\nCorvid Shelf is £40 per branch per month, billed monthly, and can be cancelled with 30 days notice.',
    }),
    aDocument({
      id: 'cv-programmes',
      title: 'Programmes',
      kind: 'policy',
      body: '# Programmes\n\n## Schools\n\nA state school library gets 15% off Corvid Shelf for the first 12 months.',
    }),
  ],
  opportunities: [anOpportunity({ name: 'Ashdown Academy: Shelf', amount: 2_000, currency: 'GBP' })],
  activities: [
    anEmail({
      body: 'We are a state school. Is there a schools price, and can we leave if it does not work?',
    }),
  ],
});

const priceBlocked = (body: string) =>
  check(body, { world }).findings.some((f) => f.severity === 'block' && f.kind === 'price');

describe('a programme beside a notice period', () => {
  it('prices under the programme the draft names, whatever notice period it mentions', () => {
    expect(
      priceBlocked(
        'Shelf is £40 a branch a month, £34 with the schools discount, and you can leave on 30 days notice.',
      ),
    ).toBe(false);
  });

  it('still blocks a price the programme does not give', () => {
    expect(
      priceBlocked(
        'Shelf is £40 a branch a month, £32 with the schools discount, and you can leave on 30 days notice.',
      ),
    ).toBe(true);
  });
});
