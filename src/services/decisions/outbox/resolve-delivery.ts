/** What a person does about a message the dispatcher could not settle: retry a failed one, confirm an ambiguous one. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../domain/access/actor.ts';
import { UserError } from '../../../domain/errors.ts';
import type { Db } from '../../../store/open-store.ts';
import { decisions, outbox } from '../../../store/schema/index.ts';
import { appendAudit } from '../audit.ts';
import { type DecisionDepsInput, decisionDeps } from '../decision-deps.ts';
import { parseInput } from '../parse-input.ts';
import { assertCanDecide, visibleProposal } from '../proposal-access.ts';
import type { OutboxRow } from '../proposal-record.ts';
import { moveProposal } from '../proposal-transitions.ts';
import { settleSent } from './dispatch-once.ts';
import { isMailPayload, OutboxPayload } from './outbox-payload.ts';
import { settleOutbox } from './outbox-store.ts';

export const RetryInput = z.object({ proposalId: z.string().min(1) });
export const ConfirmInput = z.object({
  proposalId: z.string().min(1),
  /** sent: it reached the customer (written back, done). not_sent: it did not (queued again, same Message-ID). */
  outcome: z.enum(['sent', 'not_sent']),
  note: z.string().trim().max(2000).optional(),
});
export type ConfirmInput = z.input<typeof ConfirmInput>;

async function outboxOf(tx: Db, proposalId: string): Promise<OutboxRow> {
  const [row] = await tx.select().from(outbox).where(eq(outbox.proposalId, proposalId));
  if (!row) throw new UserError('conflict', `${proposalId} has nothing in the outbox: it was never approved`);
  return row;
}

/** A failed message goes out again now, with a fresh set of tries; a waiting retry is brought forward. */
export async function retryDelivery(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof RetryInput>,
  depsInput: DecisionDepsInput = {},
): Promise<{ proposalId: string; state: 'approved' }> {
  const input = parseInput(RetryInput, rawInput);
  const now = decisionDeps(depsInput).now();
  return db.transaction(async (tx) => {
    const proposal = await visibleProposal(tx, actor, input.proposalId);
    assertCanDecide(actor, proposal);
    const row = await outboxOf(tx, proposal.id);
    if (row.status === 'failed') {
      const [reset] = await tx
        .update(outbox)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
        .where(eq(outbox.id, row.id))
        .returning();
      if (
        !reset ||
        !(await moveProposal(tx, proposal.id, ['failed'], 'approved', { stateReason: 'Retry requested.' }))
      )
        throw new UserError('conflict', `${proposal.id} changed meanwhile; look at it again`);
    } else if (row.status === 'pending') {
      await tx.update(outbox).set({ nextAttemptAt: now }).where(eq(outbox.id, row.id));
    } else {
      throw new UserError(
        'conflict',
        row.status === 'unconfirmed'
          ? `${proposal.id} may already have been sent: confirm it as sent or not sent instead of retrying`
          : `${proposal.id} is ${row.status}; only a failed or waiting message can be retried`,
      );
    }
    await tx.insert(decisions).values({
      proposalId: proposal.id,
      actorId: actor.userId,
      decision: 'retry',
      reasonText: row.lastError,
      decidedAt: now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: actor.userId,
      action: 'retry_requested',
      subjectType: 'proposal',
      subjectId: proposal.id,
      opportunityId: proposal.opportunityId,
      basis: { outboxId: row.id, lastError: row.lastError, attempts: row.attempts },
    });
    return { proposalId: proposal.id, state: 'approved' as const };
  });
}

/** A person settles an ambiguous send after checking: only they can know whether the customer got it. */
export async function confirmDelivery(
  db: Db,
  actor: Actor,
  rawInput: ConfirmInput,
  depsInput: DecisionDepsInput = {},
): Promise<{ proposalId: string; state: 'done' | 'approved' }> {
  const input = parseInput(ConfirmInput, rawInput);
  const now = decisionDeps(depsInput).now();
  const proposal = await visibleProposal(db, actor, input.proposalId);
  assertCanDecide(actor, proposal);
  const row = await outboxOf(db, proposal.id);
  if (row.status !== 'unconfirmed')
    throw new UserError('conflict', `${proposal.id} is ${row.status}, not waiting for a confirmation`);
  const record = async (tx: Db) => {
    await tx.insert(decisions).values({
      proposalId: proposal.id,
      actorId: actor.userId,
      decision: 'confirm',
      reasonCode: input.outcome,
      reasonText: input.note ?? null,
      decidedAt: now,
    });
    await appendAudit(tx, {
      at: now,
      actorId: actor.userId,
      action: input.outcome === 'sent' ? 'confirmed_sent' : 'confirmed_not_sent',
      subjectType: 'proposal',
      subjectId: proposal.id,
      opportunityId: proposal.opportunityId,
      basis: { outboxId: row.id, messageId: row.messageId, lastError: row.lastError, note: input.note },
    });
  };
  if (input.outcome === 'sent') {
    const payload = OutboxPayload.parse(row.payload);
    if (!isMailPayload(payload)) throw new Error(`outbox row ${row.id} holds no message`);
    // One transaction: the write-back, the person's confirmation and its audit entry land together or not at all.
    await db.transaction(async (tx) => {
      const settled = await settleSent(
        tx,
        row,
        payload,
        { response: `confirmed by ${actor.email}`, accepted: [], rejected: [] },
        'person',
        undefined,
        now,
      );
      if (settled === 'skipped')
        throw new UserError('conflict', `${proposal.id} changed meanwhile; look at it again`);
      await record(tx);
    });
    return { proposalId: proposal.id, state: 'done' };
  }
  await db.transaction(async (tx) => {
    const settled = await settleOutbox(tx, row.id, ['unconfirmed'], 'pending', { nextAttemptAt: now });
    if (!settled) throw new UserError('conflict', `${proposal.id} changed meanwhile; look at it again`);
    await moveProposal(tx, proposal.id, ['executing'], 'approved', {
      stateReason: `Confirmed not sent by ${actor.email}; queued again.`,
    });
    await record(tx);
  });
  return { proposalId: proposal.id, state: 'approved' };
}
