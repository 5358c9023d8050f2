/** The rhythm of the deal: when the customer last engaged, when we last reached out, and whether it has gone quiet. */
import { isCustomerWriting, isOurEmailToCustomer, type ReadActivity } from '../mail/read-activity.ts';
import { activityRef, type DealEvidence, daysHavePassed, iso } from './deal-evidence.ts';
import { isConversation } from './reply-reading.ts';
import type { EngagementSignal } from './signal-schema.ts';

/** Days of silence the current stage allows. */
export function quietAllowance(e: DealEvidence): number {
  const expected = e.pipeline.stages.find((s) => s.name === e.opportunity.stage)?.expectedDays;
  const days = expected ?? e.config.defaultQuietDays;
  return Math.min(e.config.maxQuietDays, Math.max(e.config.minQuietDays, days));
}

const eventTime = (r: ReadActivity): number =>
  r.activity.type === 'meeting' ? Date.parse(r.activity.startsAt ?? r.activity.occurredAt) : r.at;

export function extractEngagement(e: DealEvidence): EngagementSignal {
  let lastCustomer: ReadActivity | undefined;
  let lastCustomerAt: number | undefined;
  let lastTouch: ReadActivity | undefined;
  let lastTouchAt: number | undefined;
  const people = new Set<string>();
  for (const r of e.timeline) {
    const customer = isCustomerWriting(r) || isConversation(r, e.gate);
    const at = eventTime(r);
    if (customer && (lastCustomerAt === undefined || at >= lastCustomerAt)) {
      lastCustomer = r;
      lastCustomerAt = at;
    }
    if (isCustomerWriting(r) && r.from) people.add(r.from);
    const touch = isOurEmailToCustomer(r) || r.activity.type === 'call' || isConversation(r, e.gate);
    if (touch && (lastTouchAt === undefined || at >= lastTouchAt)) {
      lastTouch = r;
      lastTouchAt = at;
    }
  }
  let unanswered = 0;
  for (const r of e.timeline) {
    if (lastCustomerAt !== undefined && r.at <= lastCustomerAt) continue;
    if (isOurEmailToCustomer(r) || (r.activity.type === 'call' && !isConversation(r, e.gate)))
      unanswered += 1;
  }
  const created = Date.parse(e.opportunity.createdAt);
  const quietSince = Math.max(lastCustomerAt ?? created, Math.min(created, lastCustomerAt ?? created));
  const allowanceDays = quietAllowance(e);
  return {
    kind: 'engagement',
    ...(lastCustomerAt !== undefined ? { lastCustomerAt: iso(lastCustomerAt) } : {}),
    ...(lastTouchAt !== undefined ? { lastTouchAt: iso(lastTouchAt) } : {}),
    unansweredTouches: unanswered,
    allowanceDays,
    quietSince: iso(quietSince),
    quiet: daysHavePassed(e, quietSince, allowanceDays),
    customerPeople: people.size,
    refs: [
      ...(lastCustomer ? [activityRef(lastCustomer)] : []),
      ...(lastTouch && lastTouch !== lastCustomer ? [activityRef(lastTouch)] : []),
      ...(!lastCustomer && !lastTouch
        ? [{ type: 'opportunity' as const, id: e.opportunity.id, field: 'createdAt' }]
        : []),
    ],
  };
}
