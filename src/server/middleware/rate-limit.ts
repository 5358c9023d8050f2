/** Per-caller request limits: a burst from one user (or one anonymous address) cannot starve the others. */
import type { MiddlewareHandler } from 'hono';
import { UserError } from '../../domain/errors.ts';
import type { AppEnv } from '../app-env.ts';
import type { Metrics } from '../metrics.ts';
import { type BucketLimits, TokenBuckets } from '../rate-limit/token-bucket.ts';

export function rateLimit(
  limits: BucketLimits,
  metrics: Metrics,
  now: () => number = Date.now,
): MiddlewareHandler<AppEnv> {
  const buckets = new TokenBuckets(limits);
  return async (c, next) => {
    const actor = c.get('actor');
    const key = actor ? `user:${actor.userId}` : `ip:${c.get('clientIp')}`;
    const taken = buckets.take(key, now());
    if (!taken.ok) {
      metrics.rateLimited.inc({ scope: actor ? 'user' : 'ip' });
      c.header('Retry-After', String(taken.retryAfterSeconds));
      throw new UserError('rate_limited', `too many requests: try again in ${taken.retryAfterSeconds} s`);
    }
    c.header('RateLimit-Remaining', String(taken.remaining));
    await next();
  };
}
