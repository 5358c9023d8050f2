/** The example world in a fresh store, its people as actors, and copilot deps with a clock a test controls. */
import type { Actor } from '../../../src/domain/access/actor.ts';
import { CopilotConfig, type CopilotConfigInput } from '../../../src/domain/copilot/copilot-config.ts';
import type { CopilotAnswer, CopilotEvent } from '../../../src/domain/copilot/copilot-schema.ts';
import { actorByEmail } from '../../../src/services/access/resolve-actor.ts';
import { askCopilot } from '../../../src/services/copilot/ask-copilot.ts';
import type { CopilotDepsInput } from '../../../src/services/copilot/copilot-deps.ts';
import { decisionConfig } from '../../../src/services/decisions/decision-config.ts';
import { importWorkspaceFile } from '../../../src/services/workspace/import-workspace.ts';
import type { Store } from '../../../src/store/open-store.ts';
import { northwindWorkspace } from '../../support/paths.ts';
import { openTestStore } from '../../support/test-store.ts';

export type Northwind = { store: Store; dana: Actor; raj: Actor; sam: Actor };

export async function northwindCopilot(): Promise<Northwind> {
  const store = await openTestStore();
  await importWorkspaceFile(store, northwindWorkspace);
  const [dana, raj, sam] = await Promise.all(
    ['dana@northwind.io', 'raj@northwind.io', 'sam@northwind.io'].map((e) => actorByEmail(store.db, e)),
  );
  return { store, dana: dana!, raj: raj!, sam: sam! };
}

/** A clock that stands still unless a test moves it. */
export function testClock(start = new Date('2026-03-02T14:00:00Z')) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

/** Deps with no environment: the defaults, generous limits unless a test sets them, auto-approval off. */
export function testDeps(config: CopilotConfigInput = {}, over: CopilotDepsInput = {}): CopilotDepsInput {
  return {
    config: CopilotConfig.parse({ requestsPerMinute: 1000, requestsPerHour: 10_000, ...config }),
    now: testClock().now,
    decisions: {
      config: decisionConfig({ CLOSELOOP_REVIEW_SAMPLE_RATE: '0', CLOSELOOP_MIN_DWELL_SECONDS: '0' }),
    },
    ...over,
  };
}

/** Runs a request to the end, keeping every event. */
export async function ask(
  world: Pick<Northwind, 'store'>,
  actor: Actor,
  text: string,
  deps: CopilotDepsInput = testDeps(),
): Promise<{ answer: CopilotAnswer; events: CopilotEvent[] }> {
  const events: CopilotEvent[] = [];
  const stream = askCopilot(world.store.db, actor, { text, stream: true }, deps);
  let next = await stream.next();
  while (!next.done) {
    events.push(next.value);
    next = await stream.next();
  }
  return { answer: next.value, events };
}
