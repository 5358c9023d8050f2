/** The app's in-memory caches, made once per app and shared by the middleware and routes that fill and clear them. */
import type { Engine } from '../store/open-store.ts';
import { ActorCache } from './actor-cache.ts';
import type { ServerConfig } from './server-config.ts';
import { TodayCache } from './today-cache.ts';

export type AppCaches = { today: TodayCache; actors: ActorCache };

/** See CLOSELOOP_TODAY_CACHE_MS: on the embedded store nothing but this process can change a view. */
const todayFreshMs = (config: Pick<ServerConfig, 'todayCacheMs'>, engine: Engine): number =>
  config.todayCacheMs ?? (engine === 'pglite' ? 300_000 : 2000);

export function createCaches(
  config: Pick<ServerConfig, 'todayCacheMs' | 'todayStaleMs' | 'authCacheMs'>,
  engine: Engine,
  now: () => number,
): AppCaches {
  const freshMs = todayFreshMs(config, engine);
  return {
    today: new TodayCache({ freshMs, staleMs: Math.max(freshMs, config.todayStaleMs), now }),
    actors: new ActorCache(config.authCacheMs, now),
  };
}
