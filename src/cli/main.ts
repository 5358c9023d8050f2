/** The `closeloop` command line: builds the program from one file per command and maps errors to one line. */
import { Command } from 'commander';
import { reportCliError } from './cli-errors.ts';
import { commands } from './commands/index.ts';

const program = new Command()
  .name('closeloop')
  .description('Sales copilot: triage open deals, draft grounded follow-ups, act only on approval.')
  .option('--debug', 'print stack traces on errors')
  .showHelpAfterError('(run closeloop --help for usage)')
  .addHelpText(
    'after',
    `
Examples:
  $ closeloop demo --load                      generate a demo world and import it
  $ closeloop import ../shared/fixtures/examples/northwind.workspace.json
  $ closeloop status                           what the store holds
  $ closeloop triage --rep dana@northwind.io   the rep's ranked deals with the why
  $ closeloop eval --workspace W.json --labels L.json --json`,
  );

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Whatever the command opened is closed by now: a handle a library left behind must not keep a failed command
  // (a worker whose store went away, say) running.
  process.exit(reportCliError(error, Boolean(program.opts().debug)));
}
