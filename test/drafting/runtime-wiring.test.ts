/** The composition root's drafting wiring: the offline writer and guard in missions, the re-check in the queue, the model's fallback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessDeal } from '../../src/domain/triage/assess-deal.ts';
import { composeRuntime } from '../../src/runtime/app-runtime.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { loadDealContexts, readWorldHead } from '../../src/store/deal-contexts.ts';
import type { Store } from '../../src/store/open-store.ts';
import { northwindWorkspace } from '../support/paths.ts';
import { openTestStore } from '../support/test-store.ts';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  await importWorkspaceFile(store, northwindWorkspace);
});
afterAll(async () => store.close());

async function deal(id: string) {
  const [context] = await loadDealContexts(store.db, (await readWorldHead(store.db))!, [id]);
  return { context: context!, assessment: assessDeal(context!) };
}

describe('composeRuntime', () => {
  it('gives missions the offline writer and the store-backed guard, and the queue the same guard for edits', async () => {
    const runtime = await composeRuntime(store, { env: {}, jobs: false });
    expect(runtime.mission.writer?.name).toBe('offline-v1');
    expect(runtime.mission.guard).toBe(runtime.drafting?.guard);
    expect(runtime.decisions.recheck).toBe(runtime.drafting?.recheck);
    const { context, assessment } = await deal('o-103');
    const draft = await runtime.mission.writer!.write(context, assessment);
    const outcome = runtime.mission.guard!(context, draft!);
    expect(outcome.blocked).toBe(false);
    expect(outcome.observations.at(-1)?.title).toMatch(/Guardrails passed/);
    await runtime.close();
  });

  it("gathers deal contexts through closeloop's MCP tools in process, or from the tables when told to", async () => {
    const runtime = await composeRuntime(store, { env: {}, jobs: false });
    const world = (await readWorldHead(store.db))!;
    const viaMcp = await runtime.mission.contexts!.load(store.db, world, ['o-103'], world.asOf);
    expect(runtime.mission.contexts?.name).toBe('mcp-in-process');
    expect(viaMcp).toEqual(await loadDealContexts(store.db, world, ['o-103']));
    await runtime.close();
    const direct = await composeRuntime(store, { env: { CLOSELOOP_GATHER: 'store' }, jobs: false });
    expect(direct.mission.contexts).toBeUndefined();
    await direct.close();
  });

  it('falls back to the offline writer when the configured model cannot be reached', async () => {
    const runtime = await composeRuntime(store, {
      jobs: false,
      env: {
        CLOSELOOP_LLM: 'openai:gpt-test',
        CLOSELOOP_LLM_BASE_URL: 'http://127.0.0.1:9/v1',
        CLOSELOOP_LLM_API_KEY: 'sk-test',
        CLOSELOOP_LLM_MAX_RETRIES: '0',
        CLOSELOOP_LLM_TIMEOUT_MS: '2000',
      },
    });
    expect(runtime.mission.writer?.name).toBe('llm:openai:gpt-test');
    const { context, assessment } = await deal('o-103');
    const draft = await runtime.mission.writer!.write(context, assessment);
    expect(draft?.writer).toBe('offline-v1');
    expect(draft?.rationale).toMatch(/Written offline: the model failed/);
    expect(runtime.mission.guard!(context, draft!).blocked).toBe(false);
    await runtime.close();
  });
});
