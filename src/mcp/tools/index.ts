/** Every tool closeloop offers over MCP, in the order hosts list them: read the CRM, then mail, usage, knowledge, copilot. */
import type { AnyToolDefinition } from '../tool-definition.ts';
import { copilotAsk } from './copilot/ask.ts';
import { copilotExplainDeal } from './copilot/explain-deal.ts';
import { copilotProposeAction } from './copilot/propose-action.ts';
import { copilotTriagePipeline } from './copilot/triage-pipeline.ts';
import { crmGetAccount } from './crm/get-account.ts';
import { crmGetActivities } from './crm/get-activities.ts';
import { crmGetDealContexts } from './crm/get-deal-contexts.ts';
import { crmGetOpportunity } from './crm/get-opportunity.ts';
import { crmListOpenOpportunities } from './crm/list-open-opportunities.ts';
import { crmSearchAccounts } from './crm/search-accounts.ts';
import { knowledgeSearch } from './knowledge/search-knowledge.ts';
import { mailGetThread } from './mail/get-thread.ts';
import { usageGetSeries } from './usage/get-usage-series.ts';

export const closeloopTools: readonly AnyToolDefinition[] = [
  crmSearchAccounts,
  crmGetAccount,
  crmListOpenOpportunities,
  crmGetOpportunity,
  crmGetActivities,
  crmGetDealContexts,
  mailGetThread,
  usageGetSeries,
  knowledgeSearch,
  copilotTriagePipeline,
  copilotExplainDeal,
  copilotProposeAction,
  copilotAsk,
];
