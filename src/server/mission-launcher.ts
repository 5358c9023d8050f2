/** "Run now" inside the server: a run is created (or joined) and worked in the background while people follow it. */
import type PgBoss from 'pg-boss';
import type { MissionDeps } from '../services/missions/process-batch.ts';
import { completeRun, startRun } from '../services/missions/run-mission.ts';
import { type RunRow, readRun, unfinishedRuns } from '../store/mission-store.ts';
import type { Store } from '../store/open-store.ts';
import { logger } from '../telemetry/logger.ts';
import type { MissionLauncher } from './app-deps.ts';

/** Told each time a run moves on; `repId` null means a run over everyone. */
export type RunListener = (run: { id: string; repId: string | null }) => void;

export type BackgroundMissions = MissionLauncher & {
  /** Picks up runs left unfinished by a stop or a crash: their remaining deals are worked, the done ones kept. */
  resumeUnfinished(): Promise<number>;
  onProgress(listener: RunListener): void;
};

// How often a working run's counters are read to tell listeners it moved on: about one batch's time.
const WATCH_MS = 500;

export function backgroundMissions(
  store: Store,
  deps: MissionDeps,
  options: { boss?: PgBoss | undefined } = {},
): BackgroundMissions {
  const stopping = new AbortController();
  const working = new Map<string, Promise<void>>();
  const listeners: RunListener[] = [];
  const tell = (run: { id: string; repId: string | null }) => {
    for (const listener of listeners) listener(run);
  };

  /** Reads the run's counters until it is over, telling listeners whenever a batch has landed. */
  const watch = async (run: RunRow, finished: Promise<void>) => {
    let done = -1;
    let over = false;
    void finished.finally(() => {
      over = true;
    });
    while (!over && !stopping.signal.aborted) {
      const now = await readRun(store.db, run.id).catch(() => undefined);
      const count = now ? now.reasoned + now.unchanged + now.failed : done;
      if (count !== done) {
        done = count;
        tell(run);
      }
      await new Promise((r) => setTimeout(r, WATCH_MS));
    }
    tell(run);
  };

  const work = (run: Awaited<ReturnType<typeof startRun>>): void => {
    if (working.has(run.id) || stopping.signal.aborted) return;
    const done = completeRun(store, run, deps, { signal: stopping.signal, boss: options.boss })
      .then((summary) => logger.info(summary, 'run finished'))
      .catch((error: unknown) => logger.error({ err: error, runId: run.id }, 'run failed'))
      .finally(() => working.delete(run.id));
    working.set(run.id, done);
    void watch(run, done);
  };

  return {
    async launch(request) {
      const run = await startRun(
        store,
        { repId: request.repId, trigger: 'api', requestedBy: request.requestedBy },
        deps,
      );
      work(run);
      return run;
    },
    async resumeUnfinished() {
      const runs = await unfinishedRuns(store.db);
      for (const run of runs) work(run);
      return runs.length;
    },
    onProgress(listener) {
      listeners.push(listener);
    },
    async stop() {
      stopping.abort();
      await Promise.allSettled(working.values());
    },
  };
}
