import { describe, expect, it } from 'vitest';
import { loadLlmConfig } from './llm-config.ts';

describe('loadLlmConfig', () => {
  it('is off without CLOSELOOP_LLM', () => {
    expect(loadLlmConfig({ OPENAI_API_KEY: 'sk' }).model).toBeUndefined();
  });

  it('keeps colons in a model tag and needs no key for a local server', () => {
    expect(loadLlmConfig({ CLOSELOOP_LLM: 'openai-compatible:llama3.1:8b' }).model).toEqual({
      provider: 'openai-compatible',
      model: 'llama3.1:8b',
      baseUrl: undefined,
      apiKey: undefined,
    });
  });

  it("falls back on the provider's usual key variable", () => {
    expect(
      loadLlmConfig({ CLOSELOOP_LLM: 'anthropic:claude-sonnet-4-5', ANTHROPIC_API_KEY: 'a' }).model?.apiKey,
    ).toBe('a');
    expect(
      loadLlmConfig({ CLOSELOOP_LLM: 'openai:gpt-4.1-mini', OPENAI_API_KEY: 'o', CLOSELOOP_LLM_API_KEY: 'c' })
        .model?.apiKey,
    ).toBe('c');
  });

  it('says what to set when a hosted provider has no key', () => {
    expect(() => loadLlmConfig({ CLOSELOOP_LLM: 'openai:gpt-4.1-mini' })).toThrow(
      'openai needs an API key: set CLOSELOOP_LLM_API_KEY or OPENAI_API_KEY',
    );
  });

  it('names the expected form for an unknown provider', () => {
    expect(() => loadLlmConfig({ CLOSELOOP_LLM: 'gpt-4o' })).toThrow(
      /CLOSELOOP_LLM=gpt-4o: expected provider:model/,
    );
  });

  it("gives embeddings of the chat model's provider its address and key, and refuses Anthropic embeddings", () => {
    const config = loadLlmConfig({
      CLOSELOOP_LLM: 'openai-compatible:llama3.1',
      CLOSELOOP_LLM_BASE_URL: 'http://127.0.0.1:8080/v1',
      CLOSELOOP_EMBEDDINGS: 'openai-compatible:nomic-embed-text',
    });
    expect(config.embeddings?.baseUrl).toBe('http://127.0.0.1:8080/v1');
    expect(() => loadLlmConfig({ CLOSELOOP_EMBEDDINGS: 'anthropic:x', ANTHROPIC_API_KEY: 'a' })).toThrow(
      /Anthropic has no embeddings API/,
    );
  });

  it("stops retrying before the mission's deal timeout fires", () => {
    expect(loadLlmConfig({ CLOSELOOP_DEAL_TIMEOUT_MS: '30000' }).policy.deadlineMs).toBe(24_000);
  });

  it('rejects a budget that is not a positive number', () => {
    expect(() => loadLlmConfig({ CLOSELOOP_LLM_RUN_TOKEN_BUDGET: 'lots' })).toThrow(
      /CLOSELOOP_LLM_RUN_TOKEN_BUDGET/,
    );
  });
});
