/** Token buckets keyed by caller: each key refills at a steady rate up to a burst; time comes in as a parameter. */

export type BucketLimits = { perSecond: number; burst: number };
export type Take = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: BucketLimits,
    // Idle keys are forgotten once full again; the cap bounds memory under a flood of fresh addresses.
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string, nowMs: number, cost = 1): Take {
    const bucket = this.refill(key, nowMs);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { ok: true, remaining: Math.floor(bucket.tokens) };
    }
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / this.limits.perSecond)),
    };
  }

  /** Whether a take would succeed, without taking (a login checks before it spends a password check). */
  peek(key: string, nowMs: number, cost = 1): Take {
    const bucket = this.refill(key, nowMs);
    return bucket.tokens >= cost
      ? { ok: true, remaining: Math.floor(bucket.tokens) }
      : {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / this.limits.perSecond)),
        };
  }

  reset(key: string): void {
    this.buckets.delete(key);
  }

  private refill(key: string, nowMs: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.sweep(nowMs);
      bucket = { tokens: this.limits.burst, at: nowMs };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, nowMs - bucket.at) / 1000;
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + elapsed * this.limits.perSecond);
    bucket.at = nowMs;
    return bucket;
  }

  /** Drops buckets that have refilled completely: forgetting them changes nothing. */
  private sweep(nowMs: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((nowMs - b.at) / 1000) * this.limits.perSecond >= this.limits.burst)
        this.buckets.delete(key);
    }
    // Still full of busy keys: drop the oldest rather than grow without bound.
    if (this.buckets.size >= this.maxKeys) {
      const drop = this.buckets.size - Math.floor(this.maxKeys * 0.9);
      let i = 0;
      for (const key of this.buckets.keys()) {
        if (i++ >= drop) break;
        this.buckets.delete(key);
      }
    }
  }
}
