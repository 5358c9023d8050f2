/** Approving a proposal, as drafted or edited: checked again, recorded, and queued for exactly-once execution. */
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import {
  isCustomerFacing,
  ProposalPayload,
  type ProposalState,
} from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { decisions, outbox } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import { customerAddresses, type GovernorIssue, governorIssues, lockContacts } from './contact-governor.ts';
import { type DecisionDepsInput, type DraftRecheck, decisionDeps } from './decision-deps.ts';
import { diffDrafts } from './draft-diff.ts';
import { executeInternal } from './execute-internal.ts';
import { freezeExecution } from './outbox/freeze-execution.ts';
import { parseInput } from './parse-input.ts';
import { assertCanDecide, notPendingError, visibleProposal } from './proposal-access.ts';
import {
  draftPayload,
  type ProposalRow,
  parseGuard,
  payloadRecipients,
  type StoredGuard,
} from './proposal-record.ts';
import { moveProposal } from './proposal-transitions.ts';
import { checkRecipients, sellerDomains } from './recipient-policy.ts';
import { sampledForReview } from './review-sample.ts';

export const ApproveInput = z.object({
  proposalId: z.string().min(1),
  /** The payload as the person edited it; same kind as the draft. Absent: approve as drafted. */
  edited: ProposalPayload.optional(),
  /** Send despite a deferral or the weekly limit, with the reason a manager will read. */
  override: z.object({ reason: z.string().trim().min(5, 'say in a few words why') }).optional(),
  /** The version the person looked at; a proposal changed since (reassigned, snoozed) is not approved blind. */
  expectedVersion: z.number().int().optional(),
});
export type ApproveInput = z.input<typeof ApproveInput>;

export type Approval = {
  proposalId: string;
  state: ProposalState;
  edited: boolean;
  outboxId: string | undefined;
  sampledForReview: boolean;
  dwellMs: number | null;
  overridden: GovernorIssue[];
};

const blocked = (what: string, reasons: readonly string[]): UserError =>
  new UserError('blocked', `${what}: ${reasons.join('; ')}`, { reasons });

export async function approveProposal(
  db: Db,
  actor: Actor,
  rawInput: ApproveInput,
  depsInput: DecisionDepsInput = {},
): Promise<Approval> {
  const input = parseInput(ApproveInput, rawInput);
  const deps = decisionDeps(depsInput);
  return db.transaction(async (tx) => {
    const now = deps.now();
    const row = await visibleProposal(tx, actor, input.proposalId);
    assertCanDecide(actor, row);
    if (row.state !== 'pending') throw notPendingError(row);
    const customerFacing = isCustomerFacing(row.kind);
    if (customerFacing && !row.firstOpenedAt)
      throw new UserError(
        'conflict',
        `open ${row.id} before approving it (closeloop show ${row.id}): a customer-facing message is approved only after it was read`,
      );
    const draft = draftPayload(row);
    const payload = input.edited ?? draft;
    if (payload.kind !== row.kind)
      throw new UserError(
        'invalid_input',
        `the edited payload is a ${payload.kind}, the proposal a ${row.kind}`,
      );
    const diff = diffDrafts(draft, payload);
    const recipients = payloadRecipients(payload);
    const customers = customerAddresses(recipients, await sellerDomains(tx));
    const dwellMs = row.firstOpenedAt ? Math.max(0, now.getTime() - row.firstOpenedAt.getTime()) : null;
    const sampled = sampledForReview(row.id, deps.config.reviewSampleRate, dwellMs, deps.config.minDwellMs);

    // The compare-and-set comes first: it holds the row, so a double click or a second approver stops here.
    const approved = await moveProposal(
      tx,
      row.id,
      ['pending'],
      'approved',
      {
        approvedPayload: payload,
        decidedAt: now,
        decidedBy: actor.userId,
        recipients: customers,
        sampledForReview: sampled,
        snoozedUntil: null,
      },
      input.expectedVersion ?? row.version,
    );
    if (!approved) {
      const current = await visibleProposal(tx, actor, row.id);
      if (current.state === 'pending')
        throw new UserError('conflict', `${row.id} changed while you were looking at it; open it again`);
      throw notPendingError(current);
    }

    const recipientFindings = await checkRecipients(tx, row.accountId, recipients);
    if (recipientFindings.length > 0)
      throw blocked(
        `${row.id} cannot be approved`,
        recipientFindings.map((f) => f.reason),
      );
    const recheck = await guardOnApproval(tx, row, payload, diff !== undefined, deps.recheck);
    const overridden = await applyGovernor(
      tx,
      row,
      customers,
      now,
      deps.config.contactWeeklyLimit,
      input.override?.reason,
    );

    await tx.insert(decisions).values({
      proposalId: row.id,
      actorId: actor.userId,
      decision: diff ? 'edit_approve' : 'approve',
      editedPayload: diff ? payload : null,
      diff: diff ?? null,
      openedAt: row.firstOpenedAt,
      decidedAt: now,
      dwellMs,
    });
    if (overridden.length > 0)
      await tx.insert(decisions).values({
        proposalId: row.id,
        actorId: actor.userId,
        decision: 'override',
        reasonCode: overridden.map((i) => i.code).join(','),
        reasonText: input.override?.reason ?? null,
        decidedAt: now,
      });
    if (overridden.length > 0)
      await appendAudit(tx, {
        at: now,
        actorId: actor.userId,
        action: 'overridden',
        subjectType: 'proposal',
        subjectId: row.id,
        opportunityId: row.opportunityId,
        basis: { reason: input.override?.reason, issues: overridden },
      });
    await appendAudit(tx, {
      at: now,
      actorId: actor.userId,
      action: 'approved',
      subjectType: 'proposal',
      subjectId: row.id,
      opportunityId: row.opportunityId,
      basis: {
        decision: diff ? 'edit_approve' : 'approve',
        verdict: row.verdict,
        action: row.action,
        rationale: row.rationale,
        runId: row.runId,
        guard: row.guard,
        recheck,
        overrides: overridden.map((i) => ({
          code: i.code,
          message: i.message,
          reason: input.override?.reason,
        })),
        dwellMs,
        sampledForReview: sampled,
        diff: diff ? { changedFields: diff.changedFields, rewriteRatio: diff.rewriteRatio } : undefined,
      },
      content: payload,
    });

    if (payload.kind === 'update_opportunity' || payload.kind === 'log_activity') {
      const done = await executeInternal(tx, approved, payload, actor.userId, now);
      return {
        proposalId: row.id,
        state: done.state,
        edited: diff !== undefined,
        outboxId: undefined,
        sampledForReview: sampled,
        dwellMs,
        overridden,
      };
    }
    const frozen = await freezeExecution(tx, approved, payload, now);
    const outboxId = `ob-${row.id}`;
    await tx.insert(outbox).values({
      id: outboxId,
      proposalId: row.id,
      idempotencyKey: `proposal:${row.id}`,
      kind: payload.kind,
      payload: frozen,
      status: 'pending',
      maxAttempts: deps.config.outbox.maxAttempts,
      nextAttemptAt: now,
      messageId: 'mail' in frozen ? frozen.mail.messageId : null,
      createdAt: now,
    });
    return {
      proposalId: row.id,
      state: 'approved',
      edited: diff !== undefined,
      outboxId,
      sampledForReview: sampled,
      dwellMs,
      overridden,
    };
  });
}

/** An unedited draft the guardrails blocked stays blocked; an edited one is checked again before it can go. */
async function guardOnApproval(
  tx: Db,
  row: ProposalRow,
  payload: ProposalPayload,
  edited: boolean,
  recheck: DraftRecheck,
): Promise<StoredGuard | undefined> {
  const draftGuard = parseGuard(row.guard);
  if (!edited) {
    const blocking = (draftGuard?.findings ?? []).filter(
      (f) => f.severity === 'block' && f.source !== 'queue',
    );
    if (row.blocked && blocking.length > 0)
      throw blocked(
        `the guardrails blocked ${row.id}; edit the draft to fix it`,
        blocking.map((f) => `${f.reason}${f.text ? ` ("${f.text}")` : ''}`),
      );
    return undefined;
  }
  const result = await recheck(tx, { proposal: row, payload });
  const blocking = result.findings.filter((f) => f.severity === 'block');
  if (result.blocked)
    throw blocked(
      `the edited draft of ${row.id} is blocked by the guardrails`,
      blocking.map((f) => f.reason),
    );
  return result;
}

/** Locks the contacts, then applies the governor: hard stops always, soft ones unless a person gave a reason. */
async function applyGovernor(
  tx: Db,
  row: ProposalRow,
  customers: readonly string[],
  now: Date,
  weeklyLimit: number,
  overrideReason: string | undefined,
): Promise<GovernorIssue[]> {
  if (customers.length === 0) return [];
  await lockContacts(tx, customers);
  const issues = await governorIssues(tx, { proposal: row, addresses: customers, now, weeklyLimit });
  const hard = issues.filter((i) => !i.overridable);
  // Every reason is named, hard ones first: whoever fixes one should not discover the next on the second try.
  if (hard.length > 0)
    throw blocked(
      `${row.id} cannot be sent`,
      [...hard, ...issues.filter((i) => i.overridable)].map((i) => i.message),
    );
  const soft = issues.filter((i) => i.overridable);
  if (soft.length > 0 && !overrideReason)
    throw blocked(
      `${row.id} is held by the contact governor (approve with --override "<reason>" to send anyway)`,
      soft.map((i) => i.message),
    );
  return soft;
}

/** Several internal changes at once (a batch of CRM fixes); customer-facing proposals are approved one by one. */
export async function approveInternalBatch(
  db: Db,
  actor: Actor,
  input: { proposalIds: readonly string[] },
  depsInput: DecisionDepsInput = {},
): Promise<
  Array<{ proposalId: string } & ({ ok: true; approval: Approval } | { ok: false; error: string })>
> {
  const rows = [];
  for (const id of input.proposalIds) rows.push(await visibleProposal(db, actor, id));
  const facing = rows.filter((r) => isCustomerFacing(r.kind)).map((r) => r.id);
  if (rows.length > 1 && facing.length > 0)
    throw new UserError(
      'invalid_input',
      `customer-facing proposals are approved one at a time, after reading each (${facing.join(', ')})`,
    );
  const results = [];
  for (const row of rows) {
    try {
      results.push({
        proposalId: row.id,
        ok: true as const,
        approval: await approveProposal(db, actor, { proposalId: row.id }, depsInput),
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      results.push({ proposalId: row.id, ok: false as const, error: error.message });
    }
  }
  return results;
}
