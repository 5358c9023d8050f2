/** `npm run bench:import`: rows per second and peak memory importing 250 reps × 400 deals into PGlite and PostgreSQL. */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freshDatabase } from '../test/support/fresh-postgres.ts';
import { benchWorkspace, mb, rate } from './bench-world.ts';

const { file } = benchWorkspace();
console.log(`workspace: ${file} (${mb(statSync(file).size)})`);
const once = fileURLToPath(new URL('./import-once.ts', import.meta.url));

function measure(engine: string, url = ''): void {
  const out = execFileSync(process.execPath, ['--import', 'tsx', once, engine, file, url], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as {
    ms: number;
    rows: number;
    counts: Record<string, number>;
    maxRssKb: number;
  };
  console.log(
    `${engine.padEnd(10)} ${r.rows.toLocaleString('en-US')} rows (${r.counts.opportunities} opportunities, ${r.counts.activities} activities) in ${(r.ms / 1000).toFixed(1)} s = ${rate(r.rows, r.ms)} rows, peak RSS ${mb(r.maxRssKb * 1024)}`,
  );
}

measure('pglite');
if (process.env.BENCH_SKIP_PG !== '1') {
  const db = await freshDatabase();
  try {
    measure('postgres', db.url);
  } finally {
    await db.drop();
  }
}
