/** The decision queue as the missions' ProposalSink port: propose, find open ones, withdraw, sweep closed deals. */
import type { ProposalSink } from '../missions/mission-ports.ts';
import { createProposal } from './create-proposal.ts';
import type { DecisionDepsInput } from './decision-deps.ts';
import { openProposalsFor, withdrawOnClosedDeals, withdrawProposal } from './retire-proposals.ts';

export function decisionQueueSink(deps: DecisionDepsInput = {}): ProposalSink {
  return {
    create: (tx, p) =>
      createProposal(
        tx,
        {
          runId: p.runId,
          opportunityId: p.context.opportunity.id,
          draft: p.draft,
          verdict: p.assessment.verdict,
          priority: p.assessment.priority.score,
          guard: p.guard ? { blocked: p.guard.blocked, findings: p.guard.findings } : undefined,
          fingerprint: p.fingerprint,
        },
        deps,
      ),
    openFor: (tx, opportunityIds) => openProposalsFor(tx, opportunityIds),
    withdraw: async (tx, proposalId, reason) => {
      await withdrawProposal(tx, proposalId, reason, deps.now?.());
    },
    sweepClosed: (tx, ownerIds) => withdrawOnClosedDeals(tx, ownerIds, deps.now?.()),
  };
}
