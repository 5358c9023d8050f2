/** `closeloop worker`: runs scheduled and unfinished missions and the outbox; on PostgreSQL, many can share the work. */
import type { Command } from 'commander';
import { runWorker } from '../../services/missions/worker-loop.ts';
import { logger } from '../../telemetry/logger.ts';
import { withRuntime } from '../with-runtime.ts';

const DRAIN_SHUTDOWN_MS = 30_000;

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
      await withRuntime(async (runtime) => {
        await runWorker(runtime, {
          signal: controller.signal,
          drain: flags.drain ?? false,
          schedule: flags.schedule,
          dispatch: flags.dispatch,
          clock: flags.clock === 'system' ? 'system' : 'workspace',
        });
        // A drained worker is a one-shot job (cron, CI): its work is recorded, so a shutdown that stalls (a
        // connection that never ends, a handle a library left behind) must not keep it running.
        if (flags.drain) {
          logger.info('no run left unfinished; shutting down');
          setTimeout(() => {
            logger.warn({ afterMs: DRAIN_SHUTDOWN_MS }, 'shutdown stalled; exiting');
            process.exit(process.exitCode ?? 0);
          }, DRAIN_SHUTDOWN_MS);
        }
      });
      if (flags.drain) process.exit(process.exitCode ?? 0);
    });
}
