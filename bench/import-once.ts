/** One import, in its own process so its peak memory is its own: prints a JSON line with the figures. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importWorkspaceFile } from '../src/services/workspace/import-workspace.ts';
import { openStore } from '../src/store/open-store.ts';

const [engine, file, url] = process.argv.slice(2);
const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-bench-import-'));
const store =
  engine === 'postgres'
    ? await openStore({ engine: 'postgres', url: url! })
    : await openStore({ engine: 'pglite', dataDir: path.join(dir, 'pgdata') });
const summary = await importWorkspaceFile(store, file!);
await store.close();
rmSync(dir, { recursive: true, force: true });
const rows = Object.values(summary.counts).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    engine,
    ms: summary.ms,
    rows,
    counts: summary.counts,
    maxRssKb: process.resourceUsage().maxRSS,
  }),
);
