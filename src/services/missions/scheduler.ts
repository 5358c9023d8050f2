/** Creates each rep's morning run when it is due; safe to call from every worker every minute. */
import { eq } from 'drizzle-orm';
import { dueMorningRuns } from '../../domain/schedule/morning-runs.ts';
import type { RunRow } from '../../store/mission-store.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { createRun } from './create-run.ts';
import type { MissionDeps } from './process-batch.ts';

export async function triggerDueRuns(db: Db, deps: MissionDeps, now: Date, asOf?: string): Promise<RunRow[]> {
  const reps = await db
    .select({ id: t.users.id, timezone: t.users.timezone })
    .from(t.users)
    .where(eq(t.users.role, 'rep'));
  const due = dueMorningRuns(
    now,
    reps.map((r) => ({ id: r.id, timezone: r.timezone ?? undefined })),
    deps.config.morningRunAt,
  );
  const created: RunRow[] = [];
  for (const d of due) {
    const result = await createRun(
      db,
      { repId: d.repId, trigger: 'schedule', dedupeKey: d.dedupeKey, ...(asOf ? { asOf } : {}) },
      { reasoner: deps.reasoner.name, deadlineMs: deps.config.runDeadlineMs },
    );
    if (result.created) created.push(result.run);
  }
  return created;
}
