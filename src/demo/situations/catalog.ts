/** Every situation by key; the mix itself (how often each occurs) lives in demo-config.ts. */
import type { SituationKey } from '../demo-config.ts';
import { closedLost, closedWon } from './closed.ts';
import { promiseKept, promiseMissed } from './commitments.ts';
import { crmStale } from './crm.ts';
import { renewalNotStarted, renewalOnTrack, seatsFull, usageDip, usageDrop } from './customers.ts';
import { deferralDue, deferralFuture, outOfOfficeUntil } from './deferrals.ts';
import { customerPromisePending, healthyActive, newDeal, reviewingInternally } from './healthy.ts';
import { meetingBookedRisk, meetingMissed, quietMeetingBooked } from './meetings.ts';
import { questionUnanswered } from './questions.ts';
import { goneQuiet } from './quiet.ts';
import { customerSaidNo, riskRaised } from './risks.ts';
import type { Situation } from './situation.ts';
import { championGone } from './stakeholders.ts';

export const SITUATIONS: Record<SituationKey, Situation> = {
  promise_missed: promiseMissed,
  question_unanswered: questionUnanswered,
  gone_quiet: goneQuiet,
  deferral_due: deferralDue,
  usage_drop: usageDrop,
  renewal_not_started: renewalNotStarted,
  champion_gone: championGone,
  seats_full: seatsFull,
  risk_raised: riskRaised,
  customer_said_no: customerSaidNo,
  crm_stale: crmStale,
  meeting_missed: meetingMissed,
  deferral_future: deferralFuture,
  customer_promise_pending: customerPromisePending,
  out_of_office: outOfOfficeUntil,
  meeting_booked_risk: meetingBookedRisk,
  usage_dip: usageDip,
  healthy_active: healthyActive,
  quiet_meeting_booked: quietMeetingBooked,
  promise_kept: promiseKept,
  renewal_on_track: renewalOnTrack,
  new_deal: newDeal,
  reviewing_internally: reviewingInternally,
  closed_won: closedWon,
  closed_lost: closedLost,
};
