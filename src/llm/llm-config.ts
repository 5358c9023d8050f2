/** LLM configuration from the environment, validated once; every key is listed in the README's configuration table. */
import { z } from 'zod';
import { UserError } from '../domain/errors.ts';

export const providerNames = ['openai', 'anthropic', 'openai-compatible'] as const;
export type ProviderName = (typeof providerNames)[number];

export type ModelSpec = { provider: ProviderName; model: string };

/** `provider:model`; the model may itself hold colons (Ollama tags such as `llama3.1:8b`). */
export function parseModelSpec(value: string, variable: string): ModelSpec {
  const at = value.indexOf(':');
  const provider = at > 0 ? value.slice(0, at) : '';
  const model = at > 0 ? value.slice(at + 1).trim() : '';
  if (!(providerNames as readonly string[]).includes(provider) || model === '') {
    throw new UserError(
      'invalid_input',
      `${variable}=${value}: expected provider:model with provider one of ${providerNames.join(', ')} (e.g. openai:gpt-4.1-mini, anthropic:claude-sonnet-4-5, openai-compatible:llama3.1)`,
    );
  }
  return { provider: provider as ProviderName, model };
}

const positiveInt = z.coerce.number().int().min(1);

const LlmEnv = z.object({
  CLOSELOOP_LLM: z.string().optional(),
  CLOSELOOP_LLM_BASE_URL: z.url().optional(),
  CLOSELOOP_LLM_API_KEY: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  ANTHROPIC_API_KEY: z.string().optional(),
  // One attempt at a model call; a deal's whole review fits inside the mission's deal timeout (60 s by default).
  CLOSELOOP_LLM_TIMEOUT_MS: positiveInt.default(25_000),
  // Two more tries ride out a 429 or a dropped connection without turning a slow provider into a stalled run.
  CLOSELOOP_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  // About 100 deals reasoned and 40 drafts at ~4,000 tokens each, with room to spare: a morning run for a team.
  CLOSELOOP_LLM_RUN_TOKEN_BUDGET: positiveInt.default(1_000_000),
  // A verdict review or a short email; a longer reply is a model rambling, and it is cut.
  CLOSELOOP_LLM_MAX_OUTPUT_TOKENS: positiveInt.default(2_000),
  CLOSELOOP_EMBEDDINGS: z.string().optional(),
  CLOSELOOP_EMBEDDINGS_BASE_URL: z.url().optional(),
  CLOSELOOP_EMBEDDINGS_API_KEY: z.string().optional(),
  // The mission's per-deal limit: our retries stop short of it so the offline verdict still lands in time.
  CLOSELOOP_DEAL_TIMEOUT_MS: positiveInt.default(60_000),
});

export type Connection = { baseUrl: string | undefined; apiKey: string | undefined };

export type CallPolicy = {
  timeoutMs: number;
  maxRetries: number;
  /** No attempt starts later than this after the first; an attempt's timeout is clipped to what is left. */
  deadlineMs: number;
  /** First backoff; doubled each retry, with jitter, capped at `backoffCapMs`. */
  backoffMs: number;
  backoffCapMs: number;
  maxOutputTokens: number;
};

export type LlmConfig = {
  model: (ModelSpec & Connection) | undefined;
  embeddings: (ModelSpec & Connection) | undefined;
  policy: CallPolicy;
  runTokenBudget: number;
};

// Ollama's address: the usual local OpenAI-compatible server when none is named.
export const DEFAULT_COMPATIBLE_BASE_URL = 'http://127.0.0.1:11434/v1';

function keyFor(
  provider: ProviderName,
  explicit: string | undefined,
  e: z.infer<typeof LlmEnv>,
): string | undefined {
  if (explicit) return explicit;
  if (provider === 'openai') return e.OPENAI_API_KEY;
  if (provider === 'anthropic') return e.ANTHROPIC_API_KEY;
  return undefined;
}

function requireKey(spec: ModelSpec, key: string | undefined, variable: string): void {
  if (key || spec.provider === 'openai-compatible') return;
  const fallback = spec.provider === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY';
  throw new UserError('invalid_input', `${spec.provider} needs an API key: set ${variable} or ${fallback}`);
}

export function loadLlmConfig(env: NodeJS.ProcessEnv): LlmConfig {
  const parsed = LlmEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_input', `environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  let model: LlmConfig['model'];
  if (e.CLOSELOOP_LLM) {
    const spec = parseModelSpec(e.CLOSELOOP_LLM, 'CLOSELOOP_LLM');
    const apiKey = keyFor(spec.provider, e.CLOSELOOP_LLM_API_KEY, e);
    requireKey(spec, apiKey, 'CLOSELOOP_LLM_API_KEY');
    model = { ...spec, baseUrl: e.CLOSELOOP_LLM_BASE_URL, apiKey };
  }
  let embeddings: LlmConfig['embeddings'];
  if (e.CLOSELOOP_EMBEDDINGS) {
    const spec = parseModelSpec(e.CLOSELOOP_EMBEDDINGS, 'CLOSELOOP_EMBEDDINGS');
    if (spec.provider === 'anthropic') {
      throw new UserError(
        'invalid_input',
        'CLOSELOOP_EMBEDDINGS: Anthropic has no embeddings API; use openai:… or openai-compatible:…',
      );
    }
    // The same provider as the chat model shares its address and key unless told otherwise.
    const sameProvider = model?.provider === spec.provider;
    const apiKey = keyFor(
      spec.provider,
      e.CLOSELOOP_EMBEDDINGS_API_KEY ?? (sameProvider ? model?.apiKey : undefined),
      e,
    );
    requireKey(spec, apiKey, 'CLOSELOOP_EMBEDDINGS_API_KEY');
    embeddings = {
      ...spec,
      baseUrl: e.CLOSELOOP_EMBEDDINGS_BASE_URL ?? (sameProvider ? model?.baseUrl : undefined),
      apiKey,
    };
  }
  return {
    model,
    embeddings,
    runTokenBudget: e.CLOSELOOP_LLM_RUN_TOKEN_BUDGET,
    policy: {
      timeoutMs: e.CLOSELOOP_LLM_TIMEOUT_MS,
      maxRetries: e.CLOSELOOP_LLM_MAX_RETRIES,
      deadlineMs: Math.round(e.CLOSELOOP_DEAL_TIMEOUT_MS * 0.8),
      backoffMs: 1_000,
      backoffCapMs: 10_000,
      maxOutputTokens: e.CLOSELOOP_LLM_MAX_OUTPUT_TOKENS,
    },
  };
}
