import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCopilot } from '../../src/services/copilot/ask-copilot.ts';
import type { CopilotDepsInput } from '../../src/services/copilot/copilot-deps.ts';
import { type Northwind, northwindCopilot, testDeps } from './support/copilot-world.ts';
import { routeModel } from './support/route-model.ts';

async function run(world: Northwind, text: string, deps: CopilotDepsInput) {
  const titles: string[] = [];
  const stream = askCopilot(world.store.db, world.dana, { text }, deps);
  let next = await stream.next();
  while (!next.done) {
    if (next.value.type === 'observation') titles.push(next.value.observation.title);
    next = await stream.next();
  }
  return { answer: next.value, titles };
}

const globex = {
  intent: 'research_account',
  accountId: 'a-globex',
  opportunityId: null,
  contactIds: [],
  clarify: null,
};

describe('routing with a model', () => {
  let world: Northwind;
  beforeAll(async () => {
    world = await northwindCopilot();
  });
  afterAll(() => world.store.close());

  it('takes the model’s route when it passes the schema and names the rep’s own records', async () => {
    const m = routeModel([
      { ...globex, intent: 'next_best_action', opportunityId: 'o-101', contactIds: ['c-hank'] },
    ]);
    const { answer, titles } = await run(
      world,
      'so what do I do with Hank now',
      testDeps({}, { model: m.model }),
    );
    expect(answer.router).toBe('llm:mock:router');
    expect(answer).toMatchObject({
      intent: 'next_best_action',
      accountId: 'a-globex',
      opportunityId: 'o-101',
    });
    expect(titles[0]).toBe('Routed by mock:router to next_best_action.');
  });

  it('falls back to the deterministic route when the reply does not fit the schema', async () => {
    const m = routeModel([{ intent: 'sell_harder', accountId: 'a-globex' }]);
    const { answer, titles } = await run(
      world,
      "what's going on with Globex?",
      testDeps({}, { model: m.model }),
    );
    expect(answer.router).toBe('deterministic');
    expect(answer.accountId).toBe('a-globex');
    expect(titles[0]).toMatch(/^Routed without the model: /);
  });

  it('refuses a route to a record the rep cannot see, and never reads it', async () => {
    const m = routeModel([{ ...globex, accountId: 'a-hooli' }]);
    const { answer, titles } = await run(world, 'what about Hooli?', testDeps({}, { model: m.model }));
    expect(titles[0]).toBe(
      "Routed without the model: the model's route was refused: account a-hooli is not one of yours",
    );
    expect(answer.status).toBe('clarify');
    expect(answer.markdown).not.toMatch(/Gavin|Pilot|o-104/);
  });

  it('falls back when the reply is not JSON at all', async () => {
    const m = routeModel(['{"intent": "research_acc']);
    const { answer } = await run(world, 'tell me about tyrell', testDeps({}, { model: m.model }));
    expect(answer.router).toBe('deterministic');
    expect(answer.accountId).toBe('a-tyrell');
  });

  it('asks back when the model says the request is ambiguous', async () => {
    const m = routeModel([{ ...globex, accountId: null, clarify: 'Which deal: Globex or Initech?' }]);
    const { answer } = await run(world, 'update me on the proposal', testDeps({}, { model: m.model }));
    expect(answer.status).toBe('clarify');
    expect(answer.title).toBe('Which deal: Globex or Initech?');
  });
});
