/** Rejecting a proposal with a reason from a short list: the reasons are what coaching and the writer learn from. */
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { Db } from '../../store/open-store.ts';
import { decisions } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import { type DecisionDepsInput, decisionDeps } from './decision-deps.ts';
import { parseInput } from './parse-input.ts';
import { assertCanDecide, notPendingError, visibleProposal } from './proposal-access.ts';
import { moveProposal } from './proposal-transitions.ts';

export const rejectReasons = [
  'wrong_timing',
  'wrong_action',
  'wrong_content',
  'already_handled',
  'not_relevant',
  'other',
] as const;
export const RejectReason = z.enum(rejectReasons);
export type RejectReason = z.infer<typeof RejectReason>;

export const RejectInput = z
  .object({
    proposalId: z.string().min(1),
    reason: RejectReason,
    note: z.string().trim().max(2000).optional(),
  })
  .refine((r) => r.reason !== 'other' || (r.note?.length ?? 0) > 0, {
    message: 'a rejection for "other" reasons needs a note saying which',
    path: ['note'],
  });
export type RejectInput = z.input<typeof RejectInput>;

export async function rejectProposal(
  db: Db,
  actor: Actor,
  rawInput: RejectInput,
  depsInput: DecisionDepsInput = {},
): Promise<{ proposalId: string; state: 'rejected' }> {
  const input = parseInput(RejectInput, rawInput);
  const now = decisionDeps(depsInput).now();
  return db.transaction(async (tx) => {
    const row = await visibleProposal(tx, actor, input.proposalId);
    assertCanDecide(actor, row);
    const rejected = await moveProposal(tx, row.id, ['pending'], 'rejected', {
      decidedAt: now,
      decidedBy: actor.userId,
      stateReason: input.note ? `${input.reason}: ${input.note}` : input.reason,
    });
    if (!rejected) throw notPendingError(await visibleProposal(tx, actor, row.id));
    const dwellMs = row.firstOpenedAt ? Math.max(0, now.getTime() - row.firstOpenedAt.getTime()) : null;
    await tx.insert(decisions).values({
      proposalId: row.id,
      actorId: actor.userId,
      decision: 'reject',
      reasonCode: input.reason,
      reasonText: input.note ?? null,
      openedAt: row.firstOpenedAt,
      decidedAt: now,
      dwellMs,
    });
    await appendAudit(tx, {
      at: now,
      actorId: actor.userId,
      action: 'rejected',
      subjectType: 'proposal',
      subjectId: row.id,
      opportunityId: row.opportunityId,
      basis: { reason: input.reason, note: input.note, verdict: row.verdict, action: row.action, dwellMs },
    });
    return { proposalId: row.id, state: 'rejected' as const };
  });
}
