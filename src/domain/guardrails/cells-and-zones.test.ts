import { describe, expect, it } from 'vitest';
import {
  aContact,
  aDocument,
  anAccount,
  anEmail,
  anOpportunity,
  aProduct,
  aWorld,
  blockingKinds,
  check,
} from './guard-test-factories.ts';

// Tollgate sells lane-payment software to toll-road operators, per lane per month in US dollars. Its
// price table gives each plan a card rate per column; its support page gives hours in Eastern time;
// its deal desk keeps a floor per lane. Each class has a true sentence that passes and a false twin.
const world = (() => {
  const w = aWorld({
    products: [
      aProduct({
        sku: 'TG-BASIC',
        name: 'Tollgate Basic (per lane, monthly)',
        listPrice: 40,
        currency: 'USD',
        unit: 'lane/month',
      }),
      aProduct({
        sku: 'TG-PLUS',
        name: 'Tollgate Plus (per lane, monthly)',
        listPrice: 65,
        currency: 'USD',
        unit: 'lane/month',
      }),
    ],
    documents: [
      aDocument({
        id: 'tg-prices',
        title: 'Tollgate prices',
        kind: 'pricing',
        body:
          '# Tollgate prices\n\nPlans are priced per lane per month.\n\n' +
          '| Plan | Per lane per month | Tap to pay | Keyed in |\n| --- | --- | --- | --- |\n' +
          '| Basic | $40 | 1.9% + 8¢ | 3.4% + 20¢ |\n| Plus | $65 | 1.7% + 8¢ | 3.1% + 20¢ |',
      }),
      aDocument({
        id: 'tg-support',
        title: 'Support hours',
        kind: 'faq',
        body:
          '# Support\n\nAll times are Eastern time.\n\n- Basic: Monday to Friday, 8:00 to 18:00.\n' +
          '- Plus: every day, 7:00 to 22:00.',
      }),
      aDocument({
        id: 'tg-desk',
        title: 'Deal desk (INTERNAL)',
        kind: 'policy',
        body: '# Deal desk: INTERNAL ONLY\n\n- Reps may give up to 5% off without approval.\n- Plus never goes below $52 per lane per month.',
      }),
    ],
    accounts: [anAccount({ id: 'a-cal', name: 'Calder Bridge Authority', domain: 'calderbridge.org' })],
    contacts: [
      aContact({ id: 'c-ines', accountId: 'a-cal', name: 'Ines Moreau', email: 'ines@calderbridge.org' }),
    ],
    opportunities: [
      anOpportunity({
        id: 'o-1',
        accountId: 'a-cal',
        name: 'Calder - bridge lanes',
        amount: 9000,
        currency: 'USD',
      }),
    ],
    activities: [
      anEmail({
        accountId: 'a-cal',
        opportunityId: 'o-1',
        from: 'ines@calderbridge.org',
        to: ['dana@tollgate.io'],
        body: 'We run seven lanes on the bridge and our team sits in Denver.',
      }),
    ],
  });
  w.seller = { name: 'Tollgate', domains: ['tollgate.io'] };
  return w;
})();

const guard = (body: string) => check(body, { world, to: ['ines@calderbridge.org'] });
const blocks = (body: string) => guard(body).findings.filter((f) => f.severity === 'block');

describe('classes of false blocks and misses in a toll-lane world', () => {
  it('holds a rate said of a labelled column to that column, not to another cell of the row', () => {
    expect(blocks('Keyed-in payments on Basic are 3.4% + 20¢ each.')).toEqual([]);
    expect(blockingKinds(guard('Keyed-in payments on Basic cost 8¢ each plus 3.4%.'))).toContain('price');
  });

  it('counts "for the seven" as the count a price is multiplied by', () => {
    expect(blocks('Plus is $65 per lane, $455 a month for the seven.')).toEqual([]);
    expect(blockingKinds(guard('Plus is $65 per lane, $475 a month for the seven.'))).toContain('price');
  });

  it('reads documented hours restated in a zone the sentence names', () => {
    // 7:00 to 22:00 Eastern is 5:00 to 20:00 in Denver (Mountain), two hours behind all year.
    expect(blocks('In Denver time, Plus support runs every day from 5:00 am to 8:00 pm Mountain.')).toEqual(
      [],
    );
    expect(
      blockingKinds(guard('In Denver time, Plus support runs every day from 6:00 am to 9:00 pm Mountain.')),
    ).toContain('claim');
  });

  it('keeps a rate the deal desk gives as a floor out of a draft', () => {
    expect(blocks('Plus is $65 per lane a month at list.')).toEqual([]);
    expect(blockingKinds(guard('Plus can never go below $52 per lane a month under our rules.'))).toContain(
      'confidential',
    );
  });
});
