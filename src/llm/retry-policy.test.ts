import { APICallError, NoObjectGeneratedError } from 'ai';
import { describe, expect, it } from 'vitest';
import { AttemptTimeout, backoffMs, classifyFailure } from './retry-policy.ts';

const policy = {
  timeoutMs: 1_000,
  maxRetries: 2,
  deadlineMs: 10_000,
  backoffMs: 1_000,
  backoffCapMs: 10_000,
  maxOutputTokens: 100,
};
const idle = new AbortController().signal;
const apiError = (statusCode: number, responseHeaders: Record<string, string> = {}) =>
  new APICallError({
    message: 'failed',
    url: 'http://127.0.0.1/v1',
    requestBodyValues: {},
    statusCode,
    responseHeaders,
  });

describe('classifyFailure', () => {
  it('retries rate limits, server errors and our own timeouts, but not a refused key or a bad request', () => {
    expect(classifyFailure(apiError(429), idle)).toMatchObject({ reason: 'rate_limited', retryable: true });
    expect(classifyFailure(apiError(503), idle)).toMatchObject({ reason: 'unavailable', retryable: true });
    expect(classifyFailure(apiError(401), idle)).toMatchObject({ reason: 'refused', retryable: false });
    expect(classifyFailure(apiError(400), idle)).toMatchObject({ reason: 'refused', retryable: false });
    const timedOut = new AbortController();
    timedOut.abort(new AttemptTimeout('no answer within 5 ms'));
    expect(classifyFailure(new Error('aborted'), timedOut.signal)).toEqual({
      reason: 'timeout',
      retryable: true,
      detail: 'no answer within 5 ms',
    });
  });

  it('calls a reply that does not fit the schema a bad reply, worth another try', () => {
    const error = new NoObjectGeneratedError({
      message: 'no object',
      cause: new Error('verdict: invalid option'),
      text: '{}',
      response: { id: 'r', timestamp: new Date(0), modelId: 'm' },
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 } as never,
      finishReason: 'stop',
    });
    expect(classifyFailure(error, idle)).toMatchObject({
      reason: 'bad_reply',
      retryable: true,
      detail: expect.stringContaining('verdict: invalid option'),
    });
  });
});

describe('backoffMs', () => {
  it('doubles with each retry, within ±20% jitter, up to the cap', () => {
    const failure = { reason: 'unavailable' as const, retryable: true, detail: '' };
    expect(backoffMs(policy, 0, failure, () => 0.5)).toBe(1_000);
    expect(backoffMs(policy, 1, failure, () => 0)).toBe(1_600);
    expect(backoffMs(policy, 1, failure, () => 1)).toBe(2_400);
    expect(backoffMs(policy, 6, failure, () => 0.5)).toBe(10_000);
  });

  it("waits at least as long as the provider's Retry-After, but never past the cap", () => {
    const limited = classifyFailure(apiError(429, { 'retry-after': '3' }), idle);
    expect(backoffMs(policy, 0, limited, () => 0.5)).toBe(3_000);
    const longer = classifyFailure(apiError(429, { 'retry-after': '60' }), idle);
    expect(backoffMs(policy, 0, longer, () => 0.5)).toBe(10_000);
  });
});
