/** Findings from the account and the record: usage, seats, the renewal window, CRM hygiene, and silence. */
import { parseDay } from '../dates/calendar.ts';
import { type DealEvidence, daysHavePassed } from '../signals/deal-evidence.ts';
import type { UsageTrendSignal } from '../signals/signal-schema.ts';
import type { Finding } from './finding.ts';
import type { SignalIndex } from './signal-index.ts';
import { day, daysSince, firstName, pct } from './wording.ts';

function pointChange(t: UsageTrendSignal): number | undefined {
  return t.fourWeeksEarlier && t.fourWeeksEarlier > 0 ? t.latest / t.fourWeeksEarlier - 1 : undefined;
}

export function usageFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const trends = s.of('usage_trend');
  if (trends.length === 0) return [];
  const fall = (t: UsageTrendSignal) => Math.min(t.change, pointChange(t) ?? 0, t.slide ?? 0);
  const worst = trends.reduce((a, b) => (fall(b) < fall(a) ? b : a));
  const point = pointChange(worst);
  const sharp =
    worst.change <= -e.config.usageDropToAct ||
    (point !== undefined && point <= -e.config.usagePointDropToAct);
  const dip = fall(worst) <= -e.config.usageDipToWatch;
  if (!sharp && !dip) return [];
  const atStake = e.opportunity.type === 'renewal' || e.opportunity.type === 'expansion';
  const detail = `${worst.metric.replace(/_/g, ' ')} fell ${pct(worst.change)} (4-week average ${worst.recentAverage} vs ${worst.previousAverage}${point !== undefined ? `; latest week ${worst.latest} vs ${worst.fourWeeksEarlier} four weeks before` : ''})`;
  if (sharp && atStake) {
    return [
      {
        stance: 'act',
        action: 'address_usage_drop',
        because: `${detail} on an open ${e.opportunity.type}`,
        reasoning:
          'Falling usage before a renewal or expansion is the earliest sign the customer will not see the value; find out why now.',
        signals: [worst],
        urgency: 0.8,
        risk: Math.min(1, 0.4 + Math.abs(worst.change)),
      },
    ];
  }
  return [
    {
      stance: 'watch',
      because: atStake ? `${detail}: a dip to watch` : `${detail}; not tied to a renewal or expansion`,
      reasoning: 'A drop too small, or too far from a renewal, to act on today.',
      signals: [worst],
      urgency: 0.3,
      risk: 0.3,
    },
  ];
}

export function seatFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const seats = s.one('seat_utilisation');
  if (!seats || seats.ratio < e.config.seatsFullRatio || seats.proposedBy) return [];
  return [
    {
      stance: 'act',
      action: 'propose_expansion',
      because: `${seats.used} of ${seats.licensed} licensed seats are in use (${seats.metric.replace(/_/g, ' ')}, week of ${day(seats.period)})`,
      reasoning:
        'At or over the licence, the customer needs more seats; nobody has put an offer in front of them yet.',
      signals: [seats],
      urgency: 0.6,
      risk: 0.1,
    },
  ];
}

export function renewalFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const w = s.one('renewal_window');
  if (!w?.open) return [];
  const left = parseDay(w.contractEndDate) - Math.floor(e.gate.nowMs / 86_400_000);
  if (w.conversationUnderWay) {
    return [
      {
        stance: 'fine',
        because: `Renewal conversation under way; contract ends ${day(w.contractEndDate)}`,
        reasoning: 'The contract is inside the renewal window and the customer is engaged.',
        signals: [w],
        urgency: 0.3,
        risk: 0.1,
      },
    ];
  }
  return [
    {
      stance: 'act',
      action: 'start_renewal',
      because: `Contract ends ${day(w.contractEndDate)} (${left >= 0 ? `${left} days` : 'already ended'}) and no renewal conversation is under way`,
      reasoning: `Inside ${e.config.renewalWindowDays} days of the end date, a renewal needs a live conversation.`,
      signals: [w],
      urgency: Math.min(1, 0.6 + Math.max(0, 90 - left) / 300),
      risk: 0.4,
    },
  ];
}

export function crmFindings(_e: DealEvidence, s: SignalIndex): Finding[] {
  const issues = s.of('crm_hygiene').filter((c) => c.issue !== 'stage_overdue');
  if (issues.length === 0) return [];
  return [
    {
      stance: 'act',
      action: 'fix_crm',
      because: `Fix the record: ${issues.map((i) => i.detail).join('; ')}`,
      reasoning: 'The CRM disagrees with what happened; forecasts and reminders built on it will be wrong.',
      signals: issues,
      urgency: 0.4,
      risk: 0.2,
    },
  ];
}

/**
 * Silence. `reasonToWait` is true when another finding explains the quiet (a deferral, a booked meeting, a promise
 * of ours not yet due). A renewal whose window has not opened is driven by its contract date, not by mail.
 */
export function quietFindings(e: DealEvidence, s: SignalIndex, reasonToWait: boolean): Finding[] {
  const eng = s.one('engagement');
  if (!eng) return [];
  const silentChampion = s.of('stakeholder').find((p) => p.change === 'went_silent');
  const booked = s.of('meeting').some((m) => m.status === 'booked');
  const manyUnanswered = eng.unansweredTouches >= e.config.unansweredTouchesForSilence;
  if (booked && manyUnanswered) {
    return [
      {
        stance: 'watch',
        because: `A meeting is booked, but our last ${eng.unansweredTouches} emails have gone unanswered`,
        reasoning: 'The booking may not hold when the customer has stopped answering.',
        signals: [eng],
        urgency: 0.3,
        risk: 0.4,
      },
    ];
  }
  if (!eng.quiet || reasonToWait) {
    if (silentChampion && !eng.quiet && !reasonToWait && silentChampion.replacedBy.length > 0) {
      return [
        {
          stance: 'act',
          action: 'multithread',
          because: `${silentChampion.name ?? firstName(e, silentChampion.email)} has stopped answering while others on their side are still talking to us`,
          reasoning: 'The champion went silent; the deal needs another stakeholder to carry it.',
          signals: [silentChampion],
          urgency: 0.7,
          risk: 0.5,
        },
      ];
    }
    return [];
  }
  const window = s.one('renewal_window');
  if (window && !window.open && e.opportunity.type === 'renewal') return [];
  const recentNudge =
    eng.lastTouchAt !== undefined && !daysHavePassed(e, Date.parse(eng.lastTouchAt), e.config.nudgeGapDays);
  const quietDays = daysSince(e, eng.quietSince);
  const heard = eng.lastCustomerAt
    ? `last heard from the customer ${day(eng.lastCustomerAt)}`
    : 'the customer has not engaged yet';
  if (recentNudge && !manyUnanswered) {
    return [
      {
        stance: 'watch',
        because: `Quiet for ${quietDays} days (${heard}); we followed up ${day(eng.lastTouchAt!)}, give it until ${e.config.nudgeGapDays} days have passed`,
        reasoning: 'Silence beyond the stage allowance, but our latest nudge is still fresh.',
        signals: [eng],
        urgency: 0.3,
        risk: 0.4,
      },
    ];
  }
  return [
    {
      stance: 'act',
      action: 're_engage',
      ...(silentChampion ? { also: ['multithread' as const] } : {}),
      because: `Quiet for ${quietDays} days (${heard}); ${eng.unansweredTouches > 0 ? `${eng.unansweredTouches} follow-up${eng.unansweredTouches === 1 ? '' : 's'} unanswered, ` : ''}nothing booked and no reason given`,
      reasoning: `The stage allows about ${eng.allowanceDays} days of silence; nothing on record (a deferral, a meeting, a promise) explains it.`,
      signals: silentChampion ? [eng, silentChampion] : [eng],
      urgency: Math.min(1, 0.55 + quietDays / 200),
      risk: 0.6,
    },
  ];
}

/** What shows the deal is alive, cited even when there is nothing to do. */
export function movementFindings(e: DealEvidence, s: SignalIndex): Finding[] {
  const eng = s.one('engagement');
  if (!eng) return [];
  return [
    {
      stance: 'fine',
      because: eng.lastCustomerAt
        ? `Customer engaged ${day(eng.lastCustomerAt)}${eng.lastTouchAt ? `; our last touch ${day(eng.lastTouchAt)}` : ''}`
        : `No customer engagement yet; deal opened ${day(e.opportunity.createdAt)}`,
      reasoning: `Within the ${eng.allowanceDays} days of quiet this stage allows.`,
      signals: [eng],
      urgency: 0.1,
      risk: 0.1,
    },
  ];
}
