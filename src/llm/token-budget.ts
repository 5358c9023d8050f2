/** A run's token allowance for model calls: past it, callers take the offline path and say so. */

export type TokenBudget = {
  readonly limit: number;
  readonly spent: number;
  readonly exhausted: boolean;
  spend(tokens: number): void;
};

/** Checked before each call, charged after: one call may overshoot by its own size, never more. */
export function tokenBudget(limit: number): TokenBudget {
  let spent = 0;
  return {
    limit,
    get spent() {
      return spent;
    },
    get exhausted() {
      return spent >= limit;
    },
    spend(tokens) {
      if (Number.isFinite(tokens) && tokens > 0) spent += tokens;
    },
  };
}
