/** HTTP server tunables from the environment; the README's configuration table lists each one. */
import { z } from 'zod';
import { UserError } from '../domain/errors.ts';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4400),
  // Loopback by default: a laptop demo is not exposed to the café's network until someone says so.
  HOST: z.string().min(1).default('127.0.0.1'),
  // The address people type (https://closeloop.example.com): browsers' Origin must match it. Unset: the Host header.
  CLOSELOOP_PUBLIC_URL: z.url().optional(),
  // Requests per second a user (or an anonymous address) may sustain: a rep clicking j/k/Enter makes ~5; 20 leaves room.
  CLOSELOOP_RATE_LIMIT_PER_SECOND: z.coerce.number().min(0.1).default(20),
  // The burst on top: opening the app fires a handful of calls at once, a reload a few more.
  CLOSELOOP_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(60),
  // Behind a reverse proxy the client's address is in X-Forwarded-For; trusting it without a proxy lets anyone forge it.
  CLOSELOOP_TRUST_PROXY: flag.default(false),
  // Cookies marked Secure are never sent over plain HTTP; on by default when CLOSELOOP_PUBLIC_URL is https.
  CLOSELOOP_SECURE_COOKIES: flag.optional(),
  // How long SIGTERM waits for in-flight requests before closing what is left.
  CLOSELOOP_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  // How often an SSE stream polls the store for new observations; the store is the only channel, so it works across processes.
  CLOSELOOP_SSE_POLL_MS: z.coerce.number().int().min(50).default(500),
  // A Today view younger than this is served as is; 0 = no cache. Default: 2 s on PostgreSQL, where workers and the
  // CLI write too; 5 min on the embedded store, where only this process writes and each of its writes (a decision, a
  // run's progress, a message sent) drops the views it changes, so the limit is only a safety net.
  CLOSELOOP_TODAY_CACHE_MS: z.coerce.number().int().min(0).optional(),
  // An older view, up to this age, is served while a fresh one is built in the background; past it, readers wait.
  CLOSELOOP_TODAY_STALE_MS: z.coerce.number().int().min(0).default(60_000),
  // How long a resolved session or token is trusted before the store is asked again. Logout or revocation through
  // this server is immediate; one made by another process (the CLI on PostgreSQL) takes effect within this time.
  CLOSELOOP_AUTH_CACHE_MS: z.coerce.number().int().min(0).default(30_000),
});

export type ServerConfig = {
  port: number;
  host: string;
  publicUrl: string | undefined;
  rateLimit: { perSecond: number; burst: number };
  trustProxy: boolean;
  secureCookies: boolean;
  shutdownGraceMs: number;
  ssePollMs: number;
  todayCacheMs: number | undefined;
  todayStaleMs: number;
  authCacheMs: number;
};

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = ServerEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_input', `environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.CLOSELOOP_PUBLIC_URL,
    rateLimit: { perSecond: e.CLOSELOOP_RATE_LIMIT_PER_SECOND, burst: e.CLOSELOOP_RATE_LIMIT_BURST },
    trustProxy: e.CLOSELOOP_TRUST_PROXY,
    secureCookies: e.CLOSELOOP_SECURE_COOKIES ?? Boolean(e.CLOSELOOP_PUBLIC_URL?.startsWith('https:')),
    shutdownGraceMs: e.CLOSELOOP_SHUTDOWN_GRACE_MS,
    ssePollMs: e.CLOSELOOP_SSE_POLL_MS,
    todayCacheMs: e.CLOSELOOP_TODAY_CACHE_MS,
    todayStaleMs: e.CLOSELOOP_TODAY_STALE_MS,
    authCacheMs: e.CLOSELOOP_AUTH_CACHE_MS,
  };
}
