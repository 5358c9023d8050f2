/**
 * Each task's plan, as "what to call next given what is known": the loop asks again after every call, so a plan
 * reads like a checklist and a step whose facts are already in hand is never made twice.
 */

import { briefKnowledgeQuery } from './compose/brief-sources.ts';
import { canAnswerProductQuestion } from './compose/product-answer.ts';
import { draftProposalCall, logProposalCall } from './compose/proposal-calls.ts';
import type { CopilotRoute } from './copilot-schema.ts';
import type { Evidence } from './evidence.ts';
import type { ToolCall } from './tool-call.ts';

export type PlanContext = {
  /** The request as typed: call notes keep their first words ("met with…", "log call…"). */
  request: string;
  asOf: string;
  /** The rep's time zone: "by Thursday" in call notes is the rep's Thursday. */
  timezone: string | undefined;
  recentActivities: number;
  knowledgePassages: number;
};

// A brief reads the deal's whole recent thread: what was promised three weeks ago still matters on the call.
const BRIEF_ACTIVITIES = 30;

/** The deal a task works on: the one named, else the account's only open deal. */
export function focusDealId(route: CopilotRoute, evidence: Evidence): string | undefined {
  if (route.opportunityId) return route.opportunityId;
  return evidence.deals.length === 1 ? evidence.deals[0]!.id : undefined;
}

function accountFacts(route: CopilotRoute, evidence: Evidence): ToolCall[] {
  if (!route.accountId || evidence.account) return [];
  return [
    {
      tool: 'crm_get_account',
      input: { accountId: route.accountId },
      why: 'who the people are and which deals are open',
    },
  ];
}

function dealAssessments(
  route: CopilotRoute,
  evidence: Evidence,
  ctx: PlanContext,
  onlyFocus: boolean,
): ToolCall[] {
  if (evidence.assessments) return [];
  const focus = focusDealId(route, evidence);
  const ids = onlyFocus && focus ? [focus] : evidence.deals.map((d) => d.id);
  // A closed deal has no verdict to read; the answer says so instead of calling.
  const open = ids.filter((id) => evidence.deals.some((d) => d.id === id));
  if (open.length === 0) return [];
  return [
    {
      tool: 'copilot_explain_deal',
      input: { opportunityIds: open, asOf: ctx.asOf },
      why: 'what is going on: promises, open questions, risks, usage, as the morning mission reads them',
    },
  ];
}

/** The latest activities of one deal (with the account's unattributed ones), or of the whole account. */
function recentActivities(evidence: Evidence, limit: number, opportunityId?: string): ToolCall[] {
  if (evidence.activitiesRead || !evidence.account) return [];
  return [
    {
      tool: 'crm_get_activities',
      input: opportunityId ? { opportunityId, limit } : { accountId: evidence.account.id, limit },
      why: 'the latest mail, calls and meetings',
    },
  ];
}

function usage(evidence: Evidence): ToolCall[] {
  if (evidence.usage || !evidence.account) return [];
  return [
    {
      tool: 'usage_get_series',
      input: { accountId: evidence.account.id },
      why: 'product usage and its trend',
    },
  ];
}

function opportunityDetail(route: CopilotRoute, evidence: Evidence): ToolCall[] {
  const focus = focusDealId(route, evidence);
  if (!focus || evidence.opportunity?.id === focus) return [];
  return [
    { tool: 'crm_get_opportunity', input: { opportunityId: focus }, why: 'the deal with its stage history' },
  ];
}

const first = (...groups: ToolCall[][]): ToolCall[] => groups.find((g) => g.length > 0) ?? [];

export function nextCalls(route: CopilotRoute, evidence: Evidence, ctx: PlanContext): ToolCall[] {
  const account = accountFacts(route, evidence);
  if (account.length > 0) return account;
  switch (route.intent) {
    case 'research_account':
      return first(
        recentActivities(evidence, ctx.recentActivities * 2),
        usage(evidence),
        dealAssessments(route, evidence, ctx, false),
      );
    case 'prepare_brief': {
      const facts = first(
        opportunityDetail(route, evidence),
        recentActivities(evidence, BRIEF_ACTIVITIES, focusDealId(route, evidence)),
        dealAssessments(route, evidence, ctx, true),
        usage(evidence),
      );
      if (facts.length > 0 || evidence.knowledge) return facts;
      return [
        {
          tool: 'knowledge_search',
          input: {
            query: briefKnowledgeQuery(evidence),
            accountId: evidence.account?.id,
            limit: ctx.knowledgePassages,
          },
          why: 'the products, prices and terms in play, with sources to cite',
        },
      ];
    }
    case 'log_activity':
      return evidence.proposal ? [] : logProposalCall(route, evidence, ctx);
    case 'draft_email': {
      if (evidence.proposal || evidence.draftProblem) return [];
      const facts = first(dealAssessments(route, evidence, ctx, true));
      if (facts.length > 0) return facts;
      const focus = focusDealId(route, evidence);
      if (!focus) return [];
      if (!evidence.draft)
        return [
          {
            tool: 'drafts_write',
            input: {
              opportunityId: focus,
              contactIds: route.contactIds,
              purpose: route.topic,
              asOf: ctx.asOf,
            },
            why: 'a draft grounded in the thread and the knowledge base, through the drafts pipeline',
          },
        ];
      return draftProposalCall(focus, evidence);
    }
    case 'next_best_action':
      if (!route.accountId)
        return evidence.pipeline
          ? []
          : [
              {
                tool: 'copilot_triage_pipeline',
                input: { asOf: ctx.asOf },
                why: 'every open deal of yours, ranked',
              },
            ];
      return dealAssessments(route, evidence, ctx, route.opportunityId !== undefined);
    case 'product_question': {
      if (!evidence.knowledge)
        return [
          {
            tool: 'knowledge_search',
            input: { query: route.topic, accountId: route.accountId, limit: ctx.knowledgePassages },
            why: 'passages of the knowledge base that answer it',
          },
        ];
      if (evidence.expert || canAnswerProductQuestion(route.topic, evidence)) return [];
      return [{ tool: 'team_who_to_ask', input: {}, why: 'the knowledge base does not answer it: who can' }];
    }
  }
}
