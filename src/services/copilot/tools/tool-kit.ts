/** The shape of a copilot tool: a zod input, an in-process call of the same service an MCP tool calls, and a digest. */
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/actor.ts';
import type { Evidence } from '../../../domain/copilot/evidence.ts';
import type { CopilotToolName } from '../../../domain/copilot/tool-call.ts';
import type { Observation, RecordRef } from '../../../domain/observations/observation-schema.ts';
import type { TokenBudget } from '../../../llm/token-budget.ts';
import type { Db } from '../../../store/open-store.ts';
import type { CopilotDeps } from '../copilot-deps.ts';

export type CopilotToolContext = {
  db: Db;
  actor: Actor;
  requestId: string;
  deps: CopilotDeps;
  /** This request's model allowance: a model writer spends from it. */
  budget: TokenBudget;
};

/** What one call added: the facts for the plan, and a line for the trace. */
export type ToolOutcome = {
  absorb(evidence: Evidence): Evidence;
  summary: string;
  refs: RecordRef[];
  /** Further observations the call produced (guardrail findings, the proposal made). */
  observations?: Observation[];
};

export type CopilotTool<I extends z.ZodType = z.ZodType> = {
  name: CopilotToolName;
  input: I;
  run(ctx: CopilotToolContext, input: z.output<I>): Promise<ToolOutcome>;
};

/** Type-checks a tool against its own input schema, then erases it so tools of every shape share one registry. */
export const defineCopilotTool = <I extends z.ZodType>(tool: CopilotTool<I>): CopilotTool =>
  tool as unknown as CopilotTool;

export const plural = (n: number, word: string): string =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`}`;
