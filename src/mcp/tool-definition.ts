/** The shape of one MCP tool: zod input and output, a description a model can act on, safety hints, a handler, a text view. */
import type { z } from 'zod';
import type { ToolContext } from './mcp-deps.ts';

export type ToolHints = {
  /** True for every read: hosts may call it without asking the user. */
  readOnlyHint: boolean;
  /** Never true here: no tool deletes or overwrites; the one that writes only adds a proposal to the queue. */
  destructiveHint: false;
  idempotentHint: boolean;
  /** False: every tool reads closeloop's own store, not the open web. */
  openWorldHint: false;
};

/** Any object schema: a tool's input and output are always JSON objects. */
export type AnyZodObject = z.ZodObject;

export type ToolDefinition<I extends AnyZodObject, O extends AnyZodObject> = {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  hints: ToolHints;
  run(ctx: ToolContext, input: z.output<I>): Promise<z.output<O>>;
  /** What a host without structured output shows the model: short, readable, ids included. */
  render(output: z.output<O>): string;
};

export type AnyToolDefinition = ToolDefinition<AnyZodObject, AnyZodObject>;

export const READ_ONLY: ToolHints = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

/** Type-checks one tool against its own schemas, then erases them so tools of every shape share one list. */
export function defineTool<I extends AnyZodObject, O extends AnyZodObject>(
  tool: ToolDefinition<I, O>,
): AnyToolDefinition {
  return tool as unknown as AnyToolDefinition;
}
