/** A test world priced per rider with billing lines, add-ons, a programme and an approval: Pennant. */
import type { Workspace } from '../workspace/workspace-schema.ts';
import { aDocument, aNote, anEmail, anOpportunity, aProduct, aWorld } from './guard-test-factories.ts';

const rider = (sku: string, name: string, listPrice: number, description: string) =>
  aProduct({ sku, name, listPrice, unit: 'rider/month', description });

export const PER_SEAT_WORLD: Workspace = {
  ...aWorld({
    products: [
      rider('PN-LITE', 'Pennant Lite', 9, 'Billed annually'),
      rider('PN-BASE-A', 'Pennant Base (annual billing)', 20, 'Billed annually'),
      rider('PN-BASE-M', 'Pennant Base (monthly billing)', 26, 'Billed monthly'),
      rider('PN-PLUS', 'Pennant Plus', 45, 'Annual contracts only'),
      rider('PN-ROUTE', 'Route Optimiser', 12, 'Add-on for Base and Plus'),
    ],
    opportunities: [
      anOpportunity({
        name: 'Harbor Couriers: Base (charity)',
        amount: 4320,
        contractEndDate: '2026-06-30',
        closeDate: '2026-05-29',
        licensedSeats: undefined,
      }),
    ],
    activities: [anEmail({ body: 'We have 18 couriers on the road most days.' })],
    extraActivities: [
      aNote('Approved (VP Sales): 12% off Plus seats on a 24-month term. No discount on Route Optimiser.'),
    ],
    documents: [
      aDocument({
        id: 'doc-pennant-pricing',
        title: 'Pennant pricing',
        kind: 'pricing',
        body:
          '# Pennant pricing\n\n- Lite: $9 per rider per month.\n' +
          '- Base: $20 per rider per month billed annually, $26 billed monthly.\n' +
          '- Plus: $45 per rider per month.\n\n## Add-ons\n\n' +
          '- Route Optimiser: $12 per rider per month, on Base and Plus.\n\n## Terms\n\n' +
          '- Contracts renew automatically unless either side gives notice at least 45 days before the end of the term.\n' +
          '- Base and Plus dashboards can each hold up to 25 widgets.\n' +
          '- Terms: 12, 24 or 36 months.\n' +
          '- Plus keeps 400 days of trip history.\n',
      }),
      aDocument({
        id: 'doc-pennant-discounts',
        title: 'Pennant discount programmes',
        kind: 'policy',
        body:
          '# Discounts\n\n- Charity programme: registered charities get 20% off Base or Plus seats. The programme does not apply to Lite.\n' +
          '- Programme discounts apply to seats only, never to add-ons.\n' +
          '- A rep may offer up to 10% off the seat price without approval.\n',
      }),
    ],
  }),
  seller: { name: 'Pennant Fleet', domains: ['northwind.io'] },
};
