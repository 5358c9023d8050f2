/** The renewal window: a contract ending soon, and whether a renewal conversation is already under way. */
import { formatDay, parseDay } from '../dates/calendar.ts';
import { isCustomerWriting } from '../mail/read-activity.ts';
import { type DealEvidence, dayHasCome, daysHavePassed } from './deal-evidence.ts';
import { isConversation } from './reply-reading.ts';
import type { MeetingSignal, RenewalWindowSignal } from './signal-schema.ts';

export function extractRenewalWindow(
  e: DealEvidence,
  meetings: readonly MeetingSignal[],
): RenewalWindowSignal | undefined {
  const end = e.opportunity.contractEndDate;
  if (!end) return undefined;
  const endDay = parseDay(end);
  const opensOn = endDay - e.config.renewalWindowDays;
  const open = dayHasCome(e, opensOn);
  let last: number | undefined;
  for (const r of e.timeline) {
    if (isCustomerWriting(r)) last = r.at;
    else if (isConversation(r, e.gate))
      last = Math.max(last ?? 0, Date.parse(r.activity.startsAt ?? r.activity.occurredAt));
  }
  const recent = last !== undefined && !daysHavePassed(e, last, e.config.renewalConversationDays);
  const booked = meetings.some((m) => m.status === 'booked');
  return {
    kind: 'renewal_window',
    contractEndDate: end,
    opensOn: formatDay(opensOn),
    open,
    conversationUnderWay: recent || booked,
    ...(last !== undefined ? { lastConversationAt: new Date(last).toISOString() } : {}),
    refs: [{ type: 'opportunity', id: e.opportunity.id, field: 'contractEndDate' }],
  };
}
