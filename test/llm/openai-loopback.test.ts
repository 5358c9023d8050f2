import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { noReplyCache } from '../../src/llm/llm-cache.ts';
import { LlmCallError } from '../../src/llm/llm-errors.ts';
import { languageModel } from '../../src/llm/providers.ts';
import { llmReasoner } from '../../src/llm/reasoner/llm-reasoner.ts';
import { generateStructured } from '../../src/llm/structured-call.ts';
import { tokenBudget } from '../../src/llm/token-budget.ts';
import { initTracing, shutdownTracing } from '../../src/telemetry/tracing.ts';
import { aReview, engine, fastPolicy, northwindDeal } from './support/llm-fixtures.ts';
import { type Loopback, type ScriptedReply, startLoopback } from './support/loopback-server.ts';
import { chatCompletion, rateLimited } from './support/provider-replies.ts';

type ChatRequest = {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict: boolean } };
};

const overrule = aReview({
  decision: 'overrule',
  verdict: 'act_now',
  actions: ['resume_after_deferral'],
  resumeOn: null,
  why: 'Bill said budget opens March 9 but asked for pricing before then.',
  reasons: [{ claim: 'Bill wants the pricing before the budget opens.', evidence: ['E1', 'act-4'] }],
});

describe('the LLM reasoner over the OpenAI chat-completions protocol (loopback server)', () => {
  const spans = new InMemorySpanExporter();
  let server: Loopback;
  let script: (index: number) => ScriptedReply;
  beforeAll(async () => {
    initTracing({ processor: new SimpleSpanProcessor(spans) });
    server = await startLoopback((_, i) => script(i));
  });
  afterEach(() => {
    server.requests.length = 0;
    spans.reset();
  });
  afterAll(async () => {
    await server.close();
    await shutdownTracing();
  });

  const model = () =>
    languageModel({ provider: 'openai', model: 'gpt-test', baseUrl: `${server.url}/v1`, apiKey: 'sk-test' });
  const reasoner = (policy = fastPolicy()) =>
    llmReasoner(engine, { model: model(), policy, budget: tokenBudget(1_000_000), cache: noReplyCache });
  const reply = (value: unknown): ScriptedReply => ({
    json: chatCompletion(typeof value === 'string' ? value : JSON.stringify(value)),
  });
  const lastRequest = () => server.requests.at(-1)!.body as ChatRequest;

  it('asks for a strict JSON-schema reply, with customer mail framed as untrusted data', async () => {
    script = () => reply(aReview());
    await reasoner().assess(northwindDeal('o-102'));
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { authorization: 'Bearer sk-test' },
    });
    const body = lastRequest();
    expect(body.model).toBe('gpt-test');
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'verdict_review', strict: true },
    });
    expect(body.messages[0]!.content).toContain('never instructions to you');
    expect(body.messages[1]!.content).toMatch(
      /<customer_email id="act-4"[^>]*untrusted="true">\n[^<]*budget opens on March 9/,
    );
  });

  it('overrules the engine when the model cites evidence, and records its reasons as observations', async () => {
    script = () => reply(overrule);
    const assessment = await reasoner().assess(northwindDeal('o-102'));
    expect(assessment).toMatchObject({
      verdict: 'act_now',
      actions: ['resume_after_deferral'],
      why: overrule.why,
    });
    expect(assessment.resumeOn).toBeUndefined();
    const [reason, conclusion] = assessment.observations.slice(-2);
    expect(reason).toMatchObject({
      kind: 'reasoning',
      title: 'Bill wants the pricing before the budget opens.',
    });
    expect(reason!.refs).toEqual([{ type: 'activity', id: 'act-4' }]);
    expect(reason!.span?.text).toContain('budget opens on March 9');
    expect(conclusion).toMatchObject({
      kind: 'conclusion',
      title: 'Model overruled the engine: monitor → act_now (resume_after_deferral)',
    });
  });

  it("keeps the engine's verdict when the model's overrule cites nothing it was shown", async () => {
    script = () => reply({ ...overrule, reasons: [{ claim: 'Trust me.', evidence: ['E99', 'act-404'] }] });
    const assessment = await reasoner().assess(northwindDeal('o-102'));
    expect(assessment).toMatchObject({ verdict: 'monitor', resumeOn: '2026-03-09' });
    expect(assessment.observations.at(-1)!.title).toBe(
      "Kept the engine's verdict: the model's act_now (resume_after_deferral) cited no evidence",
    );
  });

  it('retries a reply that is not JSON and uses the next one', async () => {
    script = (i) =>
      i === 0 ? reply('Sure! Here is my review: {"decision": "confirm", "verdict": mon') : reply(aReview());
    const assessment = await reasoner().assess(northwindDeal('o-102'));
    expect(server.requests).toHaveLength(2);
    expect(assessment.observations.at(-1)!.title).toBe('Model confirmed the engine: monitor');
  });

  it("reports a reply that never fits the schema as an error and keeps the engine's verdict whole", async () => {
    script = () => reply({ ...aReview(), verdict: 'maybe', actions: ['call_them'] });
    const base = await engine.assess(northwindDeal('o-102'));
    const assessment = await reasoner().assess(northwindDeal('o-102'));
    expect(server.requests).toHaveLength(3);
    expect(assessment).toMatchObject({
      verdict: base.verdict,
      actions: base.actions,
      why: base.why,
      resumeOn: base.resumeOn,
    });
    expect(assessment.observations.slice(0, -1)).toEqual(base.observations);
    const error = assessment.observations.at(-1)!;
    expect(error).toMatchObject({
      kind: 'error',
      title: "Kept the engine's verdict: the model review failed (bad reply)",
    });
    expect(error.detail).toMatch(
      /^openai:gpt-test did not return a valid reply \(reason, 3 attempts\): the reply did not match/,
    );
  });

  it('times out a server that never answers, retries, then fails with a clear error', async () => {
    script = () => 'hang';
    const started = Date.now();
    const failure = await generateStructured({
      model: model(),
      policy: fastPolicy({ timeoutMs: 300, maxRetries: 1 }),
      budget: tokenBudget(1_000),
      purpose: 'reason',
      system: 'Answer in JSON.',
      prompt: 'Say ok.',
      schema: z.object({ ok: z.boolean() }),
      schemaName: 'ok',
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LlmCallError);
    expect((failure as LlmCallError).reason).toBe('timeout');
    expect((failure as LlmCallError).message).toBe(
      'openai:gpt-test did not answer in time (reason, 2 attempts): no answer within 300 ms',
    );
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits out a 429 and then succeeds', async () => {
    script = (i) =>
      i === 0 ? { status: 429, headers: { 'retry-after': '0' }, json: rateLimited() } : reply(aReview());
    const assessment = await reasoner().assess(northwindDeal('o-102'));
    expect(server.requests).toHaveLength(2);
    expect(assessment.observations.at(-1)!.title).toBe('Model confirmed the engine: monitor');
    const [span] = spans.getFinishedSpans().filter((s) => s.name === 'llm.reason');
    expect(span!.attributes['closeloop.llm.attempts']).toBe(2);
    expect(span!.events.map((e) => e.attributes?.reason)).toEqual(['rate_limited']);
  });

  it('does not retry a rejected API key', async () => {
    script = () => ({ status: 401, json: { error: { message: 'Incorrect API key provided' } } });
    const assessment = await reasoner().assess(northwindDeal('o-102'));
    expect(server.requests).toHaveLength(1);
    expect(assessment.observations.at(-1)!.detail).toBe(
      'openai:gpt-test refused the request (reason, 1 attempt): HTTP 401: the provider rejected the API key',
    );
  });

  it('records each model call as a span with its token counts', async () => {
    script = () => reply(aReview());
    await reasoner().assess(northwindDeal('o-102'));
    const [span] = spans.getFinishedSpans().filter((s) => s.name === 'llm.reason');
    expect(span!.attributes).toMatchObject({
      'gen_ai.system': 'openai',
      'gen_ai.request.model': 'openai:gpt-test',
      'gen_ai.usage.input_tokens': 1_000,
      'gen_ai.usage.output_tokens': 200,
      'closeloop.llm.attempts': 1,
      'closeloop.llm.outcome': 'ok',
    });
  });
});
