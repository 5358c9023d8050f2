/** `closeloop ask "<request>"`: the copilot from the terminal; the trace streams to stderr, the answer to stdout. */
import type { Command } from 'commander';
import type { CopilotAnswer } from '../../domain/copilot/copilot-schema.ts';
import { askCopilot } from '../../services/copilot/ask-copilot.ts';
import { copilotDepsFromEnv } from '../../services/copilot/copilot-from-env.ts';
import { actingUser } from '../acting-user.ts';
import { withStore } from '../with-store.ts';

type Flags = { as?: string; json?: boolean; asOf?: string; quiet?: boolean };

/** How to decide, from this terminal, what the answer put in the decision queue; the answer itself names no surface. */
export function queueHint(proposal: CopilotAnswer['proposal']): string | undefined {
  if (proposal?.state !== 'pending') return undefined;
  const id = proposal.id;
  return `Review it with \`closeloop show ${id}\`, then \`closeloop approve ${id}\` or \`closeloop reject ${id}\`.`;
}

const EXIT: Record<CopilotAnswer['status'], number> = {
  answered: 0,
  proposed: 0,
  clarify: 0,
  unknown: 0,
  // Nothing was done, for a reason the rep can fix (name the deal): like any other bad input.
  failed: 2,
  stopped: 1,
};

export function register(program: Command): void {
  program
    .command('ask')
    .description(
      'ask the copilot in your own words: research an account, prep a meeting, log a call, draft an email, next steps, product questions',
    )
    .argument('<request...>', 'what you need, e.g. "prep me for the Globex call"')
    .option('--as <email>', 'ask as this user (sees only what they may see)')
    .option('--as-of <iso>', "reason as of this instant (default: the workspace's asOf)")
    .option('--json', 'print the answer as JSON')
    .option('--quiet', 'do not print the steps as they happen')
    .addHelpText(
      'after',
      `
Examples:
  $ closeloop ask "what's going on with Globex?" --as dana@northwind.io
  $ closeloop ask "log call with Hank at Globex: he wants the 3-year numbers by Thursday" --as dana@northwind.io
  $ closeloop ask "does Enterprise support Okta?" --json

Anything outbound or any change to the CRM goes to the decision queue: review it with closeloop queue.`,
    )
    .action(async (words: string[], flags: Flags) => {
      const answer = await withStore(async (store) => {
        const actor = await actingUser(store.db, flags.as);
        const stream = askCopilot(
          store.db,
          actor,
          { text: words.join(' '), stream: true, ...(flags.asOf ? { asOf: flags.asOf } : {}) },
          copilotDepsFromEnv(store.db),
        );
        let next = await stream.next();
        while (!next.done) {
          const event = next.value;
          if (event.type === 'observation' && !flags.quiet && !flags.json)
            process.stderr.write(`· ${event.observation.title}\n`);
          next = await stream.next();
        }
        return next.value;
      });
      if (flags.json) console.log(JSON.stringify(answer, null, 2));
      else {
        console.log(answer.markdown);
        const hint = queueHint(answer.proposal);
        if (hint) console.log(`\n${hint}`);
        console.log(
          `\n(${answer.status}${answer.cached ? ', from the cache' : ''}; ${answer.steps} tool call${answer.steps === 1 ? '' : 's'}, ${answer.latencyMs} ms; request ${answer.requestId})`,
        );
      }
      process.exitCode = EXIT[answer.status];
    });
}
