/**
 * One structured model call: the reply must parse against a zod schema or it is not used. Each attempt has its own
 * timeout; timeouts, 429s, dropped connections and malformed replies are retried with backoff; every call is a span
 * with its token counts and is charged to the run's budget.
 */
import { generateText, Output } from 'ai';
import type { z } from 'zod';
import { inSpan } from '../telemetry/tracing.ts';
import type { CallPolicy } from './llm-config.ts';
import { LlmCallError } from './llm-errors.ts';
import type { ModelHandle } from './providers.ts';
import { AttemptTimeout, backoffMs, classifyFailure, type Failure } from './retry-policy.ts';
import type { TokenBudget } from './token-budget.ts';

export type TokenUsage = { inputTokens: number; outputTokens: number };

type Usage = {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  totalTokens?: number | undefined;
};

export type StructuredRequest<T> = {
  model: ModelHandle;
  policy: CallPolicy;
  budget: TokenBudget;
  /** What the call is for (`reason`, `write`): a span attribute and part of error messages. */
  purpose: string;
  system: string;
  prompt: string;
  schema: z.ZodType<T>;
  schemaName: string;
};

export type StructuredReply<T> = { value: T; usage: TokenUsage; attempts: number };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const REASON_WORDS: Record<Failure['reason'], string> = {
  timeout: 'did not answer in time',
  rate_limited: 'kept refusing for rate limits',
  unavailable: 'could not be reached',
  bad_reply: 'did not return a valid reply',
  refused: 'refused the request',
  budget_spent: 'was not called: the run has spent its token budget',
};

export async function generateStructured<T>(request: StructuredRequest<T>): Promise<StructuredReply<T>> {
  const { model, policy, budget } = request;
  const attributes = {
    'gen_ai.operation.name': 'generate',
    'gen_ai.system': model.provider,
    'gen_ai.request.model': model.id,
    'closeloop.llm.purpose': request.purpose,
  };
  return inSpan(`llm.${request.purpose}`, attributes, async (span) => {
    const started = Date.now();
    const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
    let attempts = 0;
    let last: Failure | undefined;
    const record = (outcome: string) =>
      span.setAttributes({
        'gen_ai.usage.input_tokens': usage.inputTokens,
        'gen_ai.usage.output_tokens': usage.outputTokens,
        'closeloop.llm.attempts': attempts,
        'closeloop.llm.outcome': outcome,
      });
    const charge = (u: Usage) => {
      const input = u.inputTokens ?? 0;
      const output = u.outputTokens ?? 0;
      usage.inputTokens += input;
      usage.outputTokens += output;
      budget.spend(u.totalTokens ?? input + output);
    };

    for (let retry = 0; retry <= policy.maxRetries; retry++) {
      const remaining = policy.deadlineMs - (Date.now() - started);
      if (retry > 0 && remaining <= 0) break;
      if (budget.exhausted) {
        record('budget_spent');
        throw new LlmCallError(
          'budget_spent',
          `${model.id} ${REASON_WORDS.budget_spent} (${budget.spent.toLocaleString('en-US')} of ${budget.limit.toLocaleString('en-US')} tokens)`,
          attempts,
        );
      }
      attempts++;
      const timeoutMs = Math.max(1, Math.min(policy.timeoutMs, remaining));
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new AttemptTimeout(`no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      try {
        const result = await generateText({
          model: model.model,
          system: request.system,
          prompt: request.prompt,
          output: Output.object({ schema: request.schema, name: request.schemaName }),
          maxRetries: 0,
          maxOutputTokens: policy.maxOutputTokens,
          abortSignal: controller.signal,
        });
        charge(result.totalUsage);
        const parsed = request.schema.safeParse(result.output);
        if (!parsed.success) throw parsed.error; // the SDK validated already; this keeps the type honest
        record('ok');
        return { value: parsed.data, usage, attempts };
      } catch (error) {
        const failure = classifyFailure(error, controller.signal);
        const partial = error instanceof Error ? (error as Error & { usage?: Usage }).usage : undefined;
        if (partial) charge(partial);
        last = failure;
        span.addEvent('llm.attempt_failed', {
          reason: failure.reason,
          detail: failure.detail,
          attempt: attempts,
        });
        if (!failure.retryable) break;
        if (retry < policy.maxRetries) await wait(backoffMs(policy, retry, failure));
      } finally {
        clearTimeout(timer);
      }
    }
    const failure = last ?? {
      reason: 'timeout' as const,
      retryable: false,
      detail: `no attempt fit in ${policy.deadlineMs} ms`,
    };
    record(failure.reason);
    throw new LlmCallError(
      failure.reason,
      `${model.id} ${REASON_WORDS[failure.reason]} (${request.purpose}, ${attempts} attempt${attempts === 1 ? '' : 's'}): ${failure.detail}`,
      attempts,
    );
  });
}
