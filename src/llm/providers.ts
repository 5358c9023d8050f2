/** Language and embedding models from a `provider:model` spec, through the AI SDK's providers: nothing else knows which. */
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { EmbeddingModel, LanguageModel } from 'ai';
import { type Connection, DEFAULT_COMPATIBLE_BASE_URL, type ModelSpec } from './llm-config.ts';

export type ModelHandle = {
  /** `provider:model`, as configured: the label in observations, spans, cache keys and writer names. */
  id: string;
  provider: ModelSpec['provider'];
  model: LanguageModel;
};

export const modelId = (spec: ModelSpec): string => `${spec.provider}:${spec.model}`;

function compatible(connection: Connection) {
  return createOpenAICompatible({
    name: 'openai-compatible',
    baseURL: connection.baseUrl ?? DEFAULT_COMPATIBLE_BASE_URL,
    ...(connection.apiKey ? { apiKey: connection.apiKey } : {}),
    // Ollama, vLLM, llama.cpp server and LM Studio accept a JSON schema in response_format.
    supportsStructuredOutputs: true,
    includeUsage: true,
  });
}

export function languageModel(spec: ModelSpec & Connection): ModelHandle {
  const base = { id: modelId(spec), provider: spec.provider };
  switch (spec.provider) {
    case 'openai':
      // Chat completions, not the Responses API: the one protocol every OpenAI-compatible server speaks too.
      return {
        ...base,
        model: createOpenAI({ baseURL: spec.baseUrl, apiKey: spec.apiKey }).chat(spec.model),
      };
    case 'anthropic':
      return { ...base, model: createAnthropic({ baseURL: spec.baseUrl, apiKey: spec.apiKey })(spec.model) };
    case 'openai-compatible':
      return { ...base, model: compatible(spec).chatModel(spec.model) };
  }
}

export function embeddingModel(spec: ModelSpec & Connection): EmbeddingModel {
  switch (spec.provider) {
    case 'openai':
      return createOpenAI({ baseURL: spec.baseUrl, apiKey: spec.apiKey }).embedding(spec.model);
    case 'openai-compatible':
      return compatible(spec).embeddingModel(spec.model);
    case 'anthropic':
      throw new Error('Anthropic has no embeddings API');
  }
}
