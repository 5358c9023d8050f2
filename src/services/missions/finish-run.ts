/** Closes a run once no deal is left to do, and retires proposals on deals that closed meanwhile. */
import { countRemaining, moveRun, type RunRow } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import type { ProposalSink } from './mission-ports.ts';

export async function finishRunIfComplete(
  db: Db,
  runId: string,
  proposals?: ProposalSink,
): Promise<RunRow | undefined> {
  if ((await countRemaining(db, runId)) > 0) return undefined;
  return db.transaction(async (tx) => {
    // Many workers may get here at once: the compare-and-set lets exactly one finish the run.
    const finished = await moveRun(tx, runId, ['queued', 'running'], 'done', { finishedAt: new Date() });
    if (finished && proposals) await proposals.sweepClosed(tx, finished.repId ? [finished.repId] : null);
    return finished;
  });
}
