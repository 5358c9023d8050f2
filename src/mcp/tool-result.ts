/** Runs a tool and maps its outcome to MCP in one place: data as structured content plus text, errors as tool errors. */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { UserError } from '../domain/errors.ts';
import { logger } from '../telemetry/logger.ts';
import type { ToolContext } from './mcp-deps.ts';
import type { AnyToolDefinition } from './tool-definition.ts';

/**
 * A tool error goes back as a result with isError (the model reads it and can correct itself), never as a protocol
 * error. The user's mistakes say what to fix; our faults say only that they happened, and go to the log in full.
 */
export function toolError(error: unknown, toolName: string): CallToolResult {
  if (error instanceof UserError)
    return { isError: true, content: [{ type: 'text', text: `${error.code}: ${error.message}` }] };
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      isError: true,
      content: [{ type: 'text', text: `invalid_input: ${where}${issue?.message ?? 'invalid arguments'}` }],
    };
  }
  logger.error({ err: error, tool: toolName }, 'MCP tool failed');
  return {
    isError: true,
    content: [{ type: 'text', text: `internal_error: ${toolName} failed on our side; it has been logged` }],
  };
}

export async function callTool(
  tool: AnyToolDefinition,
  ctx: ToolContext,
  args: unknown,
): Promise<CallToolResult> {
  try {
    const output = await tool.run(ctx, tool.input.parse(args));
    return { content: [{ type: 'text', text: tool.render(output) }], structuredContent: output };
  } catch (error) {
    return toolError(error, tool.name);
  }
}
