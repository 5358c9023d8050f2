/** Why a model call failed, in words a rep or an operator can act on. */
import { ServerFault } from '../domain/errors.ts';

export const llmFailureReasons = [
  'timeout',
  'rate_limited',
  'unavailable',
  'bad_reply',
  'refused',
  'budget_spent',
] as const;
export type LlmFailureReason = (typeof llmFailureReasons)[number];

export class LlmCallError extends ServerFault {
  constructor(
    readonly reason: LlmFailureReason,
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`llm_${reason}`, message, options);
  }
}

export const isLlmCallError = (e: unknown): e is LlmCallError => e instanceof LlmCallError;
