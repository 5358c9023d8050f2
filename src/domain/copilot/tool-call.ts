/** A step of a copilot plan: one call of one tool, the same tools the MCP server exposes plus the drafts writer. */
import { z } from 'zod';

export const copilotToolNames = [
  'crm_get_account',
  'crm_get_opportunity',
  'crm_get_activities',
  'usage_get_series',
  'knowledge_search',
  'copilot_explain_deal',
  'copilot_triage_pipeline',
  'drafts_write',
  'copilot_propose_action',
  'team_who_to_ask',
] as const;
export const CopilotToolName = z.enum(copilotToolNames);
export type CopilotToolName = z.infer<typeof CopilotToolName>;

export const ToolCall = z.object({
  tool: CopilotToolName,
  input: z.record(z.string(), z.unknown()),
  /** One line a rep reads in the trace: why this call now. */
  why: z.string(),
});
export type ToolCall = z.infer<typeof ToolCall>;

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, stable(v)]),
    );
  return value;
}

/** Two calls with the same signature would return the same thing: the loop never makes the second. */
export const callSignature = (call: Pick<ToolCall, 'tool' | 'input'>): string =>
  `${call.tool}:${JSON.stringify(stable(call.input))}`;
