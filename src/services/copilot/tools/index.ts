/** Every tool a copilot plan may call, by name: the MCP server's tools in-process, plus the drafts writer. */
import type { CopilotToolName } from '../../../domain/copilot/tool-call.ts';
import {
  crmGetAccountTool,
  crmGetActivitiesTool,
  crmGetOpportunityTool,
  usageGetSeriesTool,
} from './crm-tools.ts';
import { explainDealsTool, triagePipelineTool } from './deal-tools.ts';
import { draftsWriteTool } from './draft-tool.ts';
import { knowledgeSearchTool, teamWhoToAskTool } from './knowledge-tools.ts';
import { proposeActionTool } from './propose-tool.ts';
import type { CopilotTool } from './tool-kit.ts';

export const copilotTools: Record<CopilotToolName, CopilotTool> = {
  crm_get_account: crmGetAccountTool,
  crm_get_opportunity: crmGetOpportunityTool,
  crm_get_activities: crmGetActivitiesTool,
  usage_get_series: usageGetSeriesTool,
  knowledge_search: knowledgeSearchTool,
  copilot_explain_deal: explainDealsTool,
  copilot_triage_pipeline: triagePipelineTool,
  drafts_write: draftsWriteTool,
  copilot_propose_action: proposeActionTool,
  team_who_to_ask: teamWhoToAskTool,
};
