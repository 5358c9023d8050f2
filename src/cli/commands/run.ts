/** `closeloop run`: one mission over a rep's (or everyone's) open deals; `--follow` shows it live. */
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { actorByEmail } from '../../services/access/resolve-actor.ts';
import { followRun } from '../../services/missions/follow-run.ts';
import { completeRun, type RunSummary, startRun } from '../../services/missions/run-mission.ts';
import type { ObservationRow } from '../../store/mission-store.ts';
import { ProgressLine } from '../progress-line.ts';
import { withRuntime } from '../with-runtime.ts';

type RunFlags = { rep?: string; all?: boolean; asOf?: string; json?: boolean; follow?: boolean };

function observationLine(o: ObservationRow): string {
  const deal = o.opportunityId ? `${o.opportunityId} ` : '';
  return `  #${o.seq} ${deal}${o.kind.padEnd(10)} ${o.title}`;
}

export function register(program: Command): void {
  program
    .command('run')
    .description(
      'run the mission: triage each open deal, keep standing verdicts, propose next-best-actions to the queue',
    )
    .option('--rep <email>', "only this rep's deals")
    .option('--all', 'every open deal (the default)')
    .option('--as-of <iso>', "reason as of this instant (default: the workspace's asOf)")
    .option('--follow', 'print observations live with a progress bar')
    .option('--json', 'print { runId, deals, reasoned, unchanged, failed, proposals } when the run ends')
    .addHelpText(
      'after',
      '\nExamples:\n  $ closeloop run --rep dana@northwind.io --follow\n  $ closeloop run --all --json',
    )
    .action(async (flags: RunFlags) => {
      if (flags.rep && flags.all) throw new UserError('invalid_input', 'use either --rep or --all, not both');
      const summary = await withRuntime(async (runtime) => {
        const db = runtime.store.db;
        const repId = flags.rep ? (await actorByEmail(db, flags.rep)).userId : null;
        const run = await startRun(
          runtime.store,
          { repId, trigger: 'manual', ...(flags.asOf ? { asOf: flags.asOf } : {}) },
          runtime.mission,
        );
        const progress = flags.follow ? new ProgressLine() : undefined;
        const follower = flags.follow
          ? followRun(db, run.id, {
              onObservation: (o) => progress?.log(observationLine(o)),
              onProgress: (p) => progress?.update(p),
              pollMs: 200,
            })
          : undefined;
        const result = await completeRun(runtime.store, run, runtime.mission, { boss: runtime.boss });
        await follower;
        progress?.done();
        return result;
      });
      if (flags.json) {
        const { status: _status, ...shape } = summary;
        console.log(JSON.stringify(shape));
        return;
      }
      printSummary(summary);
    });
}

function printSummary(s: RunSummary): void {
  console.log(
    `Run ${s.runId} ${s.status}: ${s.deals} deals, ${s.reasoned} reasoned, ${s.unchanged} unchanged, ${s.failed} failed, ${s.proposals} new proposals.`,
  );
  if (s.proposals > 0)
    console.log('See them with `closeloop queue --as <email>` or in the web app (`closeloop serve`).');
}
