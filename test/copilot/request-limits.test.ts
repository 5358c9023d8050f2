import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/domain/errors.ts';
import { askCopilot, askCopilotOnce } from '../../src/services/copilot/ask-copilot.ts';
import { type Northwind, northwindCopilot, testClock, testDeps } from './support/copilot-world.ts';
import { routeModel } from './support/route-model.ts';

describe('per-user request limits and model budgets', () => {
  let world: Northwind;
  beforeEach(async () => {
    world = await northwindCopilot();
  });
  afterEach(() => world.store.close());

  it('answers 429 with the time to retry once a rep passes the per-minute limit', async () => {
    const clock = testClock();
    const deps = testDeps({ requestsPerMinute: 2 }, { now: clock.now });
    await askCopilotOnce(world.store.db, world.dana, { text: 'how much is Pro?' }, deps);
    clock.advance(20_000);
    await askCopilotOnce(world.store.db, world.dana, { text: 'how much is Pro?' }, deps);
    clock.advance(10_000);
    const refused = await askCopilotOnce(
      world.store.db,
      world.dana,
      { text: 'how much is Pro?' },
      deps,
    ).catch((e) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect(refused).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 30 } });
    expect(refused.message).toMatch(
      /2 copilot requests in the last minute.*try again in 30 s \(at 2026-03-02T14:01:00Z\)/,
    );
  });

  it('does not starve other reps: the limit is per person', async () => {
    const deps = testDeps({ requestsPerMinute: 1 });
    await askCopilotOnce(world.store.db, world.dana, { text: 'how much is Pro?' }, deps);
    await expect(
      askCopilotOnce(world.store.db, world.dana, { text: 'how much is Pro?' }, deps),
    ).rejects.toThrow(/try again/);
    const raj = await askCopilotOnce(world.store.db, world.raj, { text: 'how much is Pro?' }, deps);
    expect(raj.status).toBe('answered');
  });

  it('lets the rep back in once the window has passed', async () => {
    const clock = testClock();
    const deps = testDeps({ requestsPerMinute: 1 }, { now: clock.now });
    await askCopilotOnce(world.store.db, world.dana, { text: 'how much is Pro?' }, deps);
    clock.advance(61_000);
    expect(
      (await askCopilotOnce(world.store.db, world.dana, { text: 'how much is Pro?' }, deps)).status,
    ).toBe('answered');
  });

  it('routes offline, and says why, once a rep has spent the day’s model tokens', async () => {
    const reply = {
      intent: 'research_account',
      accountId: 'a-globex',
      opportunityId: null,
      contactIds: [],
      clarify: null,
    };
    const vandelay = { ...reply, accountId: 'a-vandelay' };
    const model = routeModel([reply, reply, vandelay], { input: 800, output: 200 });
    const deps = testDeps({ llmTokensPerUserPerDay: 1500 }, { model: model.model });
    const first = await askCopilotOnce(world.store.db, world.dana, { text: 'tell me about globex' }, deps);
    expect(first.router).toBe('llm:mock:router');
    const second = await askCopilotOnce(world.store.db, world.dana, { text: 'tell me about globex' }, deps);
    expect(second.router).toBe('llm:mock:router');
    const third = askCopilot(world.store.db, world.dana, { text: 'tell me about globex' }, deps);
    const titles: string[] = [];
    let next = await third.next();
    while (!next.done) {
      if (next.value.type === 'observation') titles.push(next.value.observation.title);
      next = await third.next();
    }
    expect(next.value.router).toBe('deterministic');
    expect(next.value.accountId).toBe('a-globex');
    expect(titles[0]).toMatch(/model token budget for the last 24 hours \(1,500 tokens\) is spent/);
    expect(model.calls()).toBe(2);
    // Another rep's budget is untouched.
    expect(
      (await askCopilotOnce(world.store.db, world.raj, { text: 'research vandelay' }, deps)).router,
    ).toBe('llm:mock:router');
  });
});
