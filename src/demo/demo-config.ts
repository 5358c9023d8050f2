/** Every tunable of the demo world in one place, with why each default is what it is. */

/** Situations, each one way a deal can stand today; their weights are slots per 100 deals. */
export const SITUATION_WEIGHTS = {
  // act_now: about 46% of open deals, every action of FORMAT.md.
  promise_missed: 4,
  question_unanswered: 4,
  gone_quiet: 4,
  deferral_due: 4,
  usage_drop: 4,
  renewal_not_started: 3,
  champion_gone: 4,
  seats_full: 3,
  risk_raised: 4,
  customer_said_no: 3,
  crm_stale: 3,
  meeting_missed: 3,
  // monitor: about 24%.
  deferral_future: 8,
  customer_promise_pending: 2,
  out_of_office: 3,
  meeting_booked_risk: 5,
  usage_dip: 4,
  // no_action: about 29%.
  healthy_active: 7,
  quiet_meeting_booked: 5,
  promise_kept: 4,
  renewal_on_track: 4,
  new_deal: 2,
  reviewing_internally: 4,
  // Closed deals carry no label: 9% of all deals, as in a CRM export filtered to recent activity.
  closed_won: 5,
  closed_lost: 4,
} as const;
export type SituationKey = keyof typeof SITUATION_WEIGHTS;

export const DEMO_CONFIG = {
  /** FORMAT.md: start_renewal applies when the contract ends within 90 days. */
  renewalWindowDays: 90,
  /** Weeks of usage history per account: enough for a baseline before any drop (drops span 4-5 weeks). */
  usageWeeks: [10, 16] as const,
  /** Share of deals with a prompt-injection line in one inbound email: rare, as in real inboxes, but present. */
  injectionRate: 0.03,
  /** Days a missed promise is overdue: past any reading of "by Friday", and still fresh enough to matter. */
  overdueDays: [3, 12] as const,
  /** Days beyond the stage's expectedDays that a quiet deal has been quiet: clearly too long, not ancient. */
  quietBeyondStageDays: [5, 28] as const,
  /** Share of open deals whose prospect sits in a far time zone and sometimes writes late at night. */
  lateNightShare: 0.15,
} as const;
