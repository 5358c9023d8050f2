/** Snoozing: the proposal stays pending but leaves the queue until a date the person picks. */
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { isoDate, isoDateTime } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { decisions } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import { type DecisionDepsInput, decisionDeps } from './decision-deps.ts';
import { parseInput } from './parse-input.ts';
import { assertCanDecide, notPendingError, visibleProposal } from './proposal-access.ts';
import { moveProposal } from './proposal-transitions.ts';

export const SnoozeInput = z.object({
  proposalId: z.string().min(1),
  /** A date (the start of that day, UTC) or a date-time. */
  until: z.union([isoDate, isoDateTime]),
  note: z.string().trim().max(2000).optional(),
});
export type SnoozeInput = z.input<typeof SnoozeInput>;

export async function snoozeProposal(
  db: Db,
  actor: Actor,
  rawInput: SnoozeInput,
  depsInput: DecisionDepsInput = {},
): Promise<{ proposalId: string; snoozedUntil: Date }> {
  const input = parseInput(SnoozeInput, rawInput);
  const now = decisionDeps(depsInput).now();
  const until = new Date(input.until.length === 10 ? `${input.until}T00:00:00Z` : input.until);
  if (until.getTime() <= now.getTime())
    throw new UserError('invalid_input', `snooze until a time in the future, not ${input.until}`);
  return db.transaction(async (tx) => {
    const row = await visibleProposal(tx, actor, input.proposalId);
    assertCanDecide(actor, row);
    const snoozed = await moveProposal(
      tx,
      row.id,
      ['pending'],
      'pending',
      { snoozedUntil: until },
      row.version,
    );
    if (!snoozed) throw notPendingError(await visibleProposal(tx, actor, row.id));
    await tx.insert(decisions).values({
      proposalId: row.id,
      actorId: actor.userId,
      decision: 'snooze',
      reasonText: input.note ?? null,
      openedAt: row.firstOpenedAt,
      decidedAt: now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: actor.userId,
      action: 'snoozed',
      subjectType: 'proposal',
      subjectId: row.id,
      opportunityId: row.opportunityId,
      basis: { until: until.toISOString(), note: input.note },
    });
    return { proposalId: row.id, snoozedUntil: until };
  });
}
