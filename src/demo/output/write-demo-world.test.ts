import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labelsSchemaErrors, workspaceSchemaErrors } from '../../../test/support/shared-schemas.ts';
import { LabelsV1 } from '../../domain/labels/labels-schema.ts';
import { WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';
import { generateDemoWorld } from '../generate-demo-world.ts';
import { labelsText, workspaceText } from './json-text.ts';
import { writeDemoWorld } from './write-demo-world.ts';

const root = mkdtempSync(path.join(tmpdir(), 'closeloop-demo-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const projectRoot = new URL('../../../', import.meta.url).pathname;

describe('closeloop demo --out', () => {
  it('writes files that validate against the shared schemas and parse with the zod schemas', () => {
    const out = path.join(root, 'cli');
    const printed = execFileSync(
      process.execPath,
      ['bin/closeloop.js', 'demo', '--reps', '4', '--opps-per-rep', '30', '--seed', '7', '--out', out],
      {
        cwd: projectRoot,
        encoding: 'utf8',
      },
    );
    expect(printed).toContain(path.join(out, 'workspace.json'));
    expect(printed).toMatch(/120 opportunities/);
    const workspace: unknown = JSON.parse(readFileSync(path.join(out, 'workspace.json'), 'utf8'));
    const labels: unknown = JSON.parse(readFileSync(path.join(out, 'labels.json'), 'utf8'));
    expect(workspaceSchemaErrors(workspace)).toEqual([]);
    expect(labelsSchemaErrors(labels)).toEqual([]);
    expect(WorkspaceV1.safeParse(workspace).success).toBe(true);
    expect(LabelsV1.safeParse(labels).success).toBe(true);
  });

  it('rejects a bad option with one clear line and a non-zero exit', () => {
    const run = (): string =>
      execFileSync(
        process.execPath,
        ['bin/closeloop.js', 'demo', '--reps', 'many', '--out', path.join(root, 'bad')],
        {
          cwd: projectRoot,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    expect(run).toThrow(/--reps expects a whole number/);
  });
});

describe('writeDemoWorld', () => {
  it('streams exactly the bytes of the in-memory world, and leaves no part files behind', () => {
    const out = path.join(root, 'stream');
    const summary = writeDemoWorld({ reps: 3, oppsPerRep: 25, seed: 5 }, out);
    const world = generateDemoWorld({ reps: 3, oppsPerRep: 25, seed: 5 });
    expect(readFileSync(summary.workspacePath, 'utf8')).toBe(workspaceText(world.workspace));
    expect(readFileSync(summary.labelsPath, 'utf8')).toBe(labelsText(world.labels));
    expect(readdirSync(out).sort()).toEqual(['labels.json', 'workspace.json']);
    expect(summary.counts.opportunities).toBe(75);
    expect(summary.counts.labels).toBe(world.labels.labels.length);
    expect(summary.bytes.workspace).toBe(Buffer.byteLength(workspaceText(world.workspace)));
  });
});
