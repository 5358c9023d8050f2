/** Deal verdicts as the mission reaches them: copilot_explain_deal for a few deals, copilot_triage_pipeline for all. */
import { z } from 'zod';
import { assessDeal } from '../../../domain/triage/assess-deal.ts';
import { isOpen } from '../../../domain/triage/deal-context.ts';
import { entityId, isoDateTime } from '../../../domain/workspace/workspace-schema.ts';
import { loadDealContexts, readWorldHead } from '../../../store/deal-contexts.ts';
import { notFound, visibleOpportunityIds } from '../../crm/crm-access.ts';
import { triageDeals } from '../../triage/triage-deals.ts';
import { defineCopilotTool, plural } from './tool-kit.ts';

// An account with more open deals than this is a pipeline, not an account: the pipeline tool ranks it instead.
const MAX_DEALS = 20;

export const explainDealsTool = defineCopilotTool({
  name: 'copilot_explain_deal',
  input: z.object({ opportunityIds: z.array(entityId).min(1).max(MAX_DEALS), asOf: isoDateTime }),
  async run({ db, actor, deps }, input) {
    const visible = await visibleOpportunityIds(db, actor, input.opportunityIds);
    const ids = input.opportunityIds.filter((id) => visible.has(id));
    const head = await readWorldHead(db);
    if (!head || ids.length === 0) throw notFound('opportunity', input.opportunityIds.join(', '));
    const contexts = (await loadDealContexts(db, head, ids, input.asOf)).filter((c) =>
      isOpen(c.opportunity, head.pipeline),
    );
    const assessments = await Promise.all(
      contexts.map((c) => (deps.reasoner ? deps.reasoner.assess(c) : Promise.resolve(assessDeal(c)))),
    );
    const full = new Map(contexts.map((c) => [c.opportunity.id, c.opportunity]));
    return {
      // The triage read carries each deal's full record (stage history included): it replaces the account's summary.
      absorb: (e) => ({
        ...e,
        assessments,
        deals: e.deals.map((d) => full.get(d.id) ?? d),
      }),
      summary:
        assessments
          .map((a) => `${a.opportunityId} ${a.verdict}${a.actions[0] ? ` → ${a.actions[0]}` : ''}`)
          .join('; ') || 'no open deal',
      refs: assessments.map((a) => ({ type: 'opportunity' as const, id: a.opportunityId })),
    };
  },
});

export const triagePipelineTool = defineCopilotTool({
  name: 'copilot_triage_pipeline',
  input: z.object({ asOf: isoDateTime }),
  async run({ db, actor }, input) {
    const triaged = await triageDeals(db, actor, { asOf: input.asOf });
    const pipeline = triaged.deals.map((d) => ({
      opportunity: d.context.opportunity,
      accountName: d.context.account.name,
      assessment: d.assessment,
    }));
    const acting = pipeline.filter((p) => p.assessment.verdict === 'act_now');
    return {
      absorb: (e) => ({ ...e, pipeline }),
      summary: `${plural(pipeline.length, 'open deal')}, ${acting.length} to act on`,
      refs: acting.slice(0, 5).map((p) => ({ type: 'opportunity' as const, id: p.opportunity.id })),
    };
  },
});
