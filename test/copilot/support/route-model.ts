/** A mock chat model that answers every call with a `route_request` tool call, counting its calls. */
import { MockLanguageModelV3 } from 'ai/test';
import type { CopilotModel } from '../../../src/services/copilot/copilot-deps.ts';
import { mockUsage } from '../../llm/support/mock-model.ts';

export function routeModel(
  replies: unknown[],
  tokens = { input: 800, output: 200 },
): { model: CopilotModel; calls(): number } {
  let index = 0;
  const mock = new MockLanguageModelV3({
    provider: 'mock',
    modelId: 'router',
    doGenerate: async () => {
      const reply = replies[Math.min(index++, replies.length - 1)];
      return {
        content: [
          {
            type: 'tool-call',
            toolCallId: `call-${index}`,
            toolName: 'route_request',
            input: typeof reply === 'string' ? reply : JSON.stringify(reply),
          },
        ],
        finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
        usage: mockUsage(tokens),
        warnings: [],
      };
    },
  });
  return {
    model: {
      handle: { id: 'mock:router', provider: 'openai', model: mock },
      policy: {
        timeoutMs: 5000,
        maxRetries: 0,
        deadlineMs: 5000,
        backoffMs: 0,
        backoffCapMs: 0,
        maxOutputTokens: 500,
      },
    },
    calls: () => mock.doGenerateCalls.length,
  };
}
