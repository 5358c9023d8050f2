/** Tunables of the guardrails, each with the reason for its default. */

export type GuardConfig = {
  /** How far a stated amount may sit from a computed one: half a percent covers rounding to whole
   * dollars on totals ("$117k") without letting a wrong price through ($55 against $65 is 15% off). */
  moneyTolerance: number;
  /** The same, when the draft says "about", "roughly" or "~": people round totals to two figures. */
  approximateTolerance: number;
  /** Usage percentages are computed from weekly points; "down 40%" for a computed 39.5% is the same fact. */
  usagePercentSlack: number;
  /** Two durations are the same within 2%: 52 weeks and a year, 12 months and 360 days. */
  durationTolerance: number;
  /** A duration restates a thread's only if the two are within this factor ("five weeks" for "three
   * weeks" is a misquote; "24 hours" beside a "three-year" term is about something else). */
  restatedDurationFactor: number;
  /** Years a draft may name without a record: last year to a few years ahead covers plans and terms. */
  yearsBack: number;
  yearsAhead: number;
  /** Shared meaningful words with an internal policy sentence that make a draft sentence a copy of it. */
  policyOverlap: number;
  /** Shared meaningful words with a battlecard's line about a competitor that make it battlecard talk. */
  battlecardOverlap: number;
  /** A note leaks when a sentence repeats this many of its secret words (and this share of them)… */
  noteSecretWords: number;
  noteSecretShare: number;
  /** …or copies this many consecutive words of it. */
  noteRunLength: number;
  /** …or repeats this many of its words no email or document carries, everyday ones included. */
  noteEverydayWords: number;
  /** Consecutive words of planted instructions that a draft must not repeat. */
  injectionRunLength: number;
  /** Deal contexts kept warm: a rep's whole mission, without holding a 100,000-deal world in memory. */
  dealCacheSize: number;
};

export const DEFAULT_GUARD_CONFIG: GuardConfig = {
  moneyTolerance: 0.005,
  approximateTolerance: 0.05,
  usagePercentSlack: 1,
  durationTolerance: 0.02,
  restatedDurationFactor: 4,
  yearsBack: 1,
  yearsAhead: 3,
  policyOverlap: 3,
  battlecardOverlap: 2,
  noteSecretWords: 2,
  noteSecretShare: 0.4,
  noteRunLength: 5,
  noteEverydayWords: 4,
  injectionRunLength: 4,
  dealCacheSize: 512,
};
