/** The chat's turns, kept by the page so closing the panel does not lose the conversation. */
import { useCallback, useRef, useState } from 'react';
import type { CopilotAnswer } from '../../api/api-types.ts';
import { ApiError } from '../../api/client.ts';
import { askCopilot, type CopilotStep } from '../../api/copilot-stream.ts';

export type Turn = {
  id: number;
  text: string;
  steps: CopilotStep[];
  answer?: CopilotAnswer;
  error?: string;
};

export type CopilotChat = {
  turns: Turn[];
  busy: boolean;
  ask: (text: string) => Promise<void>;
};

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'rate_limited' && error.retryAfterSeconds)
      return `${error.message} (you can ask again in ${error.retryAfterSeconds} s)`;
    return error.message;
  }
  return String(error);
}

export function useCopilotChat(onAnswer?: (answer: CopilotAnswer) => void): CopilotChat {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [busy, setBusy] = useState(false);
  const next = useRef(1);

  const ask = useCallback(
    async (text: string) => {
      const id = next.current++;
      const update = (change: (t: Turn) => Turn) =>
        setTurns((all) => all.map((t) => (t.id === id ? change(t) : t)));
      setTurns((all) => [...all, { id, text, steps: [] }]);
      setBusy(true);
      try {
        const answer = await askCopilot(text, {
          onStep: (step) => update((t) => ({ ...t, steps: [...t.steps, step] })),
        });
        update((t) => ({ ...t, answer }));
        onAnswer?.(answer);
      } catch (error) {
        update((t) => ({ ...t, error: describe(error) }));
      } finally {
        setBusy(false);
      }
    },
    [onAnswer],
  );

  return { turns, busy, ask };
}
