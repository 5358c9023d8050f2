/** Builds closeloop's MCP server for one authenticated caller: every tool, the account and deal resources, the prompts. */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolContext } from '../mcp-deps.ts';
import { registerPrompts } from '../prompts/closeloop-prompts.ts';
import { registerCrmResources } from '../resources/crm-resources.ts';
import { callTool } from '../tool-result.ts';
import { closeloopTools } from '../tools/index.ts';

export const SERVER_INFO = { name: 'closeloop', version: '0.1.0' } as const;

const INSTRUCTIONS =
  "closeloop is a sales copilot over your CRM, mail, product usage and product knowledge. Start with copilot_triage_pipeline for what needs doing today, copilot_explain_deal for why, and the crm_, mail_ and usage_ tools for the records. Every answer covers only what you may see. Nothing is ever sent or changed from here: copilot_propose_action puts a draft in the owner's approval queue.";

/** One server per caller (and per HTTP request): the caller is fixed when it is built, so no tool can act as anyone else. */
export function createMcpServer(ctx: ToolContext): McpServer {
  const server = new McpServer(SERVER_INFO, { instructions: INSTRUCTIONS });
  for (const tool of closeloopTools) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        outputSchema: tool.output,
        annotations: { title: tool.title, ...tool.hints },
      },
      (args: unknown) => callTool(tool, ctx, args),
    );
  }
  registerCrmResources(server, ctx);
  registerPrompts(server, ctx);
  return server;
}
