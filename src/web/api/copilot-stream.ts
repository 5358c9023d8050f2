/** Asks the copilot from the browser: the steps arrive as Server-Sent Events over a POST, then the answer. */
import { takeSseEvents } from '../lib/sse-blocks.ts';
import type { CopilotAnswer, Observation } from './api-types.ts';
import { ApiError, csrfHeader, errorFrom } from './client.ts';

export type CopilotStep = { seq: number; observation: Observation };

export type CopilotHandlers = {
  onStep: (step: CopilotStep) => void;
};

export async function askCopilot(
  text: string,
  handlers: CopilotHandlers,
  signal?: AbortSignal,
): Promise<CopilotAnswer> {
  const res = await fetch('/api/copilot/ask', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json', ...csrfHeader() },
    body: JSON.stringify({ text }),
    ...(signal ? { signal } : {}),
  });
  if (!res.ok || !res.body) throw errorFrom(res, await res.text());
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const { events, rest } = takeSseEvents(buffer + value);
      buffer = rest;
      for (const e of events) {
        if (e.event === 'observation') {
          const step = JSON.parse(e.data) as CopilotStep;
          handlers.onStep({ seq: step.seq, observation: step.observation });
        } else if (e.event === 'answer') return JSON.parse(e.data) as CopilotAnswer;
        else if (e.event === 'error') {
          const body = JSON.parse(e.data) as { error: { code: string; message: string } };
          throw new ApiError(500, body.error.code, body.error.message);
        }
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  throw new ApiError(0, 'network', 'the answer was cut off: ask again');
}
