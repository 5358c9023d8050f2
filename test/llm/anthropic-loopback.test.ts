import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { llmFromEnv } from '../../src/llm/llm-from-env.ts';
import type { Store } from '../../src/store/open-store.ts';
import { aReview, engine, northwindDeal, northwindStore } from './support/llm-fixtures.ts';
import { type Loopback, startLoopback } from './support/loopback-server.ts';
import { anthropicMessage } from './support/provider-replies.ts';

type MessagesRequest = {
  model: string;
  tools?: { name: string }[];
  output_config?: { format?: { type: string } };
  messages: unknown[];
};

describe('the LLM reasoner over the Anthropic Messages API (loopback server)', () => {
  let server: Loopback;
  let store: Store;
  const review = aReview({
    decision: 'overrule',
    verdict: 'act_now',
    actions: ['resume_after_deferral'],
    resumeOn: null,
    why: 'Bill wants the pricing before his budget opens.',
    reasons: [{ claim: 'Bill asked for pricing ahead of March 9.', evidence: ['E1'] }],
  });
  beforeAll(async () => {
    server = await startLoopback((request) => {
      const body = request.body as MessagesRequest;
      return { json: anthropicMessage(review, body.tools?.some((t) => t.name === 'json') ?? false) };
    });
    store = await northwindStore();
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  afterEach(() => {
    server.requests.length = 0;
  });

  // Newer models take a JSON schema as their output format; older ones answer through a forced `json` tool call.
  it.each([
    ['claude-sonnet-4-5', 'a JSON-schema output format'],
    ['claude-3-5-haiku-latest', 'a json tool call'],
  ])('reviews a verdict with %s through %s', async (modelName, mode) => {
    const llm = llmFromEnv(
      {
        CLOSELOOP_LLM: `anthropic:${modelName}`,
        CLOSELOOP_LLM_BASE_URL: `${server.url}/v1`,
        ANTHROPIC_API_KEY: 'sk-ant-test',
      },
      { db: store.db },
    );
    const assessment = await llm!.reasoner(engine).assess(northwindDeal('o-102'));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/messages',
      headers: { 'x-api-key': 'sk-ant-test' },
    });
    const body = server.requests[0]!.body as MessagesRequest;
    expect(body.model).toBe(modelName);
    if (mode === 'a json tool call') expect(body.tools?.map((t) => t.name)).toEqual(['json']);
    else expect(body.output_config?.format?.type).toBe('json_schema');
    expect(assessment).toMatchObject({
      verdict: 'act_now',
      actions: ['resume_after_deferral'],
      reasoner: `deterministic-v1+anthropic:${modelName}@review-v1`,
    });
    expect(assessment.observations.at(-1)!.title).toBe(
      'Model overruled the engine: monitor → act_now (resume_after_deferral)',
    );
    expect(llm!.budget.spent).toBe(1_200);
  });
});
