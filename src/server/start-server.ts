/**
 * Runs the app on a port with a graceful stop: no new connections, in-flight requests finish, SSE streams end,
 * background runs pause (they resume next start); whoever opened the store closes it afterwards.
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type App, createApp } from './app.ts';
import type { AppDeps } from './app-deps.ts';

export type RunningServer = App & {
  url: string;
  port: number;
  /** Resolves when the server has stopped; safe to call twice. */
  close(): Promise<void>;
};

export async function startServer(deps: Omit<AppDeps, 'shutdown'>): Promise<RunningServer> {
  const shutdown = new AbortController();
  const built = createApp({ ...deps, shutdown: shutdown.signal });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: built.app.fetch, port: deps.config.port, hostname: deps.config.host }, () =>
      resolve(s as Server),
    );
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;

  const close = (): Promise<void> => {
    closing ??= (async () => {
      shutdown.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets would hold close() open; busy ones are closed as their response ends.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, deps.config.shutdownGraceMs);
      });
      await Promise.race([closed, grace]);
      clearInterval(sweep);
      clearTimeout(timer);
      await deps.missions?.stop();
    })();
    return closing;
  };

  return { ...built, url: `http://${host}:${address.port}`, port: address.port, close };
}
