/** A mission that gathers through the MCP client reaches the same verdicts as one that reads the store directly. */
import { Readable } from 'node:stream';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../../src/demo/index.ts';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.ts';
import { deterministicReasoner } from '../../src/domain/triage/reasoner.ts';
import { closeloopContextSource } from '../../src/mcp/client/closeloop-context-source.ts';
import { connectInProcess } from '../../src/mcp/client/connect-closeloop.ts';
import type { ClosableContextSource } from '../../src/mcp/client/mapped-context-source.ts';
import { mcpDeps } from '../../src/mcp/mcp-deps.ts';
import { fingerprintDeal } from '../../src/services/missions/deal-fingerprint.ts';
import { missionConfig } from '../../src/services/missions/mission-config.ts';
import type { DealContextSource } from '../../src/services/missions/mission-ports.ts';
import type { MissionDeps } from '../../src/services/missions/process-batch.ts';
import { completeRun, startRun } from '../../src/services/missions/run-mission.ts';
import { importWorkspace } from '../../src/services/workspace/import-workspace.ts';
import { listOpenDeals, loadDealContexts, readWorldHead } from '../../src/store/deal-contexts.ts';
import type { Store } from '../../src/store/open-store.ts';
import { runDeals } from '../../src/store/schema/index.ts';
import { openTestStore } from '../support/test-store.ts';
import { northwindStore } from './support/mcp-world.ts';

function inProcessSource(store: Store): ClosableContextSource {
  return closeloopContextSource({
    connect: () => connectInProcess({ db: store.db, actor: SYSTEM_ACTOR, deps: mcpDeps() }),
    maxIdsPerCall: 500,
    timeoutMs: 60_000,
  });
}

async function runMission(store: Store, contexts?: DealContextSource) {
  const deps: MissionDeps = { reasoner: deterministicReasoner(), config: missionConfig({}), contexts };
  const run = await startRun(store, { repId: null, trigger: 'manual' }, deps);
  const summary = await completeRun(store, run, deps);
  const deals = await store.db
    .select({
      opportunityId: runDeals.opportunityId,
      status: runDeals.status,
      verdict: runDeals.verdict,
      actions: runDeals.actions,
      resumeOn: runDeals.resumeOn,
      fingerprint: runDeals.fingerprint,
    })
    .from(runDeals)
    .where(eq(runDeals.runId, run.id))
    .orderBy(asc(runDeals.opportunityId));
  return { summary, deals };
}

describe('a mission through the MCP client, on the example workspace', () => {
  let direct: Store;
  let viaMcp: Store;
  let source: ClosableContextSource;
  beforeAll(async () => {
    [direct, viaMcp] = await Promise.all([northwindStore(), northwindStore()]);
    source = inProcessSource(viaMcp);
  });
  afterAll(async () => {
    await source.close();
    await Promise.all([direct.close(), viaMcp.close()]);
  });

  it('gives every deal the same verdict, actions and resume date as the direct path, from identical evidence', async () => {
    const a = await runMission(direct);
    const b = await runMission(viaMcp, source);
    expect(b.summary).toMatchObject({ status: 'done', failed: 0, deals: 12, reasoned: 12 });
    expect(b.deals.map((d) => d.verdict)).toContain('act_now');
    // Fingerprints hash the whole context: equal ones mean the MCP path handed the reasoner the very same evidence.
    expect(b.deals).toEqual(a.deals);
  });
});

describe('deal contexts through the MCP client, on a generated world of 120 deals', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    const world = generateDemoWorld({ reps: 3, oppsPerRep: 40, seed: 11 });
    await importWorkspace(store, Readable.from([JSON.stringify(world.workspace)]), {
      sourceName: 'demo.json',
    });
  });
  afterAll(() => store.close());

  it('equals the store path context for context, field for field and byte for byte', async () => {
    const head = (await readWorldHead(store.db))!;
    const ids = (await listOpenDeals(store.db, head.pipeline)).map((d) => d.opportunityId);
    expect(ids.length).toBeGreaterThan(80);
    const source = inProcessSource(store);
    try {
      const viaMcp = await source.load(store.db, head, ids, head.asOf);
      const direct = await loadDealContexts(store.db, head, ids, head.asOf);
      expect(viaMcp).toEqual(direct);
      expect(viaMcp.map((c) => fingerprintDeal(c, 'r'))).toEqual(direct.map((c) => fingerprintDeal(c, 'r')));
    } finally {
      await source.close();
    }
  });
});
