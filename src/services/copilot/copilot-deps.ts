/** What the copilot works with besides the store and the caller: tunables, a clock, and the optional model parts. */
import type { CopilotConfig } from '../../domain/copilot/copilot-config.ts';
import type { Reasoner } from '../../domain/triage/reasoner.ts';
import type { CallPolicy } from '../../llm/llm-config.ts';
import type { ModelHandle } from '../../llm/providers.ts';
import type { TokenBudget } from '../../llm/token-budget.ts';
import type { DecisionDepsInput } from '../decisions/decision-deps.ts';
import type { StoreDrafting } from '../drafting/store-drafting.ts';
import type { Embedder } from '../knowledge/embedder.ts';
import type { ProposalWriter } from '../missions/mission-ports.ts';
import { copilotConfig } from './copilot-settings.ts';

/** A configured chat model: it may route requests (with tool calling) and write drafts, within a request's budget. */
export type CopilotModel = {
  handle: ModelHandle;
  policy: CallPolicy;
  /** A model writer charged to this request's budget; without one, drafts come from the offline pipeline. */
  writer?: (budget: TokenBudget) => ProposalWriter;
};

export type CopilotDeps = {
  config: CopilotConfig;
  now: () => Date;
  model?: CopilotModel | undefined;
  /** Request embeddings for the semantic cache, and knowledge ranking by meaning. */
  embedder?: Embedder | undefined;
  /**
   * The drafts pipeline over the store: its offline writer, and the guardrails every customer-facing proposal passes.
   * Built per request when absent; a long-lived process passes one, so the guard's view of the store is reused.
   */
  drafting?: Pick<StoreDrafting, 'writer' | 'guard' | 'warm' | 'prepared'> | undefined;
  /** Assesses deals; the deterministic engine unless the app wires a model in. */
  reasoner?: Reasoner | undefined;
  decisions?: DecisionDepsInput | undefined;
};

export type CopilotDepsInput = Partial<CopilotDeps>;

export function copilotDeps(input: CopilotDepsInput = {}): CopilotDeps {
  return {
    config: input.config ?? copilotConfig(),
    now: input.now ?? (() => new Date()),
    model: input.model,
    embedder: input.embedder,
    drafting: input.drafting,
    reasoner: input.reasoner,
    decisions: input.decisions,
  };
}
