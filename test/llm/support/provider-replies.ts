/** Response bodies in the providers' own wire formats (OpenAI chat completions and embeddings, Anthropic Messages). */

export const TEST_USAGE = { input: 1_000, output: 200 };

export function chatCompletion(content: string, usage = TEST_USAGE) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: 'gpt-test',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: {
      prompt_tokens: usage.input,
      completion_tokens: usage.output,
      total_tokens: usage.input + usage.output,
    },
  };
}

export function rateLimited() {
  return {
    error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
  };
}

export function embeddingsList(vectors: number[][]) {
  return {
    object: 'list',
    data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
    model: 'embed-test',
    usage: { prompt_tokens: vectors.length * 8, total_tokens: vectors.length * 8 },
  };
}

/** A Messages API reply: the JSON as a `json` tool call when the request offered that tool, else as text. */
export function anthropicMessage(json: unknown, asTool: boolean, usage = TEST_USAGE) {
  return {
    id: 'msg_test',
    type: 'message',
    role: 'assistant',
    model: 'claude-test',
    content: asTool
      ? [{ type: 'tool_use', id: 'toolu_test', name: 'json', input: json }]
      : [{ type: 'text', text: JSON.stringify(json) }],
    stop_reason: asTool ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: usage.input, output_tokens: usage.output },
  };
}
