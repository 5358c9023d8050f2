/** Writes a generated demo world to a temp file, for tests that need thousands of deals. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoWorld } from '../../src/demo/index.ts';

export function writeDemoWorkspace(
  reps: number,
  oppsPerRep: number,
  seed = 11,
): { file: string; openDeals: number } {
  const world = generateDemoWorld({ reps, oppsPerRep, seed, asOf: '2026-03-02T14:00:00Z' });
  const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-demo-'));
  const file = path.join(dir, 'workspace.json');
  writeFileSync(file, JSON.stringify(world.workspace));
  return { file, openDeals: world.labels.labels.length };
}
