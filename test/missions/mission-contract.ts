/** Missions' contract on every engine: verdicts and observations, incremental re-runs, dedupe, withdrawals. */

import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LabelsFile } from '../../src/domain/labels/labels-schema.ts';
import type { ProposalDraft } from '../../src/domain/proposals/proposal-schema.ts';
import { deterministicReasoner } from '../../src/domain/triage/reasoner.ts';
import { decisionQueueSink } from '../../src/services/decisions/proposal-sink.ts';
import { createRun } from '../../src/services/missions/create-run.ts';
import { followRun } from '../../src/services/missions/follow-run.ts';
import { executeInProcess } from '../../src/services/missions/in-process-executor.ts';
import { missionConfig } from '../../src/services/missions/mission-config.ts';
import type { ProposalWriter } from '../../src/services/missions/mission-ports.ts';
import type { MissionDeps } from '../../src/services/missions/process-batch.ts';
import { triggerDueRuns } from '../../src/services/missions/scheduler.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { readObservations } from '../../src/store/mission-store.ts';
import type { Store } from '../../src/store/open-store.ts';
import { queryRows } from '../../src/store/query-rows.ts';
import * as t from '../../src/store/schema/index.ts';
import { northwindLabels, northwindWorkspace } from '../support/paths.ts';
import { loadNorthwind, writeTempJson } from '../support/workspace-files.ts';

export type OpenStore = () => Promise<{ store: Store; dispose(): Promise<void> }>;

/** A writer for the mission's own tests: one plain follow-up email per act-now deal, to its first active contact. */
const followUpWriter: ProposalWriter = {
  name: 'test-follow-up',
  write: async (context, assessment) => {
    const contact = context.contacts.find((c) => (c.status ?? 'active') === 'active');
    if (!contact) return undefined;
    const draft: ProposalDraft = {
      action: assessment.actions[0]!,
      rationale: assessment.why,
      writer: 'test-follow-up',
      payload: {
        kind: 'send_email',
        email: {
          to: [contact.email],
          cc: [],
          subject: `Re: ${context.opportunity.name}`,
          body: `Hi ${contact.name},\n\nFollowing up.\n`,
          citations: [],
        },
      },
    };
    return draft;
  },
};

function deps(overrides: Partial<MissionDeps> = {}): MissionDeps {
  return {
    reasoner: deterministicReasoner(),
    config: missionConfig({ CLOSELOOP_MISSION_BATCH: '5' }),
    ...overrides,
  };
}

async function runOnce(store: Store, d: MissionDeps, asOf?: string) {
  const { run } = await createRun(
    store.db,
    { repId: null, trigger: 'manual', ...(asOf ? { asOf } : {}) },
    { reasoner: d.reasoner.name, deadlineMs: 60_000 },
  );
  const finished = await executeInProcess(store.db, run.id, d);
  return finished!;
}

async function verdicts(store: Store, runId: string) {
  const rows = await store.db.select().from(t.runDeals).where(eq(t.runDeals.runId, runId));
  return new Map(rows.map((r) => [r.opportunityId, r]));
}

export function runMissionContract(engine: string, open: OpenStore): void {
  describe(`missions on ${engine}`, () => {
    let ctx: Awaited<ReturnType<OpenStore>>;
    let store: Store;
    beforeEach(async () => {
      ctx = await open();
      store = ctx.store;
      await importWorkspaceFile(store, northwindWorkspace);
    });
    afterEach(async () => ctx.dispose());

    it('reasons every open deal of the example into the labelled verdicts, each with its observations', async () => {
      const run = await runOnce(store, deps());
      expect(run).toMatchObject({ status: 'done', deals: 12, reasoned: 12, unchanged: 0, failed: 0 });
      const labels = (JSON.parse(readFileSync(northwindLabels, 'utf8')) as LabelsFile).labels;
      const steps = await verdicts(store, run.id);
      for (const label of labels) {
        const step = steps.get(label.opportunityId)!;
        expect(step.status, label.opportunityId).toBe('done');
        expect(step.verdict, label.opportunityId).toBe(label.verdict);
        if (label.actions) expect(label.actions, label.opportunityId).toContain(step.actions?.[0]);
        if (label.resumeOn) expect(step.resumeOn, label.opportunityId).toBe(label.resumeOn);
      }
      const observations = await readObservations(store.db, { runId: run.id });
      expect(observations.map((o) => o.seq)).toEqual(observations.map((_, i) => i + 1));
      for (const id of steps.keys())
        expect(
          observations.some((o) => o.opportunityId === id && o.kind === 'evidence'),
          id,
        ).toBe(true);
    });

    it('lets a reader follow the stream from any sequence number', async () => {
      const run = await runOnce(store, deps());
      const all = await readObservations(store.db, { runId: run.id });
      const seen: number[] = [];
      await followRun(store.db, run.id, { afterSeq: 10, onObservation: (o) => seen.push(o.seq) });
      expect(seen).toEqual(all.filter((o) => o.seq > 10).map((o) => o.seq));
    });

    it('reasons no deal again when nothing changed', async () => {
      await runOnce(store, deps());
      const second = await runOnce(store, deps());
      expect(second).toMatchObject({ deals: 12, reasoned: 0, unchanged: 12, failed: 0 });
      const steps = await verdicts(store, second.id);
      expect([...steps.values()].every((s) => s.status === 'unchanged' && s.unchangedFrom && s.verdict)).toBe(
        true,
      );
    });

    it('re-reasons only the deal that got a new inbound email', async () => {
      await runOnce(store, deps());
      const ws = loadNorthwind();
      ws.activities.push({
        id: 'act-99',
        type: 'email',
        accountId: 'a-umbrella',
        opportunityId: 'o-103',
        occurredAt: '2026-03-02T09:00:00Z',
        direction: 'inbound',
        from: 'alice@umbrellahealth.com',
        to: ['dana@northwind.io'],
        subject: 'Re: Demo recap',
        body: 'Dana, any news on those two security questions?\n\nAlice',
        threadId: 't-o-103',
      });
      await importWorkspaceFile(store, writeTempJson('changed.json', ws));
      const second = await runOnce(store, deps());
      expect(second).toMatchObject({ reasoned: 1, unchanged: 11 });
      const steps = await verdicts(store, second.id);
      expect(steps.get('o-103')!.status).toBe('done');
    });

    it('re-reasons a deal once the date the customer asked us to wait for has come', async () => {
      await runOnce(store, deps());
      const later = await runOnce(store, deps(), '2026-03-09T15:00:00Z');
      const steps = await verdicts(store, later.id);
      expect(steps.get('o-102')!.status).toBe('done');
      expect(steps.get('o-102')!.verdict).toBe('act_now');
      expect(steps.get('o-102')!.actions?.[0]).toBe('resume_after_deferral');
      expect(later.reasoned).toBeLessThan(12);
    });

    it('makes one run of two scheduled triggers for the same rep and day', async () => {
      const d = deps();
      const morning = new Date('2026-03-03T13:00:00Z');
      const first = await triggerDueRuns(store.db, d, morning);
      const second = await triggerDueRuns(store.db, d, new Date('2026-03-03T18:00:00Z'));
      expect(first.map((r) => r.repId).sort()).toEqual(['u-dana', 'u-raj']);
      expect(second).toEqual([]);
      const [row] = await queryRows<{ n: number }>(
        store.db,
        sql`SELECT count(*)::int AS n FROM runs WHERE trigger = 'schedule'`,
      );
      expect(Number(row!.n)).toBe(2);
    });

    it('proposes once per act-now deal, keeps it while unchanged, and withdraws it when the customer replies', async () => {
      const d = deps({ writer: followUpWriter, proposals: decisionQueueSink() });
      const first = await runOnce(store, d);
      expect(first.proposals).toBe(9);
      const again = await runOnce(store, d);
      expect(again.proposals).toBe(0);
      const ws = loadNorthwind();
      ws.activities.push({
        id: 'act-100',
        type: 'email',
        accountId: 'a-tyrell',
        opportunityId: 'o-110',
        occurredAt: '2026-03-02T10:00:00Z',
        direction: 'outbound',
        from: 'dana@northwind.io',
        to: ['rachael@tyrell.com'],
        subject: 'Re: Seats',
        body: 'Rachael, 25 more seats of Pro would be $1,000 a month at list; I have attached the quote. Shall we walk through it Thursday?\n\nDana',
        threadId: 't-o-110',
      });
      await importWorkspaceFile(store, writeTempJson('replied.json', ws));
      await runOnce(store, d);
      const proposals = await store.db
        .select()
        .from(t.proposals)
        .where(eq(t.proposals.opportunityId, 'o-110'));
      expect(proposals).toHaveLength(1);
      expect(proposals[0]!.state).toBe('withdrawn');
      expect(proposals[0]!.stateReason).toMatch(/No longer needed/);
      const open = await queryRows<{ n: number; deals: number }>(
        store.db,
        sql`SELECT count(*)::int AS n, count(DISTINCT opportunity_id)::int AS deals FROM proposals WHERE state = 'pending'`,
      );
      expect(Number(open[0]!.n)).toBe(Number(open[0]!.deals));
    });

    it('records a deal whose reasoning throws as failed and finishes the run', async () => {
      const base = deterministicReasoner();
      const flaky = {
        name: 'flaky',
        assess: async (c: Parameters<typeof base.assess>[0]) => {
          if (c.opportunity.id === 'o-104') throw new Error('model unavailable');
          return base.assess(c);
        },
      };
      const run = await runOnce(store, deps({ reasoner: flaky }));
      expect(run).toMatchObject({ status: 'done', failed: 1, reasoned: 11 });
      const steps = await verdicts(store, run.id);
      expect(steps.get('o-104')).toMatchObject({ status: 'failed', error: 'model unavailable' });
    });
  });
}
