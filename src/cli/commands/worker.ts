/** `closeloop worker`: runs scheduled and unfinished missions and the outbox; on PostgreSQL, many can share the work. */
import type { Command } from 'commander';
import { runWorker } from '../../services/missions/worker-loop.ts';
import { withRuntime } from '../with-runtime.ts';

type Flags = { drain?: boolean; schedule: boolean; dispatch: boolean; clock: 'system' | 'workspace' };

export function register(program: Command): void {
  program
    .command('worker')
    .description('work on missions (scheduled, queued, interrupted) and send approved actions, until stopped')
    .option('--drain', 'exit once no run is left unfinished')
    .option('--no-schedule', "don't create the reps' scheduled morning runs")
    .option('--no-dispatch', "don't execute approved proposals")
    .option(
      '--clock <clock>',
      "scheduled runs reason as of the wall clock ('system') or the workspace's asOf",
      process.env.CLOSELOOP_CLOCK ?? 'workspace',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ closeloop worker                  # keep going (Ctrl-C stops gracefully)\n  $ closeloop worker --drain          # finish interrupted runs, then exit',
    )
    .action(async (flags: Flags) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await withRuntime((runtime) =>
        runWorker(runtime, {
          signal: controller.signal,
          drain: flags.drain ?? false,
          schedule: flags.schedule,
          dispatch: flags.dispatch,
          clock: flags.clock === 'system' ? 'system' : 'workspace',
        }),
      );
      // A drained worker is a one-shot job (cron, CI): once the store is closed, nothing it started may keep it
      // running, whatever handle a library left behind.
      if (flags.drain) process.exit(process.exitCode ?? 0);
    });
}
