/** What the copilot tools return about an assessed deal: the verdict, the action and the why, with the deal named. */
import { z } from 'zod';
import { NextBestAction, Verdict } from '../../domain/labels/labels-schema.ts';
import { entityId, isoDate } from '../../domain/workspace/workspace-schema.ts';
import type { Assessed } from './copilot-contexts.ts';

export const DealVerdict = z.object({
  opportunityId: entityId,
  name: z.string(),
  accountId: entityId,
  accountName: z.string(),
  ownerId: entityId,
  stage: z.string(),
  amount: z.number(),
  currency: z.string(),
  closeDate: isoDate,
  verdict: Verdict,
  /** For act_now, the recommended next-best-actions, best first; empty otherwise. */
  actions: z.array(NextBestAction),
  /** 0 to 100: how much this deal's action matters today, for ranking. */
  priority: z.number(),
  why: z.string(),
  /** For a deal the customer asked to pause: the day to come back. */
  resumeOn: isoDate.optional(),
});
export type DealVerdict = z.infer<typeof DealVerdict>;

export function dealVerdict({ context, assessment }: Assessed): DealVerdict {
  const o = context.opportunity;
  return {
    opportunityId: o.id,
    name: o.name,
    accountId: context.account.id,
    accountName: context.account.name,
    ownerId: o.ownerId,
    stage: o.stage,
    amount: o.amount,
    currency: o.currency,
    closeDate: o.closeDate,
    verdict: assessment.verdict,
    actions: assessment.actions,
    priority: Math.round(assessment.priority.score * 10) / 10,
    why: assessment.why,
    ...(assessment.resumeOn ? { resumeOn: assessment.resumeOn } : {}),
  };
}

const VERDICT_RANK = { act_now: 0, monitor: 1, no_action: 2 } as const;

/** What to do today first: act-now deals by priority, then the ones to watch, then the healthy ones. */
export function byUrgency(a: DealVerdict, b: DealVerdict): number {
  return (
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    b.priority - a.priority ||
    a.opportunityId.localeCompare(b.opportunityId)
  );
}
