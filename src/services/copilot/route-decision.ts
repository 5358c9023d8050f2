/** Which task and records a request is about: the deterministic router, or a configured model checked against it. */
import type { RouteDecision } from '../../domain/copilot/copilot-schema.ts';
import { buildEntityIndex } from '../../domain/copilot/router/entity-index.ts';
import type { RepRecords } from '../../domain/copilot/router/rep-records.ts';
import { routeRequest } from '../../domain/copilot/router/route-request.ts';
import type { Observation } from '../../domain/observations/observation-schema.ts';
import type { TokenBudget } from '../../llm/token-budget.ts';
import type { CopilotModel } from './copilot-deps.ts';
import { routeWithModel } from './model-router.ts';
import type { Allowance } from './request-limits.ts';

export type Routing = {
  decision: RouteDecision;
  /** `deterministic` or `llm:<model>`. */
  router: string;
  /** Why the model was not used, when one is configured. */
  notes: Observation[];
  tokens: { input: number; output: number };
};

export async function decideRoute(input: {
  text: string;
  records: RepRecords;
  asOf: string;
  model: CopilotModel | undefined;
  allowance: Allowance;
  budget: TokenBudget;
}): Promise<Routing> {
  const deterministic = routeRequest(input.text, buildEntityIndex(input.records), { now: input.asOf });
  const offline: Routing = {
    decision: deterministic,
    router: 'deterministic',
    notes: [],
    tokens: { input: 0, output: 0 },
  };
  if (!input.model) return offline;
  if (input.allowance.budgetNote)
    return { ...offline, notes: [{ kind: 'reasoning', title: input.allowance.budgetNote, refs: [] }] };
  const routed = await routeWithModel(input.model, input.budget, {
    text: input.text,
    records: input.records,
    hint: deterministic,
  });
  if (routed.ok)
    return {
      decision: routed.decision,
      router: `llm:${input.model.handle.id}`,
      notes: [],
      tokens: routed.tokens,
    };
  return {
    ...offline,
    notes: [{ kind: 'reasoning', title: `Routed without the model: ${routed.why}`, refs: [] }],
    tokens: routed.tokens,
  };
}
