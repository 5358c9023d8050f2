/** The copilot's dependencies as the environment configures them: offline by default, a model when CLOSELOOP_LLM is set. */
import { storeReplyCache } from '../../llm/llm-cache.ts';
import { loadLlmConfig } from '../../llm/llm-config.ts';
import { embedderFromEnv } from '../../llm/llm-from-env.ts';
import { languageModel } from '../../llm/providers.ts';
import { llmWriter } from '../../llm/writer/llm-writer.ts';
import type { Db } from '../../store/open-store.ts';
import { decisionConfig } from '../decisions/decision-config.ts';
import { type StoreDrafting, storeDrafting } from '../drafting/store-drafting.ts';
import type { CopilotDeps } from './copilot-deps.ts';
import { copilotConfig } from './copilot-settings.ts';

/** `shared` lets a long-lived process reuse the drafting pipeline (and its loaded guard) its missions already use. */
export function copilotDepsFromEnv(
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
  shared: { drafting?: StoreDrafting | undefined } = {},
): CopilotDeps {
  const llm = loadLlmConfig(env);
  const embedder = embedderFromEnv(env);
  const drafting = shared.drafting ?? storeDrafting(db, { embedder });
  const handle = llm.model ? languageModel(llm.model) : undefined;
  const cache = storeReplyCache(db);
  return {
    config: copilotConfig(env),
    now: () => new Date(),
    embedder,
    drafting,
    decisions: { config: decisionConfig(env) },
    model: handle
      ? {
          handle,
          policy: llm.policy,
          writer: (budget) =>
            llmWriter({
              model: handle,
              policy: llm.policy,
              budget,
              cache,
              db,
              embedder,
              offline: drafting.writer,
            }),
        }
      : undefined,
  };
}
