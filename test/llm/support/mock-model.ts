/** The AI SDK's mock language model answering with JSON replies, counting its calls. */
import { MockLanguageModelV3 } from 'ai/test';
import type { ModelHandle } from '../../../src/llm/providers.ts';

export type MockedModel = { handle: ModelHandle; calls(): number };

/** The token usage a mock call reports, in the AI SDK's shape. */
export function mockUsage(tokens: { input: number; output: number }) {
  return {
    inputTokens: { total: tokens.input, noCache: tokens.input, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: tokens.output, text: tokens.output, reasoning: undefined },
  };
}

/** Each call answers with the next reply (the last one repeats), charging `tokens` (input + output). */
export function mockModel(replies: unknown[], tokens = { input: 1_000, output: 200 }): MockedModel {
  let index = 0;
  const model = new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'mock-model',
    doGenerate: async () => {
      const reply = replies[Math.min(index++, replies.length - 1)];
      return {
        content: [{ type: 'text', text: JSON.stringify(reply) }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: mockUsage(tokens),
        warnings: [],
      };
    },
  });
  return {
    handle: { id: 'mock:model', provider: 'openai', model },
    calls: () => model.doGenerateCalls.length,
  };
}
