import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicReasoner } from '../../src/domain/triage/reasoner.ts';
import { llmFromEnv } from '../../src/llm/llm-from-env.ts';
import { decisionQueueSink } from '../../src/services/decisions/proposal-sink.ts';
import { missionConfig } from '../../src/services/missions/mission-config.ts';
import type { MissionDeps } from '../../src/services/missions/process-batch.ts';
import { completeRun, startRun } from '../../src/services/missions/run-mission.ts';
import type { Store } from '../../src/store/open-store.ts';
import { observations, proposals } from '../../src/store/schema/index.ts';
import { northwindStore } from './support/llm-fixtures.ts';
import { type Loopback, startLoopback } from './support/loopback-server.ts';
import { chatCompletion } from './support/provider-replies.ts';

type ChatRequest = { response_format: { json_schema: { name: string } }; messages: { content: string }[] };

// A model that confirms the engine's verdict as the prompt states it, and writes a plain follow-up with no claims.
function answer(request: ChatRequest) {
  if (request.response_format.json_schema.name === 'verdict_review') {
    const engine = /<engine_assessment verdict="(\w+)"(?: actions="([\w ]+)")?/.exec(
      request.messages[1]!.content,
    )!;
    const actions = engine[2]?.split(' ') ?? [];
    return { decision: 'confirm', verdict: engine[1], actions, resumeOn: null, why: 'Agreed.', reasons: [] };
  }
  return {
    to: ['hank@globex.com'],
    cc: [],
    subject: 'Following up',
    body: 'Hi,\n\nFollowing up on our last conversation.\n\nDana',
    citations: [],
    rationale: 'Picks the thread back up.',
  };
}

describe('a mission run with the LLM reasoner and writer (loopback OpenAI server)', () => {
  let server: Loopback;
  let store: Store;
  let deps: MissionDeps;
  beforeAll(async () => {
    server = await startLoopback((request) => ({
      json: chatCompletion(JSON.stringify(answer(request.body as ChatRequest))),
    }));
    store = await northwindStore();
    const llm = llmFromEnv(
      {
        CLOSELOOP_LLM: 'openai:gpt-test',
        CLOSELOOP_LLM_BASE_URL: `${server.url}/v1`,
        CLOSELOOP_LLM_API_KEY: 'sk-test',
      },
      { db: store.db },
    )!;
    deps = {
      reasoner: llm.reasoner(deterministicReasoner()),
      writer: llm.writer,
      proposals: decisionQueueSink(),
      config: missionConfig({}),
    };
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('reviews every open deal, drafts email proposals with the model, and calls it again for nothing unchanged', async () => {
    const run = await startRun(store, { repId: null, trigger: 'manual' }, deps);
    const summary = await completeRun(store, run, deps);
    expect(summary).toMatchObject({ status: 'done', deals: 12, failed: 0 });
    expect(run.reasoner).toBe('deterministic-v1+openai:gpt-test@review-v1');

    const reviewed = await store.db
      .select()
      .from(observations)
      .where(like(observations.title, 'Model % the engine%'));
    expect(reviewed.length).toBe(summary.reasoned);
    const drafted = await store.db
      .select()
      .from(proposals)
      .where(eq(proposals.writer, 'llm:openai:gpt-test'));
    expect(drafted.length).toBeGreaterThan(0);

    const calls = server.requests.length;
    const again = await startRun(store, { repId: null, trigger: 'manual' }, deps);
    expect(await completeRun(store, again, deps)).toMatchObject({ status: 'done', unchanged: 12 });
    expect(server.requests.length).toBe(calls);
  });
});
