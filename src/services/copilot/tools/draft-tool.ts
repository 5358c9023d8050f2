/** drafts_write: an email the rep asked for, written by the drafts pipeline (or the configured model) for one deal. */
import { z } from 'zod';
import type { NextBestAction } from '../../../domain/labels/labels-schema.ts';
import type { ProposalDraft } from '../../../domain/proposals/proposal-schema.ts';
import { assessDeal } from '../../../domain/triage/assess-deal.ts';
import type { DealAssessment } from '../../../domain/triage/assessment-schema.ts';
import { entityId, isoDateTime } from '../../../domain/workspace/workspace-schema.ts';
import { loadDealContexts, readWorldHead } from '../../../store/deal-contexts.ts';
import { notFound, visibleOpportunityIds } from '../../crm/crm-access.ts';
import { storeDrafting } from '../../drafting/store-drafting.ts';
import { defineCopilotTool } from './tool-kit.ts';

const PURPOSES: ReadonlyArray<[RegExp, NextBestAction]> = [
  [/\brenew/i, 'start_renewal'],
  [/\b(?:seats?|expan|upgrade|upsell|more users)\b/i, 'propose_expansion'],
  [/\b(?:reschedul|rebook|missed|no.show)\b/i, 'reschedule'],
  [/\b(?:competitor|objection|concern|worried|too expensive)\b/i, 'respond_to_risk'],
  [/\b(?:usage|adoption|logins?|active users)\b/i, 'address_usage_drop'],
  [/\b(?:proposal|quote|numbers|pricing|deck|send)\b/i, 'deliver_commitment'],
  [/\b(?:answer|question|reply|respond)\b/i, 'answer_customer'],
];

/**
 * The rep asked for an email, so one is written even where the mission would wait: the deal's own actions first,
 * else the one the request's words point to, else a plain check-in.
 */
export function draftAssessment(a: DealAssessment, purpose: string): DealAssessment {
  const hinted = PURPOSES.find(([re]) => re.test(purpose))?.[1];
  // A record fix is no email: asked for one, the rep gets the deal's email actions first, then a check-in.
  const emails = a.actions.filter((x) => x !== hinted && x !== 'fix_crm');
  const actions: NextBestAction[] = [
    ...(hinted ? [hinted] : []),
    ...emails,
    ...(emails.length === 0 && !hinted && !a.actions.includes('review_loss') ? (['re_engage'] as const) : []),
  ];
  if (a.verdict === 'act_now' && !hinted && actions.join() === a.actions.join()) return a;
  return { ...a, verdict: 'act_now', actions };
}

const INSTEAD: Record<ProposalDraft['payload']['kind'], string> = {
  send_email: 'write an email',
  update_opportunity: 'update the CRM record',
  schedule_meeting: 'send a meeting invite',
  log_activity: 'log an activity',
};

export const draftsWriteTool = defineCopilotTool({
  name: 'drafts_write',
  input: z.object({
    opportunityId: entityId,
    contactIds: z.array(entityId).default([]),
    purpose: z.string().max(2000).default(''),
    asOf: isoDateTime,
  }),
  async run({ db, actor, deps, budget }, input) {
    if (!(await visibleOpportunityIds(db, actor, [input.opportunityId])).has(input.opportunityId))
      throw notFound('opportunity', input.opportunityId);
    const head = await readWorldHead(db);
    const [context] = head ? await loadDealContexts(db, head, [input.opportunityId], input.asOf) : [];
    if (!context) throw notFound('opportunity', input.opportunityId);
    const assessment = draftAssessment(
      deps.reasoner ? await deps.reasoner.assess(context) : assessDeal(context),
      input.purpose,
    );
    const drafting = deps.drafting ?? storeDrafting(db, { embedder: deps.embedder });
    const model = deps.model?.writer?.(budget);
    const writer = model ? drafting.prepared(model) : drafting.writer;
    const draft = await writer.write(context, assessment);
    if (draft?.payload.kind !== 'send_email') {
      const instead = draft
        ? ` The drafts pipeline would ${INSTEAD[draft.payload.kind]} instead; ask for that if it is what you need.`
        : '';
      const problem = `No email drafted for ${context.opportunity.name}: ${assessment.why.replace(/\.?$/, '.')}${instead}`;
      return { absorb: (e) => ({ ...e, draftProblem: problem }), summary: 'no email drafted', refs: [] };
    }
    // "Draft a follow-up to Hank": the person the rep named is who it goes to, if they can still be written to.
    const named = context.contacts.filter(
      (c) => input.contactIds.includes(c.id) && (c.status ?? 'active') === 'active',
    );
    const email = draft.payload.email;
    const to = named.length ? named.map((c) => c.email) : email.to;
    const final = {
      ...draft,
      payload: { ...draft.payload, email: { ...email, to, cc: email.cc.filter((a) => !to.includes(a)) } },
    };
    return {
      absorb: (e) => ({ ...e, draft: final }),
      summary: `${final.action.replace(/_/g, ' ')} draft to ${to.join(', ')} by ${draft.writer}: “${email.subject}”`,
      refs: [{ type: 'opportunity', id: input.opportunityId }],
    };
  },
});
