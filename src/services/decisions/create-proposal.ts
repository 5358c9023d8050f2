/** Proposing: a mission (or a copilot request) puts a drafted next-best-action in the deal owner's queue. */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { UserError } from '../../domain/errors.ts';
import { Verdict } from '../../domain/labels/labels-schema.ts';
import {
  ProposalDraft,
  type ProposalPayload,
  type ProposalState,
} from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { decisions, doNotContact, opportunities, proposals } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import { conflictingProposals, customerAddresses } from './contact-governor.ts';
import type { AutoApprovable } from './decision-config.ts';
import { type DecisionDepsInput, decisionDeps } from './decision-deps.ts';
import { executeInternal } from './execute-internal.ts';
import { parseInput } from './parse-input.ts';
import { parseGuard, payloadRecipients, type QueueFinding, type StoredGuard } from './proposal-record.ts';
import { moveProposal } from './proposal-transitions.ts';
import { checkRecipients, sellerDomains } from './recipient-policy.ts';

export const CreateProposalInput = z.object({
  runId: z.string().min(1).optional(),
  requestId: z.string().min(1).optional(),
  opportunityId: z.string().min(1),
  draft: ProposalDraft,
  verdict: Verdict,
  priority: z.number(),
  /** The guardrails' outcome on the draft ({ blocked, findings }); findings in an unknown shape are dropped. */
  guard: z.unknown().optional(),
  fingerprint: z.string().optional(),
});
export type CreateProposalInput = z.input<typeof CreateProposalInput>;

export type CreatedProposal = {
  id: string;
  /** False when this run had already proposed for this deal: the call is idempotent per run and deal. */
  created: boolean;
  state: ProposalState;
  blocked: boolean;
  /** Other open proposals to the same contact: flagged in the queue, and never both sent. */
  conflicts: string[];
};

export const newProposalId = (): string => `p-${randomBytes(6).toString('hex')}`;

/** Which configured auto-approval, if any, covers this payload; customer-facing kinds never qualify. */
export function autoApprovalFor(
  payload: ProposalPayload,
  enabled: readonly AutoApprovable[],
): AutoApprovable | undefined {
  if (payload.kind === 'log_activity' && enabled.includes('log_activity')) return 'log_activity';
  if (
    payload.kind === 'update_opportunity' &&
    enabled.includes('next_step') &&
    payload.update.changes.every((c) => c.field === 'nextStep' || c.field === 'nextStepDate')
  )
    return 'next_step';
  return undefined;
}

async function doNotContactFindings(tx: Db, addresses: readonly string[]): Promise<QueueFinding[]> {
  if (addresses.length === 0) return [];
  const listed = await tx
    .select()
    .from(doNotContact)
    .where(inArray(doNotContact.email, [...addresses]));
  return listed.map((d) => ({
    kind: 'do_not_contact',
    severity: 'block' as const,
    text: d.email,
    reason: `${d.email} is on the do-not-contact list${d.reason ? ` (${d.reason})` : ''}`,
    source: 'queue' as const,
  }));
}

/** Call inside the run's transaction; safe to repeat for the same run and deal. */
export async function createProposal(
  tx: Db,
  rawInput: CreateProposalInput,
  depsInput: DecisionDepsInput = {},
): Promise<CreatedProposal> {
  const input = parseInput(CreateProposalInput, rawInput);
  const deps = decisionDeps(depsInput);
  const now = deps.now();
  const [deal] = await tx
    .select({ accountId: opportunities.accountId, ownerId: opportunities.ownerId })
    .from(opportunities)
    .where(eq(opportunities.id, input.opportunityId));
  if (!deal) throw new UserError('not_found', `no deal ${input.opportunityId}`);

  const payload = input.draft.payload;
  const recipients = payloadRecipients(payload);
  const customers = customerAddresses(recipients, await sellerDomains(tx));
  const queueFindings = [
    ...(await checkRecipients(tx, deal.accountId, recipients)),
    ...(await doNotContactFindings(tx, customers)),
  ];
  const guarded = parseGuard(input.guard);
  const guard: StoredGuard = {
    blocked: (guarded?.blocked ?? false) || queueFindings.some((f) => f.severity === 'block'),
    findings: [...(guarded?.findings ?? []), ...queueFindings],
  };

  const id = newProposalId();
  const [inserted] = await tx
    .insert(proposals)
    .values({
      id,
      runId: input.runId ?? null,
      requestId: input.requestId ?? null,
      opportunityId: input.opportunityId,
      accountId: deal.accountId,
      ownerId: deal.ownerId,
      kind: payload.kind,
      action: input.draft.action,
      payload,
      rationale: input.draft.rationale,
      writer: input.draft.writer,
      verdict: input.verdict,
      priority: Math.round(input.priority),
      guard,
      blocked: guard.blocked,
      fingerprint: input.fingerprint ?? null,
      recipients: customers,
      createdAt: now,
    })
    .onConflictDoNothing({
      target: [proposals.runId, proposals.opportunityId],
      where: sql`run_id IS NOT NULL`,
    })
    .returning();
  if (!inserted) {
    const [existing] = await tx
      .select()
      .from(proposals)
      .where(and(eq(proposals.runId, input.runId ?? ''), eq(proposals.opportunityId, input.opportunityId)));
    if (!existing) throw new Error('a proposal insert conflicted, yet no proposal holds its run and deal');
    return {
      id: existing.id,
      created: false,
      state: existing.state,
      blocked: existing.blocked,
      conflicts: [],
    };
  }

  await appendAudit(tx, {
    at: now,
    actorId: 'system',
    action: 'proposed',
    subjectType: 'proposal',
    subjectId: id,
    opportunityId: input.opportunityId,
    basis: {
      runId: input.runId,
      requestId: input.requestId,
      verdict: input.verdict,
      action: input.draft.action,
      rationale: input.draft.rationale,
      writer: input.draft.writer,
      guard,
    },
    content: payload,
  });
  const conflicts = (await conflictingProposals(tx, inserted, customers)).map((c) => c.id);

  const auto = guard.blocked ? undefined : autoApprovalFor(payload, deps.config.autoApprove);
  if (auto && (payload.kind === 'log_activity' || payload.kind === 'update_opportunity')) {
    // A savepoint: a stale field (the CRM changed meanwhile) leaves the proposal pending for a person, not the run failed.
    const done = await tx
      .transaction(async (sp) => {
        const approved = await moveProposal(sp, id, ['pending'], 'approved', {
          approvedPayload: payload,
          decidedAt: now,
          decidedBy: 'system',
        });
        if (!approved) return undefined;
        await sp.insert(decisions).values({
          proposalId: id,
          actorId: 'system',
          decision: 'approve',
          reasonCode: 'auto_approve',
          reasonText: auto,
          decidedAt: now,
        });
        await appendAudit(sp, {
          at: now,
          actorId: 'system',
          action: 'auto_approved',
          subjectType: 'proposal',
          subjectId: id,
          opportunityId: input.opportunityId,
          basis: { policy: auto },
          content: payload,
        });
        return executeInternal(sp, approved, payload, 'system', now);
      })
      .catch((error: unknown) => {
        if (error instanceof UserError) return undefined;
        throw error;
      });
    if (done) return { id, created: true, state: done.state, blocked: false, conflicts };
  }
  return { id, created: true, state: 'pending', blocked: guard.blocked, conflicts };
}
