import { describe, expect, it } from 'vitest';
import { realisticDeals } from '../../testing/realistic-deals.ts';
import { assessDeal } from './assess-deal.ts';

describe('throughput', () => {
  it('assesses realistic deals fast enough for a 100,000-deal run', () => {
    const deals = realisticDeals(2_000);
    for (const d of deals.slice(0, 200)) assessDeal(d);
    const start = performance.now();
    for (const d of deals) assessDeal(d);
    const perSecond = Math.round(deals.length / ((performance.now() - start) / 1000));
    console.log(
      `triage throughput: ${perSecond} deals/s (${deals.length} deals, 9 activities each, one core)`,
    );
    // A floor far below the target: this guards against something going quadratic, not against a busy machine.
    expect(perSecond).toBeGreaterThan(300);
  });
});
