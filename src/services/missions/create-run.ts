/** Creates a run over a rep's (or everyone's) open deals, with one pending step per deal, in one transaction. */
import { randomBytes } from 'node:crypto';
import { UserError } from '../../domain/errors.ts';
import { listOpenDeals, readWorldHead } from '../../store/deal-contexts.ts';
import { insertRun, insertRunDeals, type RunRow } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';

export type RunRequest = {
  /** The rep whose book to run; null runs every open deal. */
  repId: string | null;
  trigger: RunRow['trigger'];
  requestedBy?: string;
  /** The instant to reason as of; the workspace's own `asOf` by default. */
  asOf?: string;
  /**
   * Two requests with the same key share one run: the scheduler uses `schedule:<rep>:<local date>`; on-demand runs
   * default to a `live:` key that is released when the run finishes.
   */
  dedupeKey?: string;
};

/** Sortable, unique ids: the time first, so listings by id read in order. */
export const newRunId = (now = Date.now()): string =>
  `run_${now.toString(36)}${randomBytes(5).toString('hex')}`;

export async function createRun(
  db: Db,
  request: RunRequest,
  options: { reasoner: string; deadlineMs: number; now?: () => number },
): Promise<{ run: RunRow; created: boolean }> {
  const head = await readWorldHead(db);
  if (!head)
    throw new UserError(
      'not_found',
      'the store holds no workspace yet: run `closeloop import <file>` or `closeloop demo --load` first',
    );
  const asOf = request.asOf ?? head.asOf;
  if (Number.isNaN(Date.parse(asOf)))
    throw new UserError('invalid_input', `--as-of: "${asOf}" is not an ISO 8601 instant`);
  const now = options.now?.() ?? Date.now();
  return db.transaction(async (tx) => {
    const result = await insertRun(tx, {
      id: newRunId(now),
      repId: request.repId,
      trigger: request.trigger,
      requestedBy: request.requestedBy ?? null,
      asOf,
      // A second on-demand trigger for the same scope and instant while one is in progress joins it.
      dedupeKey: request.dedupeKey ?? `live:${request.repId ?? 'all'}:${asOf}`,
      reasoner: options.reasoner,
      deadlineAt: new Date(now + options.deadlineMs),
    });
    if (!result.created) return result;
    const deals = await listOpenDeals(tx, head.pipeline, request.repId ? { ownerIds: [request.repId] } : {});
    await insertRunDeals(tx, result.run.id, deals);
    return { run: { ...result.run, deals: deals.length }, created: true };
  });
}
