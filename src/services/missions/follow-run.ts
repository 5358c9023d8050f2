/** Follows a run from any sequence number: new observations and progress, until the run is over. */
import { type ObservationRow, type RunRow, readObservations, readRun } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';

export type RunProgress = Pick<
  RunRow,
  'id' | 'status' | 'deals' | 'reasoned' | 'unchanged' | 'failed' | 'proposals'
> & {
  done: number;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export const isFinished = (status: RunRow['status']): boolean =>
  status === 'done' || status === 'failed' || status === 'cancelled';

export function progressOf(run: RunRow): RunProgress {
  return {
    id: run.id,
    status: run.status,
    deals: run.deals,
    reasoned: run.reasoned,
    unchanged: run.unchanged,
    failed: run.failed,
    proposals: run.proposals,
    done: run.reasoned + run.unchanged + run.failed,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}

export type FollowOptions = {
  afterSeq?: number;
  pollMs?: number;
  signal?: AbortSignal;
  onObservation?: (o: ObservationRow) => void;
  onProgress?: (p: RunProgress) => void;
};

/** Polls the store, so it works across processes (a worker reasoning, a terminal or browser watching). */
export async function followRun(
  db: Db,
  runId: string,
  options: FollowOptions = {},
): Promise<RunProgress | undefined> {
  const PAGE = 500;
  let seq = options.afterSeq ?? 0;
  for (;;) {
    // Read the run before the page: once it shows finished, the page read after it holds the last observations.
    const run = await readRun(db, runId);
    if (!run) return undefined;
    const page = await readObservations(db, { runId, afterSeq: seq, limit: PAGE });
    for (const o of page) options.onObservation?.(o);
    if (page.length > 0) seq = page[page.length - 1]!.seq;
    const progress = progressOf(run);
    options.onProgress?.(progress);
    const caughtUp = page.length < PAGE;
    if ((caughtUp && isFinished(run.status)) || options.signal?.aborted) return progress;
    if (caughtUp) await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}
