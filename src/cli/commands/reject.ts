/** `closeloop reject <id> --reason CODE`: turn a proposal down, with a reason coaching and the writer learn from. */
import type { Command } from 'commander';
import { rejectProposal, rejectReasons } from '../../services/decisions/reject-proposal.ts';
import { actingUser } from '../acting-user.ts';
import { withRuntime } from '../with-runtime.ts';

export function register(program: Command): void {
  program
    .command('reject')
    .description('reject a proposal with a reason')
    .argument('<proposalId>', 'the proposal')
    .requiredOption('--reason <code>', `why: ${rejectReasons.join(', ')}`)
    .option('--note <text>', 'in your words (required with --reason other)')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .action(
      async (proposalId: string, flags: { reason: string; note?: string; as?: string; json?: boolean }) => {
        const result = await withRuntime(
          async ({ store, decisions }) =>
            rejectProposal(
              store.db,
              await actingUser(store.db, flags.as),
              { proposalId, reason: flags.reason as (typeof rejectReasons)[number], note: flags.note },
              decisions,
            ),
          { jobs: false },
        );
        console.log(flags.json ? JSON.stringify(result) : `Rejected ${result.proposalId} (${flags.reason}).`);
      },
    );
}
