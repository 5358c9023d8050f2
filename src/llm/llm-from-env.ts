/** The composition root's one entry point: a writer, a reasoner wrapper and an embedder when a model is configured. */
import type { Embedder } from '../services/knowledge/embedder.ts';
import type { Assessment, ProposalWriter } from '../services/missions/mission-ports.ts';
import type { Db } from '../store/open-store.ts';
import { providerEmbedder } from './embeddings.ts';
import { storeReplyCache } from './llm-cache.ts';
import { loadLlmConfig } from './llm-config.ts';
import { languageModel } from './providers.ts';
import { type AssessingReasoner, llmReasoner } from './reasoner/llm-reasoner.ts';
import { type TokenBudget, tokenBudget } from './token-budget.ts';
import { llmWriter } from './writer/llm-writer.ts';

export type Llm = {
  /** `provider:model`. */
  model: string;
  writer: ProposalWriter;
  /** Wraps the deterministic reasoner: the model reviews each verdict, and the engine's stands when it cannot. */
  reasoner<A extends Assessment>(base: AssessingReasoner<A>): AssessingReasoner<A>;
  embedder?: Embedder;
  /** This run's token allowance, shared by the writer and the reasoner. */
  budget: TokenBudget;
};

export type LlmDeps = {
  /** The store: knowledge to ground drafts in, and the reply cache. */
  db: Db;
  /** The deterministic writer, for internal actions and whenever the model cannot write. */
  offlineWriter?: ProposalWriter | undefined;
};

/** The embedder alone (CLOSELOOP_EMBEDDINGS), for knowledge search without a chat model. */
export function embedderFromEnv(env: NodeJS.ProcessEnv): Embedder | undefined {
  const config = loadLlmConfig(env);
  return config.embeddings ? providerEmbedder(config.embeddings, config.policy) : undefined;
}

/**
 * `undefined` when CLOSELOOP_LLM is not set: the mission runs offline. Call it once per run: each call starts a
 * fresh token budget (CLOSELOOP_LLM_RUN_TOKEN_BUDGET), and providers are cheap to create.
 */
export function llmFromEnv(env: NodeJS.ProcessEnv, deps: LlmDeps): Llm | undefined {
  const config = loadLlmConfig(env);
  if (!config.model) return undefined;
  const model = languageModel(config.model);
  const budget = tokenBudget(config.runTokenBudget);
  const cache = storeReplyCache(deps.db);
  const embedder = config.embeddings ? providerEmbedder(config.embeddings, config.policy) : undefined;
  const shared = { model, policy: config.policy, budget, cache };
  return {
    model: model.id,
    writer: llmWriter({ ...shared, db: deps.db, embedder, offline: deps.offlineWriter }),
    reasoner: (base) => llmReasoner(base, shared),
    ...(embedder ? { embedder } : {}),
    budget,
  };
}
