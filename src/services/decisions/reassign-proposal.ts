/** An admin moves a pending proposal to another person's queue (a rep on leave, a deal changing hands). */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, canReassign } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import { decisions, users } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import { type DecisionDepsInput, decisionDeps } from './decision-deps.ts';
import { parseInput } from './parse-input.ts';
import { notPendingError, visibleProposal } from './proposal-access.ts';
import { moveProposal } from './proposal-transitions.ts';

export const ReassignInput = z.object({
  proposalId: z.string().min(1),
  /** The new owner, by user id or email. */
  to: z.string().min(1),
  note: z.string().trim().max(2000).optional(),
});
export type ReassignInput = z.input<typeof ReassignInput>;

export async function reassignProposal(
  db: Db,
  actor: Actor,
  rawInput: ReassignInput,
  depsInput: DecisionDepsInput = {},
): Promise<{ proposalId: string; ownerId: string }> {
  const input = parseInput(ReassignInput, rawInput);
  if (!canReassign(actor)) throw new UserError('forbidden', 'only an admin may reassign a proposal');
  const now = decisionDeps(depsInput).now();
  return db.transaction(async (tx) => {
    const row = await visibleProposal(tx, actor, input.proposalId);
    const [target] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`${users.id} = ${input.to} OR lower(${users.email}) = lower(${input.to})`);
    if (!target) throw new UserError('not_found', `no user ${input.to}`);
    const moved = await moveProposal(tx, row.id, ['pending'], 'pending', { ownerId: target.id }, row.version);
    if (!moved) throw notPendingError(await visibleProposal(tx, actor, row.id));
    await tx.insert(decisions).values({
      proposalId: row.id,
      actorId: actor.userId,
      decision: 'reassign',
      reasonText: input.note ?? null,
      decidedAt: now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: actor.userId,
      action: 'reassigned',
      subjectType: 'proposal',
      subjectId: row.id,
      opportunityId: row.opportunityId,
      basis: { from: row.ownerId, to: target.id, note: input.note },
    });
    return { proposalId: row.id, ownerId: target.id };
  });
}
