/**
 * The one door through which judgment compares against "now". Every threshold asked about is remembered,
 * so the earliest one still ahead is exactly when the same evidence could first read differently.
 */
export class TimeGate {
  private next = Number.POSITIVE_INFINITY;

  constructor(readonly nowMs: number) {}

  /** True once `instantMs` has come (now ≥ instant); otherwise remembers it as a future turning point. */
  reached(instantMs: number): boolean {
    if (instantMs <= this.nowMs) return true;
    if (instantMs < this.next) this.next = instantMs;
    return false;
  }

  /** The earliest threshold asked about that is still in the future, if any. */
  get nextTurningPoint(): number | undefined {
    return Number.isFinite(this.next) ? this.next : undefined;
  }
}
