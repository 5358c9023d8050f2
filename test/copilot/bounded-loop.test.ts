import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopilotRoute } from '../../src/domain/copilot/copilot-schema.ts';
import { emptyEvidence } from '../../src/domain/copilot/evidence.ts';
import type { PlanContext } from '../../src/domain/copilot/plans.ts';
import type { Observation } from '../../src/domain/observations/observation-schema.ts';
import { tokenBudget } from '../../src/llm/token-budget.ts';
import { copilotDeps } from '../../src/services/copilot/copilot-deps.ts';
import { type PlanLoopOptions, type PlanRun, runPlan } from '../../src/services/copilot/run-plan.ts';
import { ask, type Northwind, northwindCopilot, testDeps } from './support/copilot-world.ts';

const route: CopilotRoute = {
  intent: 'research_account',
  accountId: 'a-globex',
  contactIds: [],
  topic: '',
  mentions: [],
};
const plan: PlanContext = {
  request: 'x',
  asOf: '2026-03-02T14:00:00Z',
  timezone: undefined,
  recentActivities: 8,
  knowledgePassages: 5,
};

async function drain(
  world: Northwind,
  options: Partial<PlanLoopOptions>,
): Promise<{ run: PlanRun; seen: Observation[] }> {
  const loop = runPlan(
    {
      db: world.store.db,
      actor: world.dana,
      requestId: 'cr_test',
      deps: copilotDeps(testDeps()),
      budget: tokenBudget(0),
    },
    route,
    plan,
    emptyEvidence(),
    {
      maxSteps: 8,
      deadlineMs: 20_000,
      startedAt: performance.now(),
      clock: () => performance.now(),
      ...options,
    },
  );
  const seen: Observation[] = [];
  let next = await loop.next();
  while (!next.done) {
    seen.push(next.value);
    next = await loop.next();
  }
  return { run: next.value, seen };
}

describe('the bounded loop', () => {
  let world: Northwind;
  beforeAll(async () => {
    world = await northwindCopilot();
  });
  afterAll(() => world.store.close());

  it('stops the moment a plan asks for a call it already made, and says so', async () => {
    const { run, seen } = await drain(world, {
      planner: () => [{ tool: 'crm_get_account', input: { accountId: 'a-globex' }, why: 'again and again' }],
    });
    expect(run.steps).toBe(1);
    expect(run.stopped).toMatch(/asked for crm_get_account\(\{"accountId":"a-globex"\}\) a second time/);
    expect(seen.at(-1)).toMatchObject({ kind: 'error', title: expect.stringMatching(/^Stopped: /) });
  });

  it('never makes more calls than the step limit', async () => {
    let n = 0;
    const { run } = await drain(world, {
      maxSteps: 3,
      planner: () => [
        {
          tool: 'knowledge_search',
          input: { query: `question ${n++}` },
          why: 'a different question each time',
        },
      ],
    });
    expect(run.steps).toBe(3);
    expect(run.stopped).toMatch(/step limit \(3 tool calls\)/);
  });

  it('stops at the deadline', async () => {
    let now = 0;
    const { run } = await drain(world, { deadlineMs: 1000, startedAt: 0, clock: () => (now += 600) });
    expect(run.stopped).toMatch(/deadline \(1000 ms\) passed/);
  });

  it('refuses a call whose input its tool does not accept', async () => {
    const { run } = await drain(world, {
      planner: () => [{ tool: 'crm_get_account', input: { account: 'a-globex' }, why: 'a wrong field' }],
    });
    expect(run.steps).toBe(1);
    expect(run.stopped).toMatch(/crm_get_account was called with input it does not accept/);
  });

  it('stops with the tool’s own message when a record is not the asker’s', async () => {
    const { run } = await drain(world, {
      planner: () => [{ tool: 'crm_get_account', input: { accountId: 'a-hooli' }, why: 'Raj’s account' }],
    });
    expect(run.stopped).toBe('crm_get_account failed: no account a-hooli');
  });

  it('gives a stopped answer, not a made-up one, when the steps run out mid-brief', async () => {
    const { answer } = await ask(world, world.dana, 'prep me for the Globex call', testDeps({ maxSteps: 2 }));
    expect(answer.status).toBe('stopped');
    expect(answer.steps).toBe(2);
  });
});
