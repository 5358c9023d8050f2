/** Every tunable threshold of triage in one place, each with the reason for its default. */

export type TriageConfig = {
  /** Days of silence a stage allows when the pipeline gives no expectedDays for it. */
  defaultQuietDays: number;
  /** Bounds on a stage's allowance: below a week every deal nags; beyond a month a silent deal is already cold. */
  minQuietDays: number;
  maxQuietDays: number;
  /** After a nudge, give the customer this long to answer before calling the deal quiet. */
  nudgeGapDays: number;
  /** Unanswered touches after which the silence is itself the signal, however recent the last nudge. */
  unansweredTouchesForSilence: number;
  /** An undated promise ("I'll send it over") is due after this many working days: what a customer would expect. */
  undatedPromiseBusinessDays: number;
  /** A promise to follow up only counts as asking for a wait when it is at least this far out. */
  followUpWaitDays: number;
  /** A customer's dated promise this far out or more reads as a request to wait (monitor); sooner is the normal rhythm. */
  customerPromiseWaitDays: number;
  /** An undated deferral ("after our board meets") is given this long before we resume. */
  undatedDeferralDays: number;
  /** Usage: a fall of the 4-week average of at least this much is sharp enough to act on. */
  usageDropToAct: number;
  /** A fall at least this big but below usageDropToAct is worth watching. */
  usageDipToWatch: number;
  /** The latest single week against four weeks earlier must fall this much to act even when the average has not yet. */
  usagePointDropToAct: number;
  /** Usage series older than this (weeks) says nothing about today. */
  usageStaleWeeks: number;
  /** Seats used over licensed at which expansion is due (FORMAT: "at or over the licensed seats"). */
  seatsFullRatio: number;
  /** The renewal window: a contract ending within this many days needs a renewal conversation. */
  renewalWindowDays: number;
  /** A renewal conversation is under way when the customer engaged within this many days. */
  renewalConversationDays: number;
  /** An answered competitor or pricing concern keeps a deal on watch for this many days. */
  riskMemoryDays: number;
  /** A stage held this many times longer than expectedDays counts as overdue (a signal for priority). */
  stageOverdueFactor: number;
  /** Priority: the deal size at which value counts fully (log scale below it). */
  valueCeiling: number;
};

export const DEFAULT_TRIAGE_CONFIG: TriageConfig = {
  // The baseline rule's 14 days: a fair default for a stage with no stated pace.
  defaultQuietDays: 14,
  minQuietDays: 7,
  maxQuietDays: 30,
  // Two days: a nudge sent this week does not make weeks of silence less of a problem, but one sent yesterday
  // deserves a day to land.
  nudgeGapDays: 2,
  unansweredTouchesForSilence: 2,
  undatedPromiseBusinessDays: 3,
  followUpWaitDays: 7,
  // Two weeks: "expect redlines in about three weeks" is a wait; "feedback by Friday" is the deal moving.
  customerPromiseWaitDays: 14,
  undatedDeferralDays: 21,
  // Managers start calling at about a fifth of active users gone on average (or 30% week against week);
  // below 8% is normal week-to-week noise, in between is a dip to watch.
  usageDropToAct: 0.2,
  usageDipToWatch: 0.08,
  usagePointDropToAct: 0.3,
  usageStaleWeeks: 8,
  seatsFullRatio: 1,
  renewalWindowDays: 90,
  renewalConversationDays: 30,
  riskMemoryDays: 30,
  stageOverdueFactor: 2,
  valueCeiling: 1_000_000,
};
