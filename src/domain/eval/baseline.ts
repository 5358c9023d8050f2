/** The rule closeloop must beat: act on (re-engage) any deal with no activity in 14 days, leave the rest alone. */
import { DAY_MS } from '../dates/calendar.ts';
import { dealActivities } from '../triage/attribution.ts';
import type { DealContext } from '../triage/deal-context.ts';
import type { Prediction } from './eval-report.ts';

export const BASELINE_QUIET_DAYS = 14;

export function baselineAssess(ctx: DealContext): Prediction {
  const now = Date.parse(ctx.asOf);
  let last = Date.parse(ctx.opportunity.createdAt);
  let seen = false;
  for (const a of dealActivities(ctx)) {
    const at = Date.parse(a.occurredAt);
    if (at > now) continue;
    if (!seen || at > last) last = at;
    seen = true;
  }
  const quiet = now - last > BASELINE_QUIET_DAYS * DAY_MS;
  return quiet
    ? {
        opportunityId: ctx.opportunity.id,
        verdict: 'act_now',
        actions: ['re_engage'],
        why: `no activity in ${BASELINE_QUIET_DAYS} days`,
      }
    : {
        opportunityId: ctx.opportunity.id,
        verdict: 'no_action',
        actions: [],
        why: `activity within ${BASELINE_QUIET_DAYS} days`,
      };
}
