/** The mission's guard port: checks each proposal a writer drafts, with the deal's context as its record. */
import { customerFacing } from '../../domain/guardrails/customer-facing.ts';
import { findingToObservation } from '../../domain/guardrails/finding-observation.ts';
import { guardDraft } from '../../domain/guardrails/guard-draft.ts';
import {
  createGuardIndex,
  type DealRecords,
  type GuardBase,
} from '../../domain/guardrails/index/guard-index.ts';
import type { ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { DraftGuard, GuardOutcome } from '../missions/mission-ports.ts';

const NOTHING_TO_CHECK: GuardOutcome = { blocked: false, observations: [], findings: [] };

/**
 * One guard per mission run: the knowledge base, price book and customer names are indexed once; each
 * deal's records come from the context the mission already loaded, so the guard reads no store itself.
 */
export function createMissionGuard(base: GuardBase): DraftGuard {
  const records = new Map<string, DealRecords>();
  const index = createGuardIndex(base, (id) => records.get(id));
  return (context: DealContext, draft: ProposalDraft): GuardOutcome => {
    const opportunityId = context.opportunity.id;
    const checked = customerFacing(opportunityId, draft);
    if (!checked) return NOTHING_TO_CHECK;
    records.set(opportunityId, {
      opportunity: context.opportunity,
      // Other deals' mail of the account is theirs; unassigned mail belongs to the account as a whole.
      activities: context.activities.filter(
        (a) => a.opportunityId === undefined || a.opportunityId === opportunityId,
      ),
      usage: context.usage,
    });
    const outcome = guardDraft(index, checked);
    if (outcome.status !== 'checked') return NOTHING_TO_CHECK;
    return {
      blocked: outcome.blocked,
      findings: outcome.findings,
      observations: outcome.findings.map((f) => findingToObservation(f, opportunityId)),
    };
  };
}
