/** A mission with the offline writer and the store-backed guardrails, on any engine: one guarded proposal per act-now deal. */
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ProposalDraft, ProposalPayload } from '../../src/domain/proposals/proposal-schema.ts';
import { deterministicReasoner } from '../../src/domain/triage/reasoner.ts';
import { decisionDeps } from '../../src/services/decisions/decision-deps.ts';
import { decisionQueueSink } from '../../src/services/decisions/proposal-sink.ts';
import { guardSnapshots } from '../../src/services/drafting/guard-snapshot.ts';
import { type StoreDrafting, storeDrafting } from '../../src/services/drafting/store-drafting.ts';
import { createRun } from '../../src/services/missions/create-run.ts';
import { executeInProcess } from '../../src/services/missions/in-process-executor.ts';
import { missionConfig } from '../../src/services/missions/mission-config.ts';
import type { MissionDeps } from '../../src/services/missions/process-batch.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { upsertItems } from '../../src/store/crm-writes.ts';
import { loadDealContexts, readWorldHead } from '../../src/store/deal-contexts.ts';
import { readObservations } from '../../src/store/mission-store.ts';
import type { Store } from '../../src/store/open-store.ts';
import * as t from '../../src/store/schema/index.ts';
import { northwindLabels } from '../../src/testing/examples.ts';
import { northwindWorkspace } from '../support/paths.ts';

export type OpenStore = () => Promise<{ store: Store; dispose(): Promise<void> }>;

function missionWith(drafting: StoreDrafting): MissionDeps {
  return {
    reasoner: deterministicReasoner(),
    writer: drafting.writer,
    guard: drafting.guard,
    proposals: decisionQueueSink(decisionDeps({ recheck: drafting.recheck })),
    config: missionConfig({ CLOSELOOP_MISSION_BATCH: '5' }),
  };
}

async function runOnce(store: Store, deps: MissionDeps) {
  const { run } = await createRun(
    store.db,
    { repId: null, trigger: 'manual' },
    { reasoner: deps.reasoner.name, deadlineMs: 60_000 },
  );
  return (await executeInProcess(store.db, run.id, deps))!;
}

const hipaaEmail = (body: string): ProposalDraft => ({
  action: 'answer_customer',
  rationale: 'security question',
  writer: 'test',
  payload: {
    kind: 'send_email',
    email: { to: ['alice@umbrellahealth.com'], cc: [], subject: 'Re: Demo recap', body, citations: [] },
  },
});

export function runDraftingMissionContract(engine: string, open: OpenStore): void {
  describe(`drafting missions on ${engine}`, () => {
    let ctx: Awaited<ReturnType<OpenStore>>;
    let store: Store;
    beforeEach(async () => {
      ctx = await open();
      store = ctx.store;
      await importWorkspaceFile(store, northwindWorkspace);
    });
    afterEach(async () => ctx.dispose());

    it('proposes one draft per act-now deal of the example, none blocked, each with its guardrail observations', async () => {
      const drafting = storeDrafting(store.db);
      const run = await runOnce(store, missionWith(drafting));
      const actNow = northwindLabels().filter((l) => l.verdict === 'act_now');
      expect(run).toMatchObject({ status: 'done', proposals: actNow.length, failed: 0 });
      const proposals = await store.db.select().from(t.proposals).where(eq(t.proposals.runId, run.id));
      expect(proposals.map((p) => p.opportunityId).sort()).toEqual(actNow.map((l) => l.opportunityId).sort());
      const observations = await readObservations(store.db, { runId: run.id });
      for (const p of proposals) {
        expect(p.blocked, `${p.opportunityId}: ${JSON.stringify(p.guard)}`).toBe(false);
        expect(p.writer).toBe('offline-v1');
        const label = actNow.find((l) => l.opportunityId === p.opportunityId)!;
        expect(label.actions).toContain(p.action);
        const guardrails = observations.filter(
          (o) => o.opportunityId === p.opportunityId && o.kind === 'guardrail',
        );
        expect(guardrails.length, p.opportunityId).toBeGreaterThan(0);
      }
      const o103 = proposals.find((p) => p.opportunityId === 'o-103')!;
      expect(JSON.stringify(o103.payload)).toMatch(/doc-security#1/);
    });

    it('blocks a person’s edit that states a price the price book contradicts, and passes the draft as written', async () => {
      const drafting = storeDrafting(store.db);
      const run = await runOnce(store, missionWith(drafting));
      const [row] = await store.db.select().from(t.proposals).where(eq(t.proposals.runId, run.id));
      const asWritten = await drafting.recheck(store.db, {
        proposal: row!,
        payload: ProposalPayload.parse(row!.payload),
      });
      expect(asWritten.blocked).toBe(false);
      const o103 = (
        await store.db.select().from(t.proposals).where(eq(t.proposals.opportunityId, 'o-103'))
      )[0]!;
      const edited = hipaaEmail('Alice,\n\nNorthwind Enterprise is $55 per seat per month.\n\nBest,\nDana');
      const checked = await drafting.recheck(store.db, { proposal: o103, payload: edited.payload });
      expect(checked.blocked).toBe(true);
      expect(checked.findings.some((f) => f.kind === 'price')).toBe(true);
    });

    it('sees a document added after its first check, without a new process', async () => {
      const drafting = storeDrafting(store.db, { snapshots: guardSnapshots({ recheckMs: 0 }) });
      const world = (await readWorldHead(store.db))!;
      const [context] = await loadDealContexts(store.db, world, ['o-103']);
      const draft = hipaaEmail(
        'Alice,\n\nWe sign a HIPAA business associate agreement on Enterprise.\n\nBest,\nDana',
      );
      await drafting.warm();
      expect(drafting.guard(context!, draft).blocked).toBe(true);
      await upsertItems(store.db, 'documents', [
        {
          id: 'doc-hipaa',
          title: 'HIPAA',
          kind: 'security',
          body: '# HIPAA\n\nWe sign a HIPAA business associate agreement (BAA) on Enterprise.',
          updatedAt: '2026-02-01T00:00:00Z',
        },
      ]);
      await drafting.warm();
      expect(drafting.guard(context!, draft).blocked).toBe(false);
    });

    it('blocks what it could not check when no draft has loaded the guardrails yet', async () => {
      const drafting = storeDrafting(store.db);
      const world = (await readWorldHead(store.db))!;
      const [context] = await loadDealContexts(store.db, world, ['o-103']);
      const first = drafting.guard(context!, hipaaEmail('Alice,\n\nThanks.\n\nBest,\nDana'));
      expect(first.blocked).toBe(true);
      expect(first.observations[0]!.title).toMatch(/could not load/);
      // The first call started loading; once loaded, the same draft is checked for real.
      await drafting.warm();
      expect(drafting.guard(context!, hipaaEmail('Alice,\n\nThanks.\n\nBest,\nDana')).blocked).toBe(false);
    });
  });
}
