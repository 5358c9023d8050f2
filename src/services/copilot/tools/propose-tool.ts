/**
 * copilot_propose_action: the copilot's only write, a proposal in the deal owner's decision queue. An email is
 * checked by the guardrails against the store's records first; a call log may be auto-approved when the team set it.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { NextBestAction } from '../../../domain/labels/labels-schema.ts';
import type { Observation } from '../../../domain/observations/observation-schema.ts';
import type { ProposalDraft } from '../../../domain/proposals/proposal-schema.ts';
import { ProposalPayload } from '../../../domain/proposals/proposal-schema.ts';
import { assessDeal } from '../../../domain/triage/assess-deal.ts';
import { entityId } from '../../../domain/workspace/workspace-schema.ts';
import { loadDealContexts, readWorldHead } from '../../../store/deal-contexts.ts';
import * as t from '../../../store/schema/index.ts';
import { notFound, visibleOpportunityIds } from '../../crm/crm-access.ts';
import { createProposal } from '../../decisions/create-proposal.ts';
import { StoredGuard } from '../../decisions/proposal-record.ts';
import { storeDrafting } from '../../drafting/store-drafting.ts';
import type { GuardOutcome } from '../../missions/mission-ports.ts';
import { defineCopilotTool } from './tool-kit.ts';

export const ProposeInput = z.object({
  opportunityId: entityId,
  action: NextBestAction,
  payload: ProposalPayload,
  rationale: z.string().trim().min(1).max(2000),
  writer: z.string().optional(),
});

export const proposeActionTool = defineCopilotTool({
  name: 'copilot_propose_action',
  input: ProposeInput,
  async run({ db, actor, deps, requestId }, input) {
    if (!(await visibleOpportunityIds(db, actor, [input.opportunityId])).has(input.opportunityId))
      throw notFound('opportunity', input.opportunityId);
    const head = await readWorldHead(db);
    const [context] = head ? await loadDealContexts(db, head, [input.opportunityId]) : [];
    if (!context) throw notFound('opportunity', input.opportunityId);
    const assessment = assessDeal(context);
    const draft: ProposalDraft = {
      action: input.action,
      payload: input.payload,
      rationale: input.rationale,
      writer: input.writer ?? `copilot:${actor.email}`,
    };
    let guard: GuardOutcome | undefined;
    if (input.payload.kind === 'send_email') {
      // The same guardrails a mission's drafts pass, over what the store holds now.
      const drafting = deps.drafting ?? storeDrafting(db, { embedder: deps.embedder });
      await drafting.warm();
      guard = drafting.guard(context, draft);
    }
    const created = await db.transaction((tx) =>
      createProposal(
        tx,
        {
          requestId,
          opportunityId: input.opportunityId,
          draft,
          verdict: assessment.verdict,
          priority: assessment.priority.score,
          guard: guard ? { blocked: guard.blocked, findings: guard.findings } : undefined,
        },
        deps.decisions,
      ),
    );
    const [row] = await db
      .select({ guard: t.proposals.guard })
      .from(t.proposals)
      .where(eq(t.proposals.id, created.id));
    const stored = StoredGuard.safeParse(row?.guard);
    const findings = stored.success ? stored.data.findings : [];
    const proposal = {
      id: created.id,
      kind: input.payload.kind,
      state: created.state,
      blocked: created.blocked,
      reasons: findings.map((f) => `${f.severity === 'block' ? 'Blocked' : 'Warning'}: ${f.reason}`),
      payload: input.payload,
    };
    const observations: Observation[] = [
      ...(guard?.observations ?? []),
      {
        kind: 'proposal',
        title: `Proposed ${input.payload.kind.replace(/_/g, ' ')} ${created.id}: ${created.state}${created.blocked ? ', blocked' : ''}`,
        detail: input.rationale,
        refs: [
          { type: 'proposal', id: created.id },
          { type: 'opportunity', id: input.opportunityId },
        ],
        data: {
          proposalId: created.id,
          state: created.state,
          blocked: created.blocked,
          conflicts: created.conflicts,
        },
      },
    ];
    return {
      absorb: (e) => ({ ...e, proposal }),
      summary: `${created.id} (${input.payload.kind}) ${created.state}`,
      refs: [{ type: 'proposal', id: created.id }],
      observations,
    };
  },
});
