/** Which model-call failures are worth another attempt, and how long to wait before it. */
import {
  APICallError,
  JSONParseError,
  NoObjectGeneratedError,
  NoOutputGeneratedError,
  RetryError,
  TypeValidationError,
} from 'ai';
import type { CallPolicy } from './llm-config.ts';
import type { LlmFailureReason } from './llm-errors.ts';

export type Failure = { reason: LlmFailureReason; retryable: boolean; detail: string; retryAfterMs?: number };

/** Marks an abort as ours (the attempt's timeout), to tell it from a caller's cancellation. */
export class AttemptTimeout extends Error {
  override readonly name = 'AttemptTimeout';
}

function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  const value = headers?.['retry-after-ms'] ?? headers?.['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return headers?.['retry-after-ms'] !== undefined ? seconds : seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function snippet(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

export function classifyFailure(error: unknown, signal: AbortSignal): Failure {
  if (signal.aborted && signal.reason instanceof AttemptTimeout) {
    return { reason: 'timeout', retryable: true, detail: signal.reason.message };
  }
  const inner = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(inner)) {
    const status = inner.statusCode;
    if (status === 429) {
      const wait = retryAfterMs(inner.responseHeaders);
      return {
        reason: 'rate_limited',
        retryable: true,
        detail: 'HTTP 429 (rate limited)',
        ...(wait !== undefined ? { retryAfterMs: wait } : {}),
      };
    }
    if (status === 401 || status === 403) {
      return {
        reason: 'refused',
        retryable: false,
        detail: `HTTP ${status}: the provider rejected the API key`,
      };
    }
    if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 409) {
      return {
        reason: 'refused',
        retryable: false,
        detail: `HTTP ${status}: ${snippet(inner.responseBody) || inner.message}`,
      };
    }
    return {
      reason: 'unavailable',
      retryable: true,
      detail: status ? `HTTP ${status}: ${snippet(inner.responseBody) || inner.message}` : inner.message,
    };
  }
  if (
    NoObjectGeneratedError.isInstance(inner) ||
    NoOutputGeneratedError.isInstance(inner) ||
    TypeValidationError.isInstance(inner) ||
    JSONParseError.isInstance(inner)
  ) {
    const cause = (inner as Error).cause;
    const why = cause instanceof Error ? cause.message : (inner as Error).message;
    return {
      reason: 'bad_reply',
      retryable: true,
      detail: `the reply did not match the expected shape: ${snippet(why)}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { reason: 'unavailable', retryable: true, detail: snippet(message) };
}

/** Exponential backoff with ±20% jitter (so parallel workers do not retry in step), honouring Retry-After. */
export function backoffMs(
  policy: CallPolicy,
  retry: number,
  failure: Failure,
  random: () => number = Math.random,
): number {
  const exponential = policy.backoffMs * 2 ** retry * (0.8 + 0.4 * random());
  return Math.round(Math.min(policy.backoffCapMs, Math.max(failure.retryAfterMs ?? 0, exponential)));
}
