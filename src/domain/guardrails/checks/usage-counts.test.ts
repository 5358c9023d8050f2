import { describe, expect, it } from 'vitest';
import { anEmail, aWorld, check } from '../guard-test-factories.ts';

const world = aWorld({ extraActivities: [anEmail({ body: 'Checking in.' })] });
world.usage = [
  { accountId: 'a-globex', metric: 'tickets_created', period: '2026-01-31', value: 4210 },
  { accountId: 'a-globex', metric: 'tickets_created', period: '2026-02-28', value: 3880 },
  { accountId: 'a-globex', metric: 'csat_percent', period: '2026-02-28', value: 91 },
  { accountId: 'a-globex', metric: 'median_first_response_minutes', period: '2026-02-28', value: 42 },
];
const blocks = (body: string) =>
  check(body, { world })
    .findings.filter((f) => f.severity === 'block')
    .map((f) => `${f.check}: ${f.text}`);

describe('counts of what the usage on record measures', () => {
  it('must be one of its figures, or their sum or gap', () => {
    expect(blocks('Your team handled 4,120 tickets in February.')).toEqual(['usage: 4,120 tickets']);
    expect(blocks('Tickets fell from 4,210 in January to 3,800 in February.')).toEqual(['usage: 3,800']);
    expect(blocks('Your team handled 3,880 tickets in February.')).toEqual([]);
    expect(blocks('Across January and February you handled 8,090 tickets.')).toEqual([]);
    expect(blocks('Tickets dropped by 330 last month.')).toEqual([]);
    expect(blocks('Last month you handled about 3,900 tickets.')).toEqual([]);
    // The change is said of the seats before it, not of the tickets after it.
    expect(
      blocks('Seats in use went from 58 to 64 in February, and ticket volume is up too.').filter((f) =>
        f.startsWith('usage'),
      ),
    ).toEqual([]);
  });

  it('must be the figure of the month it is said for, where the metric has one', () => {
    expect(blocks('Your team handled 4,210 tickets in February.')).toEqual(['usage: 4,210 tickets']);
    expect(blocks('In January you handled 3,880 tickets.')).toEqual(['usage: 3,880 tickets']);
    expect(blocks('Tickets fell from 3,880 in January to 4,210 in February.')).toEqual([
      'usage: 3,880',
      'usage: 4,210',
    ]);
    expect(blocks('In January you handled 4,210 tickets and 3,880 in February.')).toEqual([]);
    expect(blocks('You handled 4,210 tickets in March.')).toEqual([]);
  });

  it('must be near every figure on record when said to have held steady', () => {
    expect(blocks('Tickets have held steady at around 3,500 a month.')).toEqual(['usage: 3,500']);
    expect(blocks('Tickets have held steady at around 4,000 a month.')).toEqual([]);
    expect(blocks('Our pricing has held steady for years, whatever the ticket volume.')).toEqual([]);
  });

  it('leaves alone a count that is no usage already seen', () => {
    expect(blocks('If you grow to 5,000 tickets a month, nothing changes on your plan.')).toEqual([]);
  });

  it('takes a metric named as a share or a time as a percentage or a period on record', () => {
    expect(blocks('CSAT was 91% in February.')).toEqual([]);
    expect(blocks('Your median first response was 42 minutes in February.')).toEqual([]);
  });
});
