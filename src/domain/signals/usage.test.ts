import { describe, expect, it } from 'vitest';
import { anEmail, aUsageSeries } from '../../testing/factories.ts';
import { assess, outcome, signalsOf } from '../../testing/triage-helpers.ts';

const recent = [anEmail({ body: 'All good on our side.' })];
const renewal = {
  type: 'renewal' as const,
  stage: 'Discovery',
  contractEndDate: '2026-08-31',
  closeDate: '2026-08-31',
};

describe('usage', () => {
  it('compares the last four weeks with the four before, per metric', () => {
    const [t] = signalsOf(
      assess({ usage: aUsageSeries([124, 121, 118, 119, 97, 82, 71, 63]), activities: recent }),
      'usage_trend',
    );
    expect(t).toMatchObject({
      metric: 'active_users',
      previousAverage: 120.5,
      recentAverage: 78.3,
      latest: 63,
      fourWeeksEarlier: 119,
    });
    expect(t!.change).toBeCloseTo(-0.35, 2);
  });

  it('acts on a sharp drop before a renewal and watches a small dip', () => {
    expect(
      outcome(
        assess({
          opportunity: renewal,
          usage: aUsageSeries([124, 121, 118, 119, 97, 82, 71, 63]),
          activities: recent,
        }),
      ),
    ).toBe('act_now address_usage_drop');
    expect(
      outcome(
        assess({
          opportunity: renewal,
          usage: aUsageSeries([100, 101, 99, 100, 97, 95, 93, 91]),
          activities: recent,
        }),
      ),
    ).toBe('monitor');
    expect(
      outcome(
        assess({
          opportunity: renewal,
          usage: aUsageSeries([100, 101, 99, 100, 102, 99, 101, 100]),
          activities: recent,
        }),
      ),
    ).toBe('no_action');
  });

  it('does not call a drop on a new-business deal a reason to act', () => {
    expect(
      outcome(assess({ usage: aUsageSeries([124, 121, 118, 119, 97, 82, 71, 63]), activities: recent })),
    ).toBe('monitor');
  });

  it('proposes expansion when every licensed seat is used', () => {
    const a = assess({
      opportunity: { type: 'expansion', stage: 'Discovery', licensedSeats: 50 },
      usage: aUsageSeries([44, 47, 50, 50], { metric: 'seats_used' }),
      activities: recent,
    });
    expect(signalsOf(a, 'seat_utilisation')[0]).toMatchObject({ used: 50, licensed: 50, ratio: 1 });
    expect(outcome(a)).toBe('act_now propose_expansion');
  });

  it('ignores usage data months old', () => {
    const stale = aUsageSeries([124, 121, 118, 119, 97, 82, 71, 63]).map((p) => ({
      ...p,
      period: p.period.replace('2026-0', '2025-0'),
    }));
    expect(signalsOf(assess({ usage: stale, activities: recent }), 'usage_trend')).toEqual([]);
  });
});
