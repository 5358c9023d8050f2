/** The MCP surface's contract, run on every store engine: tools true to their schemas, reads filtered, missions equal. */

import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.ts';
import { deterministicReasoner } from '../../src/domain/triage/reasoner.ts';
import { closeloopContextSource } from '../../src/mcp/client/closeloop-context-source.ts';
import { connectInProcess, type McpConnection } from '../../src/mcp/client/connect-closeloop.ts';
import { mcpDeps } from '../../src/mcp/mcp-deps.ts';
import { missionConfig } from '../../src/services/missions/mission-config.ts';
import type { DealContextSource } from '../../src/services/missions/mission-ports.ts';
import type { MissionDeps } from '../../src/services/missions/process-batch.ts';
import { completeRun, startRun } from '../../src/services/missions/run-mission.ts';
import type { Store } from '../../src/store/open-store.ts';
import { runDeals } from '../../src/store/schema/index.ts';
import {
  call,
  callError,
  connectAs,
  DANA,
  EVERY_TOOL_CALL,
  outputValidator,
  RAJ,
  textOf,
} from './support/mcp-world.ts';

/** A store holding the example workspace, and how to drop it. */
export type OpenNorthwind = () => Promise<{ store: Store; dispose(): Promise<void> }>;

async function runMission(store: Store, contexts?: DealContextSource) {
  const deps: MissionDeps = { reasoner: deterministicReasoner(), config: missionConfig({}), contexts };
  const run = await startRun(store, { repId: null, trigger: 'manual' }, deps);
  const summary = await completeRun(store, run, deps);
  const deals = await store.db
    .select({
      opportunityId: runDeals.opportunityId,
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

const inProcessSource = (store: Store) =>
  closeloopContextSource({
    connect: () => connectInProcess({ db: store.db, actor: SYSTEM_ACTOR, deps: mcpDeps() }),
    maxIdsPerCall: 500,
    timeoutMs: 60_000,
  });

export function runMcpContract(engine: string, openNorthwind: OpenNorthwind): void {
  describe(`the MCP surface on ${engine}`, () => {
    let world: Awaited<ReturnType<OpenNorthwind>>;
    let dana: McpConnection;
    let raj: McpConnection;
    let tools: Tool[];
    beforeAll(async () => {
      world = await openNorthwind();
      [dana, raj] = await Promise.all([connectAs(world.store, DANA), connectAs(world.store, RAJ)]);
      tools = (await dana.client.listTools()).tools;
    });
    afterAll(async () => {
      await Promise.all([dana.close(), raj.close()]);
      await world.dispose();
    });

    it.each(EVERY_TOOL_CALL)(
      '%s answers within its declared output schema, with a text view',
      async (name, args) => {
        const result = await call(dana.client, name, args);
        expect(result.isError, textOf(result)).toBeFalsy();
        outputValidator(tools)(name, result.structuredContent);
        expect(textOf(result).length).toBeGreaterThan(20);
      },
    );

    it.each([
      ['crm_get_account', { accountId: 'a-globex' }],
      ['crm_get_opportunity', { opportunityId: 'o-101' }],
      ['mail_get_thread', { threadId: 't-o-101' }],
      ['usage_get_series', { accountId: 'a-tyrell' }],
      ['copilot_explain_deal', { opportunityId: 'o-101' }],
    ] as const)("%s does not show a rep another rep's record", async (name, args) => {
      expect(await callError(raj.client, name, args)).toMatch(/^not_found: /);
    });

    it('runs a mission through the MCP client to the verdicts of the direct path, from byte-identical contexts', async () => {
      const direct = await runMission(world.store);
      const source = inProcessSource(world.store);
      try {
        // Same store, second run: identical fingerprints mean every deal is reused, not judged again.
        const viaMcp = await runMission(world.store, source);
        expect(viaMcp.summary).toMatchObject({
          status: 'done',
          failed: 0,
          unchanged: direct.deals.length,
          reasoned: 0,
        });
        expect(viaMcp.deals).toEqual(direct.deals);
      } finally {
        await source.close();
      }
    });
  });
}
