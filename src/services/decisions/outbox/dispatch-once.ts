/** One pass of the dispatcher: recover abandoned sends, claim due messages, send each once, record the outcome. */
import { hostname } from 'node:os';
import { inArray } from 'drizzle-orm';
import { composeMime } from '../../../email/compose-mime.ts';
import type { MailTransport, SendOutcome } from '../../../email/mail-transport.ts';
import type { Db } from '../../../store/open-store.ts';
import { doNotContact } from '../../../store/schema/index.ts';
import { appendAudit } from '../audit.ts';
import type { DecisionConfig } from '../decision-config.ts';
import { bareAddress, type OutboxRow } from '../proposal-record.ts';
import { moveProposal, readProposal } from '../proposal-transitions.ts';
import { writeBack } from '../write-back.ts';
import { retryDelayMs } from './backoff.ts';
import { isMailPayload, type MailPayload, OutboxPayload } from './outbox-payload.ts';
import { abandonedSends, claimDue, settleOutbox } from './outbox-store.ts';

export type DispatchDeps = {
  transport: MailTransport;
  config: DecisionConfig;
  now?: () => Date;
  /** Who holds a claimed row: unique per process, so a lease names a live or a dead dispatcher. */
  workerId?: string;
  batchSize?: number;
  random?: () => number;
};

export type DispatchReport = {
  sent: number;
  retrying: number;
  failed: number;
  unconfirmed: number;
  recovered: number;
};

export const defaultWorkerId = (): string => `${hostname()}:${process.pid}`;

export async function dispatchOnce(db: Db, deps: DispatchDeps): Promise<DispatchReport> {
  const now = deps.now ?? (() => new Date());
  const workerId = deps.workerId ?? defaultWorkerId();
  const report: DispatchReport = { sent: 0, retrying: 0, failed: 0, unconfirmed: 0, recovered: 0 };
  for (const row of await abandonedSends(db, now())) {
    const outcome = await recoverAbandoned(db, row, deps.transport, now());
    if (outcome && outcome !== 'skipped') {
      report.recovered++;
      report[outcome]++;
    }
  }
  const claimed = await db.transaction(async (tx) => {
    const rows = await claimDue(tx, workerId, now(), deps.config.outbox.leaseMs, deps.batchSize ?? 10);
    for (const row of rows)
      await moveProposal(tx, row.proposalId, ['approved'], 'executing', { stateReason: null });
    return rows;
  });
  // The claim committed first: the Message-ID and "sending" are on record before a byte leaves.
  for (const row of claimed) {
    const outcome = await sendClaimed(db, row, deps, workerId, now);
    if (outcome !== 'skipped') report[outcome]++;
  }
  return report;
}

/** How a send was settled; `skipped` when another dispatcher or a person settled the row first. */
type Settled = 'sent' | 'retrying' | 'failed' | 'unconfirmed' | 'skipped';

async function sendClaimed(
  db: Db,
  row: OutboxRow,
  deps: DispatchDeps,
  workerId: string,
  now: () => Date,
): Promise<Settled> {
  const parsed = OutboxPayload.safeParse(row.payload);
  if (!parsed.success || !isMailPayload(parsed.data))
    return settleNotSent(
      db,
      row,
      { retryable: false, error: 'the outbox row does not hold a message' },
      deps,
      { workerId },
      now(),
    );
  const payload = parsed.data;
  const suppressed = await suppressedRecipients(db, payload);
  if (suppressed.length > 0)
    return settleNotSent(
      db,
      row,
      { retryable: false, error: `on the do-not-contact list since approval: ${suppressed.join(', ')}` },
      deps,
      { workerId },
      now(),
    );
  let outcome: SendOutcome;
  try {
    outcome = await deps.transport.send(payload.mail, await composeMime(payload.mail, now()));
  } catch (error) {
    // A transport that throws broke its contract; what it did is unknown, so nothing is resent automatically.
    outcome = { status: 'unknown', error: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.status === 'sent')
    return settleSent(db, row, payload, outcome, deps.transport.name, { workerId }, now());
  if (outcome.status === 'not_sent') return settleNotSent(db, row, outcome, deps, { workerId }, now());
  return settleUnconfirmed(db, row, outcome.error, { workerId }, now());
}

async function suppressedRecipients(db: Db, payload: MailPayload): Promise<string[]> {
  const addresses = [...payload.mail.to, ...payload.mail.cc].map(bareAddress);
  const listed = await db
    .select({ email: doNotContact.email })
    .from(doNotContact)
    .where(inArray(doNotContact.email, addresses));
  return listed.map((d) => d.email);
}

type Holder = { workerId: string } | { leaseExpiredBefore: Date };

export async function settleSent(
  db: Db,
  row: OutboxRow,
  payload: MailPayload,
  outcome: { response: string; accepted: string[]; rejected: string[] },
  transport: string,
  holder: Holder | undefined,
  at: Date,
): Promise<Settled> {
  return db.transaction(async (tx): Promise<Settled> => {
    const proposal = await readProposal(tx, row.proposalId);
    if (!proposal) throw new Error(`outbox row ${row.id} has no proposal`);
    const result = { transport, messageId: payload.mail.messageId, ...outcome };
    const settled = await settleOutbox(
      tx,
      row.id,
      ['sending', 'unconfirmed'],
      'done',
      { doneAt: at, result },
      holder,
    );
    if (!settled) return 'skipped';
    const back = await writeBack(tx, proposal, payload, at);
    await moveProposal(tx, proposal.id, ['executing', 'approved'], 'done', { stateReason: null });
    await appendAudit(tx, {
      at,
      actorId: 'system',
      action: 'executed',
      subjectType: 'proposal',
      subjectId: proposal.id,
      opportunityId: proposal.opportunityId,
      basis: { outboxId: row.id, attempts: row.attempts, transport },
      content: { mail: payload.mail, result, writeBack: back },
    });
    return 'sent';
  });
}

async function settleNotSent(
  db: Db,
  row: OutboxRow,
  outcome: { retryable: boolean; error: string },
  deps: DispatchDeps,
  holder: Holder,
  at: Date,
): Promise<Settled> {
  const retry = outcome.retryable && row.attempts < row.maxAttempts;
  return db.transaction(async (tx): Promise<Settled> => {
    if (retry) {
      const delay = retryDelayMs(
        row.attempts,
        deps.config.outbox.backoffMs,
        deps.config.outbox.backoffMaxMs,
        deps.random,
      );
      const next = new Date(at.getTime() + delay);
      const settled = await settleOutbox(
        tx,
        row.id,
        ['sending'],
        'pending',
        { nextAttemptAt: next, lastError: outcome.error },
        holder,
      );
      if (!settled) return 'skipped';
      const reason = `Not sent (${outcome.error}); try ${row.attempts + 1} of ${row.maxAttempts} at ${next.toISOString()}.`;
      await moveProposal(tx, row.proposalId, ['executing'], 'approved', { stateReason: reason });
      await appendAudit(tx, {
        at,
        actorId: 'system',
        action: 'send_retrying',
        subjectType: 'proposal',
        subjectId: row.proposalId,
        basis: {
          outboxId: row.id,
          attempt: row.attempts,
          error: outcome.error,
          nextAttemptAt: next.toISOString(),
        },
      });
      return 'retrying';
    }
    const settled = await settleOutbox(
      tx,
      row.id,
      ['sending'],
      'failed',
      { lastError: outcome.error },
      holder,
    );
    if (!settled) return 'skipped';
    const reason = `Failed after ${row.attempts} ${row.attempts === 1 ? 'try' : 'tries'}: ${outcome.error}`;
    await moveProposal(tx, row.proposalId, ['executing', 'approved'], 'failed', { stateReason: reason });
    await appendAudit(tx, {
      at,
      actorId: 'system',
      action: 'send_failed',
      subjectType: 'proposal',
      subjectId: row.proposalId,
      basis: { outboxId: row.id, attempts: row.attempts, error: outcome.error },
    });
    return 'failed';
  });
}

async function settleUnconfirmed(
  db: Db,
  row: OutboxRow,
  error: string,
  holder: Holder,
  at: Date,
): Promise<Settled> {
  return db.transaction(async (tx): Promise<Settled> => {
    const settled = await settleOutbox(tx, row.id, ['sending'], 'unconfirmed', { lastError: error }, holder);
    if (!settled) return 'skipped';
    const reason = `May have been sent (${error}). It is never resent on its own: check with the recipient or the mail relay, then confirm it as sent or not sent.`;
    await moveProposal(tx, row.proposalId, ['executing'], 'executing', { stateReason: reason });
    await appendAudit(tx, {
      at,
      actorId: 'system',
      action: 'send_unconfirmed',
      subjectType: 'proposal',
      subjectId: row.proposalId,
      basis: { outboxId: row.id, attempts: row.attempts, error, messageId: row.messageId },
    });
    return 'unconfirmed';
  });
}

/** A send whose dispatcher died: settled by proof where the transport has it, else left for a person. */
async function recoverAbandoned(
  db: Db,
  row: OutboxRow,
  transport: MailTransport,
  at: Date,
): Promise<Settled> {
  const parsed = OutboxPayload.safeParse(row.payload);
  const holder = { leaseExpiredBefore: at };
  const delivered = row.messageId ? await transport.wasSent(row.messageId) : undefined;
  if (delivered === true && parsed.success && isMailPayload(parsed.data))
    return settleSent(
      db,
      row,
      parsed.data,
      { response: 'found after a restart', accepted: [], rejected: [] },
      transport.name,
      holder,
      at,
    );
  if (delivered === false)
    return db.transaction(async (tx): Promise<Settled> => {
      const settled = await settleOutbox(
        tx,
        row.id,
        ['sending'],
        'pending',
        { nextAttemptAt: at, lastError: 'the dispatcher stopped before sending' },
        holder,
      );
      if (settled)
        await moveProposal(tx, row.proposalId, ['executing'], 'approved', {
          stateReason: 'Queued again: the dispatcher stopped before sending.',
        });
      return settled ? 'retrying' : 'skipped';
    });
  return settleUnconfirmed(db, row, 'the dispatcher stopped during the send', holder, at);
}
