/** `closeloop snooze <id> --until DATE`: keep a proposal but out of the queue until then. */
import type { Command } from 'commander';
import { snoozeProposal } from '../../services/decisions/snooze-proposal.ts';
import { actingUser } from '../acting-user.ts';
import { withRuntime } from '../with-runtime.ts';

export function register(program: Command): void {
  program
    .command('snooze')
    .description('hide a proposal from the queue until a date; it stays pending')
    .argument('<proposalId>', 'the proposal')
    .requiredOption('--until <date>', 'a date (2026-03-09) or date-time (2026-03-09T09:00:00-05:00)')
    .option('--note <text>', 'why, for later')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .action(
      async (proposalId: string, flags: { until: string; note?: string; as?: string; json?: boolean }) => {
        const result = await withRuntime(
          async ({ store, decisions }) =>
            snoozeProposal(
              store.db,
              await actingUser(store.db, flags.as),
              { proposalId, until: flags.until, note: flags.note },
              decisions,
            ),
          { jobs: false },
        );
        console.log(
          flags.json
            ? JSON.stringify(result)
            : `Snoozed ${result.proposalId} until ${result.snoozedUntil.toISOString()}; it comes back to the queue then.`,
        );
      },
    );
}
