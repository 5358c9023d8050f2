import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalDraft } from '../../src/domain/proposals/proposal-schema.ts';
import { noReplyCache, storeReplyCache } from '../../src/llm/llm-cache.ts';
import { llmReasoner } from '../../src/llm/reasoner/llm-reasoner.ts';
import { tokenBudget } from '../../src/llm/token-budget.ts';
import { llmWriter } from '../../src/llm/writer/llm-writer.ts';
import type { ProposalWriter } from '../../src/services/missions/mission-ports.ts';
import type { Store } from '../../src/store/open-store.ts';
import {
  aDraftReply,
  aReview,
  engine,
  fastPolicy,
  northwindDeal,
  northwindStore,
} from './support/llm-fixtures.ts';
import { mockModel } from './support/mock-model.ts';

// Stands in for the deterministic writer (src/domain/drafting) in these tests: any ProposalWriter will do.
const offline: ProposalWriter = {
  name: 'offline-test',
  write: async (context, assessment): Promise<ProposalDraft> => ({
    action: assessment.actions[0]!,
    writer: 'offline-test',
    rationale: `Offline draft for ${context.opportunity.name}.`,
    payload: {
      kind: 'send_email',
      email: {
        to: ['alice@umbrellahealth.com'],
        cc: [],
        subject: 'Re: Demo recap',
        body: 'Hi Alice',
        citations: [],
      },
    },
  }),
};

describe('the per-run token budget', () => {
  let store: Store;
  beforeAll(async () => {
    store = await northwindStore();
  });
  afterAll(() => store.close());

  it('lets the writer spend up to the budget, then falls back to the offline writer and says why', async () => {
    const model = mockModel([aDraftReply()], { input: 1_000, output: 200 });
    const budget = tokenBudget(1_000);
    const writer = llmWriter({
      model: model.handle,
      policy: fastPolicy(),
      budget,
      cache: noReplyCache,
      db: store.db,
      offline,
    });
    const deal = northwindDeal('o-103');
    const assessment = await engine.assess(deal);

    expect((await writer.write(deal, assessment))!.writer).toBe('llm:mock:model');
    expect(budget).toMatchObject({ spent: 1_200, exhausted: true });

    const fallback = await writer.write(deal, assessment);
    expect(model.calls()).toBe(1);
    expect(fallback!.writer).toBe('offline-test');
    expect(fallback!.rationale).toBe(
      "Offline draft for Umbrella - Enterprise plan. (Written offline: the run's model token budget is spent (1,200 of 1,000 tokens).)",
    );
  });

  it('still uses a cached reply once the budget is spent: it costs nothing', async () => {
    const cache = storeReplyCache(store.db);
    const deal = northwindDeal('o-103');
    const assessment = await engine.assess(deal);
    const first = mockModel([aDraftReply()]);
    await llmWriter({
      model: first.handle,
      policy: fastPolicy(),
      budget: tokenBudget(1_000_000),
      cache,
      db: store.db,
    }).write(deal, assessment);
    const spent = tokenBudget(1);
    spent.spend(1);
    const cachedOnly = mockModel([aDraftReply()]);
    const draft = await llmWriter({
      model: cachedOnly.handle,
      policy: fastPolicy(),
      budget: spent,
      cache,
      db: store.db,
    }).write(deal, assessment);
    expect(draft!.writer).toBe('llm:mock:model');
    expect(cachedOnly.calls()).toBe(0);
  });

  it('says so in an error when there is no offline writer to fall back to', async () => {
    const budget = tokenBudget(10);
    budget.spend(10);
    const writer = llmWriter({
      model: mockModel([aDraftReply()]).handle,
      policy: fastPolicy(),
      budget,
      cache: noReplyCache,
      db: store.db,
    });
    const deal = northwindDeal('o-103');
    await expect(writer.write(deal, await engine.assess(deal))).rejects.toThrow(
      "the run's model token budget is spent (10 of 10 tokens), and no offline writer is configured",
    );
  });

  it("keeps the engine's verdict past the budget and records why in an observation", async () => {
    const model = mockModel([aReview()]);
    const budget = tokenBudget(1_000);
    const reasoner = llmReasoner(engine, {
      model: model.handle,
      policy: fastPolicy(),
      budget,
      cache: noReplyCache,
    });
    await reasoner.assess(northwindDeal('o-102'));
    const second = await reasoner.assess(northwindDeal('o-104'));
    const base = await engine.assess(northwindDeal('o-104'));
    expect(model.calls()).toBe(1);
    expect(second.verdict).toBe(base.verdict);
    expect(second.observations.at(-1)).toMatchObject({
      kind: 'reasoning',
      title: "Kept the engine's verdict: the run's model token budget is spent",
      detail: 'mock:model was not called: the run has spent its token budget (1,200 of 1,000 tokens)',
    });
  });
});
