/**
 * The world the browser tests drive: the northwind example plus one hostile inbound email, a mission run, logins,
 * and the real server (built UI, API, dispatcher) on a loopback port, sending through a loopback SMTP sink.
 */
import { Readable } from 'node:stream';
import type { Activity } from '../../../src/domain/workspace/workspace-schema.ts';
import { type AppRuntime, composeRuntime } from '../../../src/runtime/app-runtime.ts';
import { serveRuntime } from '../../../src/server/serve-runtime.ts';
import { setPassword } from '../../../src/services/auth/credentials.ts';
import { decisionConfig, decisionDeps } from '../../../src/services/decisions/index.ts';
import type { MissionDeps } from '../../../src/services/missions/process-batch.ts';
import { completeRun, startRun } from '../../../src/services/missions/run-mission.ts';
import { importWorkspace } from '../../../src/services/workspace/import-workspace.ts';
import { type SmtpSink, startSmtpSink } from '../../support/smtp-sink-client.ts';
import { openTestStore } from '../../support/test-store.ts';
import { loadNorthwind } from '../../support/workspace-files.ts';

export const PASSWORD = 'correct horse battery';
export const DANA = 'dana@northwind.io';

/** Markup a customer might send: it must show as text, run nothing and load nothing. */
export const HOSTILE_BODY =
  'Hi Dana,\n\n<script>window.__pwned = "script"</script>\n<img src="http://127.0.0.1:9/beacon.png" onerror="window.__pwned = \'img\'">\nCan you resend the security questionnaire?\n\nThanks,\nHank';
export const HOSTILE_ACTIVITY = 'act-hostile';

function hostileEmail(): Activity {
  return {
    id: HOSTILE_ACTIVITY,
    type: 'email',
    accountId: 'a-globex',
    opportunityId: 'o-101',
    occurredAt: '2026-02-27T15:00:00Z',
    direction: 'inbound',
    from: 'hank@globex.com',
    to: ['dana@northwind.io'],
    subject: 'Questionnaire <b onmouseover="window.__pwned=1">again</b>',
    body: HOSTILE_BODY,
    threadId: 'th-hostile',
  };
}

export type E2eWorld = { url: string; sink: SmtpSink; runtime: AppRuntime; close(): Promise<void> };

export type E2eOptions = {
  /** Run the morning mission before the server starts (default true). */
  runFirst?: boolean;
  /** Reason this slowly, one deal per batch, so a browser can watch a run progress. */
  slowDealMs?: number;
};

/** The engine, slowed down: each deal takes `ms`, and each one commits on its own. */
function slowed(mission: MissionDeps, ms: number): MissionDeps {
  const { reasoner } = mission;
  return {
    ...mission,
    config: { ...mission.config, batchSize: 1, concurrency: 1 },
    reasoner: {
      name: reasoner.name,
      assess: async (context) => {
        await new Promise((r) => setTimeout(r, ms));
        return reasoner.assess(context);
      },
    },
  };
}

export async function startE2eWorld(options: E2eOptions = {}): Promise<E2eWorld> {
  const sink = await startSmtpSink();
  const store = await openTestStore();
  const workspace = loadNorthwind();
  const hostile = hostileEmail();
  if (!workspace.accounts.some((a) => a.id === hostile.accountId))
    throw new Error('northwind changed: a-globex is gone');
  workspace.activities.push(hostile);
  await importWorkspace(store, Readable.from([JSON.stringify(workspace)]), {
    sourceName: 'northwind+hostile',
  });
  // The app as `closeloop start` composes it (offline writer, guardrails, the queue), sending through the sink.
  const composed = await composeRuntime(store, { jobs: false });
  const base = composed.mission;
  const mission = options.slowDealMs ? slowed(base, options.slowDealMs) : base;
  if (options.runFirst !== false) {
    const run = await startRun(store, { repId: null, trigger: 'manual' }, base);
    await completeRun(store, run, base);
  }
  const auth = { scryptLogN: 10 };
  for (const id of ['u-dana', 'u-raj', 'u-sam']) await setPassword(store.db, id, PASSWORD, auth);
  const runtime: AppRuntime = {
    ...composed,
    mission,
    decisions: decisionDeps({
      ...composed.decisions,
      config: decisionConfig({ SMTP_URL: sink.url, CLOSELOOP_DISPATCH_INTERVAL_MS: '200' }),
    }),
  };
  const server = await serveRuntime(runtime, {
    env: { CLOSELOOP_SSE_POLL_MS: '100' },
    port: 0,
    host: '127.0.0.1',
  });
  if (!server.webBuilt) throw new Error('dist/web is missing: the global setup should have built it');
  return {
    url: server.url,
    sink,
    runtime,
    async close() {
      await server.close();
      await store.close();
      await sink.stop();
    },
  };
}
