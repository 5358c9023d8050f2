import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

describe('token buckets', () => {
  it('allows a burst, then refuses with the seconds until a token is back', () => {
    const buckets = new TokenBuckets({ perSecond: 0.5, burst: 3 });
    expect([1, 2, 3].map(() => buckets.take('u1', 0).ok)).toEqual([true, true, true]);
    expect(buckets.take('u1', 0)).toEqual({ ok: false, retryAfterSeconds: 2 });
  });

  it('refills at the steady rate and never above the burst', () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 2 });
    buckets.take('u1', 0);
    buckets.take('u1', 0);
    expect(buckets.take('u1', 1000).ok).toBe(true);
    expect(buckets.take('u1', 1000).ok).toBe(false);
    expect(buckets.take('u1', 60_000)).toEqual({ ok: true, remaining: 1 });
  });

  it('keeps one caller from spending another caller’s tokens', () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 });
    expect(buckets.take('greedy', 0).ok).toBe(true);
    expect(buckets.take('greedy', 0).ok).toBe(false);
    expect(buckets.take('patient', 0).ok).toBe(true);
  });

  it('peeks without spending', () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 });
    expect(buckets.peek('u1', 0).ok).toBe(true);
    expect(buckets.peek('u1', 0).ok).toBe(true);
    buckets.take('u1', 0);
    expect(buckets.peek('u1', 0).ok).toBe(false);
  });

  it('bounds memory by forgetting full buckets when too many keys arrive', () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 }, 10);
    for (let i = 0; i < 50; i++) buckets.take(`ip${i}`, i * 2000);
    expect(buckets.take('ip49', 98_000).ok).toBe(false);
  });
});
