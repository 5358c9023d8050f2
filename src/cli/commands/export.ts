/** `closeloop export [file]`: writes the store back out as a workspace file. */
import type { Command } from 'commander';
import { exportWorkspace, exportWorkspaceFile } from '../../services/workspace/export-workspace.ts';
import { withStore } from '../with-store.ts';

export function register(program: Command): void {
  program
    .command('export')
    .description('write the store as a closeloop.workspace/v1 file (to stdout without a file)')
    .argument('[file]', 'where to write')
    .addHelpText('after', '\nExample:\n  $ closeloop export /tmp/backup.workspace.json')
    .action(async (file: string | undefined) => {
      if (!file) {
        await withStore((store) => exportWorkspace(store, process.stdout));
        return;
      }
      const counts = await withStore((store) => exportWorkspaceFile(store, file));
      console.error(
        `Wrote ${file}: ${Object.entries(counts)
          .map(([l, n]) => `${n} ${l}`)
          .join(', ')}.`,
      );
    });
}
