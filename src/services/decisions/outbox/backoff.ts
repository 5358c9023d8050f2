/** When the outbox tries again after a send that provably failed: exponential, capped, with a little jitter. */

/**
 * attempt is the number of tries made so far (1 after the first failure). Jitter spreads retries of many
 * messages after a relay outage so they do not all hit it in the same second; `random` is injectable for tests.
 */
export function retryDelayMs(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.min(maxMs, Math.round(exponential * (0.8 + 0.4 * random())));
}
