/** Puts the composed runtime on the network: the app with the queue's services, background runs and the built UI. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { mcpMountedHandler } from '../mcp/http/mcp-http-handler.ts';
import { projectRoot } from '../project-root.ts';
import type { AppRuntime } from '../runtime/app-runtime.ts';
import { authConfig } from '../services/auth/auth-config.ts';
import { purgeExpiredSessions } from '../services/auth/sessions.ts';
import { copilotDepsFromEnv } from '../services/copilot/copilot-from-env.ts';
import { runDispatcher } from '../services/decisions/index.ts';
import { logger } from '../telemetry/logger.ts';
import { decisionQueuePort } from './decision-port.ts';
import { backgroundMissions } from './mission-launcher.ts';
import { mountHandler } from './mount.ts';
import { serverConfig } from './server-config.ts';
import { type RunningServer, startServer } from './start-server.ts';

/** Where `npm run build` writes the front end. */
export const WEB_ROOT = path.join(projectRoot, 'dist', 'web');

export type ServeOptions = {
  env?: NodeJS.ProcessEnv;
  port?: number | undefined;
  host?: string | undefined;
  missions?: boolean;
  /** Send approved messages from this process (the embedded store has no other process that could). */
  dispatch?: boolean;
};

export async function serveRuntime(
  runtime: AppRuntime,
  options: ServeOptions = {},
): Promise<RunningServer & { webBuilt: boolean }> {
  const env = options.env ?? process.env;
  const config = serverConfig(env);
  const missions =
    options.missions === false
      ? undefined
      : backgroundMissions(runtime.store, runtime.mission, { boss: runtime.boss });
  const webBuilt = existsSync(`${WEB_ROOT}/index.html`);
  // Proposals that arrive over MCP are guarded before any writer has loaded the knowledge: load it now.
  await runtime.drafting?.warm();
  const server = await startServer({
    store: runtime.store,
    config: { ...config, port: options.port ?? config.port, host: options.host ?? config.host },
    auth: authConfig(env),
    now: () => new Date(),
    missions,
    decisions: decisionQueuePort(runtime.decisions),
    copilot: {
      ...copilotDepsFromEnv(runtime.store.db, env, { drafting: runtime.drafting }),
      decisions: runtime.decisions,
      reasoner: runtime.mission.reasoner,
    },
    webRoot: webBuilt ? WEB_ROOT : undefined,
  });
  // MCP hosts (Claude Desktop, VS Code, Cursor) reach the same tools over HTTP with a personal API token.
  mountHandler(
    server.app,
    '/mcp',
    mcpMountedHandler({
      db: runtime.store.db,
      deps: { ...runtime.mcp, publicUrl: config.publicUrl },
    }),
  );
  // A run's progress and a message sent change what the Today views show: drop the views they touch.
  missions?.onProgress((run) =>
    run.repId ? server.caches.today.invalidate([run.repId]) : server.caches.today.clear(),
  );
  // Runs a stop or a crash left half done carry on in the background.
  await missions?.resumeUnfinished();
  // Expired sessions are refused by their expiry anyway; clearing them keeps the table small.
  const purge = () =>
    purgeExpiredSessions(runtime.store.db, new Date()).catch((error: unknown) =>
      logger.warn({ err: error }, 'session purge failed'),
    );
  await purge();
  const purging = setInterval(purge, 3_600_000);
  purging.unref();
  const stopDispatch = new AbortController();
  const dispatching =
    options.dispatch === false
      ? undefined
      : runDispatcher({
          db: runtime.store.db,
          signal: stopDispatch.signal,
          config: runtime.decisions.config,
          now: runtime.decisions.now,
          workerId: `serve-${process.pid}`,
          onError: (error) => logger.error({ err: error }, 'dispatcher error'),
          onReport: (report) => {
            if (report.sent + report.retrying + report.failed + report.unconfirmed > 0)
              server.caches.today.clear();
          },
        });
  return {
    ...server,
    webBuilt,
    async close() {
      clearInterval(purging);
      await server.close();
      stopDispatch.abort();
      await dispatching;
    },
  };
}

/** Resolves once SIGINT or SIGTERM arrives: the caller then closes the server and the store. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}
