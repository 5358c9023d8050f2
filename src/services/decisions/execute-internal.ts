/** Executes an approved internal change (a CRM field, a logged call) inside the approval's own transaction. */
import { randomBytes } from 'node:crypto';
import type { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { outbox } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import type { ProposalRow } from './proposal-record.ts';
import { moveProposal } from './proposal-transitions.ts';
import { writeBack } from './write-back.ts';

/**
 * A database write needs no dispatcher: committing with the approval makes it exactly once. The outbox row is
 * still recorded, already done, so every executed proposal has one record of what ran and when.
 */
export async function executeInternal(
  tx: Db,
  approved: ProposalRow,
  payload: Extract<ProposalPayload, { kind: 'update_opportunity' | 'log_activity' }>,
  actorId: string,
  now: Date,
): Promise<ProposalRow> {
  const frozen =
    payload.kind === 'update_opportunity'
      ? { kind: payload.kind, update: payload.update }
      : { kind: payload.kind, log: payload.log };
  const result = await writeBack(tx, approved, frozen, now);
  await tx.insert(outbox).values({
    id: `ob-${randomBytes(6).toString('hex')}`,
    proposalId: approved.id,
    idempotencyKey: `proposal:${approved.id}`,
    kind: payload.kind,
    payload: frozen,
    status: 'done',
    attempts: 1,
    nextAttemptAt: now,
    result,
    createdAt: now,
    doneAt: now,
  });
  const done = await moveProposal(tx, approved.id, ['approved'], 'done', { stateReason: null });
  if (!done) throw new Error(`proposal ${approved.id} left the approved state inside its own transaction`);
  await appendAudit(tx, {
    at: now,
    actorId,
    action: 'executed',
    subjectType: 'proposal',
    subjectId: approved.id,
    opportunityId: approved.opportunityId,
    content: { executed: frozen, writeBack: result },
  });
  return done;
}
