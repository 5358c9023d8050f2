/** `closeloop status`: which engine, where, and what the store holds. */
import type { Command } from 'commander';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import { countRows } from '../../store/open-store.ts';
import { withStore } from '../with-store.ts';

export function register(program: Command): void {
  program
    .command('status')
    .description('show the store engine, its location and row counts per table')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const status = await withStore(async (store) => ({
        engine: store.engine,
        location: store.location,
        workspace: (await readWorkspaceHead(store.db)) ?? null,
        tables: await countRows(store.db),
      }));
      if (opts.json) return console.log(JSON.stringify(status, null, 2));
      console.log(`engine    ${status.engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'}`);
      console.log(`location  ${status.location}`);
      console.log(
        status.workspace
          ? `workspace ${status.workspace.seller.name}, as of ${status.workspace.asOf}`
          : 'workspace none yet (closeloop import <file> or closeloop demo --load)',
      );
      const width = Math.max(...Object.keys(status.tables).map((k) => k.length));
      for (const [table, n] of Object.entries(status.tables)) console.log(`  ${table.padEnd(width)}  ${n}`);
    });
}
