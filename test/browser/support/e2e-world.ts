/**
 * The world the browser tests drive: the northwind example plus one hostile inbound email, a mission run, logins,
 * and the real server (built UI, API, dispatcher) on a loopback port, sending through a loopback SMTP sink.
 */
import { Readable } from 'node:stream';
import type { Activity } from '../../../src/domain/workspace/workspace-schema.ts';
import type { AppRuntime } from '../../../src/runtime/app-runtime.ts';
import { serveRuntime } from '../../../src/server/serve-runtime.ts';
import { setPassword } from '../../../src/services/auth/credentials.ts';
import { decisionConfig, decisionDeps } from '../../../src/services/decisions/index.ts';
import { completeRun, startRun } from '../../../src/services/missions/run-mission.ts';
import { importWorkspace } from '../../../src/services/workspace/import-workspace.ts';
import { type SmtpSink, startSmtpSink } from '../../support/smtp-sink-client.ts';
import { openTestStore } from '../../support/test-store.ts';
import { loadNorthwind } from '../../support/workspace-files.ts';
import { testMissionDeps } from '../../server/support/server-world.ts';

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

export async function startE2eWorld(): Promise<E2eWorld> {
  const sink = await startSmtpSink();
  const store = await openTestStore();
  const workspace = loadNorthwind();
  const hostile = hostileEmail();
  if (!workspace.accounts.some((a) => a.id === hostile.accountId)) throw new Error('northwind changed: a-globex is gone');
  workspace.activities.push(hostile);
  await importWorkspace(store, Readable.from([JSON.stringify(workspace)]), { sourceName: 'northwind+hostile' });
  const mission = testMissionDeps();
  const run = await startRun(store, { repId: null, trigger: 'manual' }, mission);
  await completeRun(store, run, mission);
  const auth = { scryptLogN: 10 };
  for (const id of ['u-dana', 'u-raj', 'u-sam']) await setPassword(store.db, id, PASSWORD, auth);
  const runtime: AppRuntime = {
    store,
    mission,
    decisions: decisionDeps({ config: decisionConfig({ SMTP_URL: sink.url, CLOSELOOP_DISPATCH_INTERVAL_MS: '200' }) }),
    boss: undefined,
    close: async () => {},
  };
  const server = await serveRuntime(runtime, { env: { CLOSELOOP_SSE_POLL_MS: '100' }, port: 0, host: '127.0.0.1' });
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
