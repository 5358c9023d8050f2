import { describe, expect, it } from 'vitest';
import { aUsageSeries } from '../../testing/factories.ts';
import { usageTrend } from './usage-trend.ts';

describe('the trend of a usage series', () => {
  it('names a fall of the four-week average by a quarter or more a sharp drop', () => {
    const trend = usageTrend(aUsageSeries([100, 100, 100, 100, 70, 70, 70, 70]));
    expect(trend).toMatchObject({
      direction: 'sharp_drop',
      change: -0.3,
      recentAverage: 70,
      previousAverage: 100,
      latest: 70,
    });
  });

  it('names a smaller fall a dip, a rise rising, and little change flat', () => {
    expect(usageTrend(aUsageSeries([100, 100, 100, 100, 85, 85, 85, 85]))?.direction).toBe('dip');
    expect(usageTrend(aUsageSeries([100, 100, 100, 100, 120, 120, 120, 120]))?.direction).toBe('rising');
    expect(usageTrend(aUsageSeries([100, 100, 100, 100, 95, 98, 101, 97]))?.direction).toBe('flat');
  });

  it('compares the last eight weeks only, halves of what there is when shorter', () => {
    expect(usageTrend(aUsageSeries([5, 5, 5, 100, 100, 100, 100, 50, 50, 50, 50]))?.change).toBe(-0.5);
    expect(usageTrend(aUsageSeries([10, 10, 20, 20]))?.change).toBe(1);
  });

  it('gives no trend for fewer than four weeks or a series that starts at zero', () => {
    expect(usageTrend(aUsageSeries([10, 10, 10]))).toBeUndefined();
    expect(usageTrend(aUsageSeries([0, 0, 5, 5]))).toBeUndefined();
  });
});
