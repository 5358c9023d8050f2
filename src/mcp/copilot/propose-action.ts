/** Puts a host's drafted next-best-action in the deal owner's decision queue: the only change any MCP tool can make. */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { NextBestAction } from '../../domain/labels/labels-schema.ts';
import {
  type ProposalDraft,
  ProposalPayload,
  ProposalState,
} from '../../domain/proposals/proposal-schema.ts';
import { entityId } from '../../domain/workspace/workspace-schema.ts';
import { notFound, visibleOpportunityIds } from '../../services/crm/crm-access.ts';
import { createProposal } from '../../services/decisions/create-proposal.ts';
import { decisionConfig } from '../../services/decisions/decision-config.ts';
import { StoredGuard } from '../../services/decisions/proposal-record.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import type { McpDeps } from '../mcp-deps.ts';
import { assessAll, loadContexts } from './copilot-contexts.ts';
import { DealVerdict, dealVerdict } from './copilot-views.ts';

export const ProposeActionInput = z.object({
  opportunityId: entityId.describe('The deal the action is for'),
  action: NextBestAction.describe('The next-best-action this proposal carries out'),
  payload: ProposalPayload.describe(
    'What to do, for a person to approve: send_email (a draft; cite knowledge chunk ids in `citations`), update_opportunity, schedule_meeting or log_activity',
  ),
  rationale: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .describe('One or two sentences on why, shown to the person who decides'),
});
export const ProposeActionOutput = z.object({
  proposalId: z.string(),
  /** Always pending: a person approves, edits or rejects it in closeloop; nothing has been sent or changed. */
  state: ProposalState,
  /** True when the guardrails or the queue found something that must be fixed before approval. */
  blocked: z.boolean(),
  findings: StoredGuard.shape.findings,
  /** Other open proposals to the same contact; only one of them can be sent. */
  conflicts: z.array(z.string()),
  /** The deal's page in closeloop, where its owner reviews it (`closeloop queue` lists it too). */
  link: z.string(),
  /** closeloop's own verdict on the deal, for comparison with what was proposed. */
  deal: DealVerdict,
});
export type ProposeActionInput = z.input<typeof ProposeActionInput>;
export type ProposeActionOutput = z.infer<typeof ProposeActionOutput>;

// Where `closeloop serve` listens by default (HOST 127.0.0.1, PORT 4400) when CLOSELOOP_PUBLIC_URL is not set.
const DEFAULT_APP_URL = 'http://127.0.0.1:4400';

/** The proposal in the web app: its deal's page with this proposal picked, where the owner reviews and decides it. */
export const proposalLink = (publicUrl: string | undefined, proposalId: string): string =>
  `${(publicUrl ?? DEFAULT_APP_URL).replace(/\/+$/, '')}/proposals/${encodeURIComponent(proposalId)}`;

export async function proposeAction(
  db: Db,
  actor: Actor,
  deps: McpDeps,
  input: ProposeActionInput,
): Promise<ProposeActionOutput> {
  const i = ProposeActionInput.parse(input);
  if (!(await visibleOpportunityIds(db, actor, [i.opportunityId])).has(i.opportunityId)) {
    throw notFound('opportunity', i.opportunityId);
  }
  const [assessed] = await assessAll(deps.reasoner, await loadContexts(db, [i.opportunityId]));
  if (!assessed) throw notFound('opportunity', i.opportunityId);
  const draft: ProposalDraft = {
    action: i.action,
    payload: i.payload,
    rationale: i.rationale,
    // Who wrote it, for the audit trail: a person's assistant, not closeloop's own writer.
    writer: `mcp:${actor.email}`,
  };
  const guard = deps.guard?.(assessed.context, draft);
  const base = deps.decisions?.config ?? decisionConfig();
  const created = await db.transaction((tx) =>
    createProposal(
      tx,
      {
        requestId: `mcp_${randomBytes(6).toString('hex')}`,
        opportunityId: i.opportunityId,
        draft,
        verdict: assessed.assessment.verdict,
        priority: assessed.assessment.priority.score,
        guard: guard ? { blocked: guard.blocked, findings: guard.findings } : undefined,
      },
      // Whatever the team allows to skip the queue, a proposal that came through MCP always waits for a person.
      { ...deps.decisions, config: { ...base, autoApprove: [] } },
    ),
  );
  const [row] = await db
    .select({ guard: t.proposals.guard })
    .from(t.proposals)
    .where(eq(t.proposals.id, created.id));
  const stored = StoredGuard.safeParse(row?.guard);
  return {
    proposalId: created.id,
    state: created.state,
    blocked: created.blocked,
    findings: stored.success ? stored.data.findings : [],
    conflicts: created.conflicts,
    link: proposalLink(deps.publicUrl, created.id),
    deal: dealVerdict(assessed),
  };
}
