/** Signals: the typed facts triage reads off a deal, each tied to the records and exact words behind it. */
import { z } from 'zod';
import { QuotedSpan, RecordRef } from '../observations/observation-schema.ts';
import { isoDate, isoDateTime } from '../workspace/workspace-schema.ts';

const grounded = {
  /** The records the fact comes from (the activity first). */
  refs: z.array(RecordRef),
  /** The words that show it, with offsets into the activity's raw body or subject. */
  span: QuotedSpan.optional(),
};

export const CommitmentSignal = z.object({
  kind: z.literal('commitment'),
  /** Who promised: we (the seller) or they (the customer). */
  party: z.enum(['us', 'them']),
  what: z.string(),
  madeAt: isoDateTime,
  /** The last day on which the promise is on time. */
  dueOn: isoDate,
  /** The words that set the date; absent when the date is implied (an undated promise gets a few working days). */
  dueText: z.string().optional(),
  /** A promise to follow up or check back, rather than to deliver something. */
  followUp: z.boolean(),
  state: z.enum(['open', 'kept', 'replaced']),
  resolvedBy: z.string().optional(),
  ...grounded,
});

export const DeferralSignal = z.object({
  kind: z.literal('deferral'),
  /**
   * asked_to_wait: the customer asked us to wait; in_review: their legal, security or procurement review has a
   * stated end; out_of_office: an auto-reply names a return date.
   */
  cause: z.enum(['asked_to_wait', 'in_review', 'out_of_office']),
  resumeOn: isoDate,
  reason: z.string(),
  askedAt: isoDateTime,
  /** resumed: someone picked the thread back up after the resume date (or the customer came back early). */
  state: z.enum(['waiting', 'resumed']),
  resumedBy: z.string().optional(),
  ...grounded,
});

export const CustomerRequestSignal = z.object({
  kind: z.literal('customer_request'),
  topic: z.enum(['question', 'request', 'scheduling', 'expansion', 'chase']),
  text: z.string(),
  askedAt: isoDateTime,
  askedBy: z.string().optional(),
  state: z.enum(['open', 'addressed']),
  addressedBy: z.string().optional(),
  addressedHow: z.enum(['reply', 'promise', 'delivery', 'meeting', 'call']).optional(),
  ...grounded,
});

export const MeetingSignal = z.object({
  kind: z.literal('meeting'),
  status: z.enum(['booked', 'held', 'missed', 'cancelled']),
  startsAt: isoDateTime,
  subject: z.string().optional(),
  /** For a missed or cancelled meeting: a later meeting or reply that picked it back up. */
  rebookedBy: z.string().optional(),
  ...grounded,
});

export const StakeholderSignal = z.object({
  kind: z.literal('stakeholder'),
  /** handed_off: still at the company but off the deal ("I've moved to a new role, please work with Priya"). */
  change: z.enum(['left_company', 'bounced', 'handed_off', 'went_silent', 'single_threaded']),
  contactId: z.string().optional(),
  email: z.string().optional(),
  name: z.string().optional(),
  role: z.string().optional(),
  /** Whether the person mattered to this deal: a key role, or the one we were talking to. */
  key: z.boolean(),
  at: isoDateTime.optional(),
  /** Others on the customer's side who have engaged since, or who were named as the new contact. */
  replacedBy: z.array(z.string()),
  ...grounded,
});

export const RiskSignal = z.object({
  kind: z.literal('risk'),
  type: z.enum(['competitor', 'pricing', 'doubt', 'loss', 'pause']),
  competitor: z.string().optional(),
  text: z.string(),
  at: isoDateTime,
  state: z.enum(['open', 'addressed', 'withdrawn']),
  addressedBy: z.string().optional(),
  ...grounded,
});

export const UsageTrendSignal = z.object({
  kind: z.literal('usage_trend'),
  metric: z.string(),
  previousAverage: z.number(),
  recentAverage: z.number(),
  /** recentAverage / previousAverage − 1 (−0.35 is a 35% fall). */
  change: z.number(),
  latest: z.number(),
  fourWeeksEarlier: z.number().optional(),
  latestPeriod: isoDate,
  /** A decline three or more weeks running: the fall from where it started (−0.08 is 8% down). */
  slide: z.number().optional(),
  ...grounded,
});

export const SeatUtilisationSignal = z.object({
  kind: z.literal('seat_utilisation'),
  metric: z.string(),
  used: z.number(),
  licensed: z.number(),
  ratio: z.number(),
  period: isoDate,
  /** We already put more seats in front of the customer after they filled up. */
  proposedBy: z.string().optional(),
  ...grounded,
});

export const RenewalWindowSignal = z.object({
  kind: z.literal('renewal_window'),
  contractEndDate: isoDate,
  opensOn: isoDate,
  open: z.boolean(),
  /** A renewal conversation is under way: the customer engaged recently, or a meeting is booked. */
  conversationUnderWay: z.boolean(),
  lastConversationAt: isoDateTime.optional(),
  ...grounded,
});

export const CrmHygieneSignal = z.object({
  kind: z.literal('crm_hygiene'),
  issue: z.enum(['close_date_past', 'stage_behind', 'stage_overdue', 'contract_lapsed']),
  field: z.string(),
  detail: z.string(),
  ...grounded,
});

export const EngagementSignal = z.object({
  kind: z.literal('engagement'),
  /** Last time the customer engaged: a reply from a person, a meeting held, a call. */
  lastCustomerAt: isoDateTime.optional(),
  /** Last time we reached out (email, call, meeting). */
  lastTouchAt: isoDateTime.optional(),
  /** Our touches since the customer last engaged. */
  unansweredTouches: z.number().int(),
  /** Days of silence this stage allows before the deal counts as gone quiet. */
  allowanceDays: z.number(),
  quietSince: isoDateTime,
  quiet: z.boolean(),
  /** Distinct people on the customer's side who have written or met with us on this deal. */
  customerPeople: z.number().int(),
  ...grounded,
});

export const InstructionIgnoredSignal = z.object({
  kind: z.literal('instruction_ignored'),
  text: z.string(),
  ...grounded,
});

export const Signal = z.discriminatedUnion('kind', [
  CommitmentSignal,
  DeferralSignal,
  CustomerRequestSignal,
  MeetingSignal,
  StakeholderSignal,
  RiskSignal,
  UsageTrendSignal,
  SeatUtilisationSignal,
  RenewalWindowSignal,
  CrmHygieneSignal,
  EngagementSignal,
  InstructionIgnoredSignal,
]);

export type Signal = z.infer<typeof Signal>;
export type SignalKind = Signal['kind'];
export type SignalOf<K extends SignalKind> = Extract<Signal, { kind: K }>;
export type CommitmentSignal = z.infer<typeof CommitmentSignal>;
export type DeferralSignal = z.infer<typeof DeferralSignal>;
export type CustomerRequestSignal = z.infer<typeof CustomerRequestSignal>;
export type MeetingSignal = z.infer<typeof MeetingSignal>;
export type StakeholderSignal = z.infer<typeof StakeholderSignal>;
export type RiskSignal = z.infer<typeof RiskSignal>;
export type UsageTrendSignal = z.infer<typeof UsageTrendSignal>;
export type SeatUtilisationSignal = z.infer<typeof SeatUtilisationSignal>;
export type RenewalWindowSignal = z.infer<typeof RenewalWindowSignal>;
export type CrmHygieneSignal = z.infer<typeof CrmHygieneSignal>;
export type EngagementSignal = z.infer<typeof EngagementSignal>;
export type InstructionIgnoredSignal = z.infer<typeof InstructionIgnoredSignal>;
