/** `closeloop import <workspace.json>`: loads a workspace file into the store, all or nothing. */
import type { Command } from 'commander';
import { importWorkspaceFile } from '../../services/workspace/import-workspace.ts';
import { withStore } from '../with-store.ts';

export function register(program: Command): void {
  program
    .command('import')
    .description(
      'import a closeloop.workspace/v1 file (validated; all-or-nothing; re-importing updates by id)',
    )
    .argument('<workspace.json>', 'the workspace file')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ closeloop import ../shared/fixtures/examples/northwind.workspace.json',
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      const summary = await withStore((store) => importWorkspaceFile(store, file));
      if (opts.json) return console.log(JSON.stringify(summary));
      const parts = Object.entries(summary.counts)
        .filter(([, n]) => n > 0)
        .map(([list, n]) => `${n} ${list}`);
      console.log(
        `Imported ${summary.source} (${summary.seller}, as of ${summary.asOf}): ${parts.join(', ')} in ${(summary.ms / 1000).toFixed(1)} s.`,
      );
    });
}
