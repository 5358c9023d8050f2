/** The benchmarks' shared world: 250 reps × 400 deals from the demo generator, written once and reused. */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDemoWorld } from '../src/demo/index.ts';

export const BENCH_REPS = Number(process.env.BENCH_REPS ?? 250);
export const BENCH_OPPS_PER_REP = Number(process.env.BENCH_OPPS_PER_REP ?? 400);

/** Path of the benchmark workspace file, generated on first use (seeded, so every run measures the same world). */
export function benchWorkspace(): { file: string; dir: string } {
  const dir = path.join(tmpdir(), `closeloop-bench-${BENCH_REPS}x${BENCH_OPPS_PER_REP}`);
  const file = path.join(dir, 'workspace.json');
  if (!existsSync(file)) {
    console.error(`generating the ${BENCH_REPS} × ${BENCH_OPPS_PER_REP} demo world in ${dir} …`);
    writeDemoWorld(
      { reps: BENCH_REPS, oppsPerRep: BENCH_OPPS_PER_REP, seed: 7, asOf: '2026-03-02T14:00:00Z' },
      dir,
    );
  }
  return { file, dir };
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

export function rate(n: number, ms: number): string {
  return `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s`;
}
