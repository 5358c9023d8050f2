import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../domain/errors.ts';
import { EvalReport } from '../../domain/eval/eval-report.ts';
import { examplesDir } from '../../testing/examples.ts';
import { aLabelsFile, aWorkspace } from '../../testing/factories.ts';
import { register } from './eval.ts';

const workspace = `${examplesDir}northwind.workspace.json`;
const labels = `${examplesDir}northwind.labels.json`;

async function run(...args: string[]): Promise<string> {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(['node', 'closeloop', 'eval', ...args]);
  return out.join('\n');
}

function tempFile(name: string, content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'closeloop-eval-')), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

afterEach(() => vi.restoreAllMocks());

describe('closeloop eval', () => {
  it('prints exactly one JSON object in the documented shape with --json', async () => {
    const out = await run('--workspace', workspace, '--labels', labels, '--json');
    const report = EvalReport.parse(JSON.parse(out));
    expect(report.deals).toBe(12);
    expect(report.engine.verdictAccuracy).toBe(1);
    expect(Object.keys(report)).toEqual(['deals', 'engine', 'baseline', 'misses']);
  });

  it('prints a readable table with the baseline beside the engine', async () => {
    const out = await run('--workspace', workspace, '--labels', labels);
    expect(out).toMatch(/verdict accuracy\s+1\.00\s+0\.\d\d/);
    expect(out).toContain('No misses.');
  });

  it('names the JSON path of the first bad field', async () => {
    const ws = aWorkspace();
    const bad = {
      ...ws,
      activities: [{ id: 'x', type: 'email', accountId: 'a-globex', occurredAt: 'yesterday' }],
    };
    const file = tempFile('bad.workspace.json', bad);
    await expect(run('--workspace', file, '--labels', labels)).rejects.toThrow(
      /bad\.workspace\.json: \$\.activities\[0\]\.occurredAt: /,
    );
    await expect(run('--workspace', file, '--labels', labels)).rejects.toBeInstanceOf(UserError);
  });

  it('rejects a labels file with an unknown verdict', async () => {
    const file = tempFile('bad.labels.json', {
      ...aLabelsFile([]),
      labels: [{ opportunityId: 'o-1', verdict: 'maybe' }],
    });
    await expect(run('--workspace', workspace, '--labels', file)).rejects.toThrow(/\$\.labels\[0\]\.verdict/);
  });

  it('says so when a file is not JSON or not there', async () => {
    await expect(run('--workspace', tempFile('x.json', '{nope'), '--labels', labels)).rejects.toThrow(
      /x\.json: not valid JSON/,
    );
    await expect(run('--workspace', '/nonexistent/w.json', '--labels', labels)).rejects.toThrow(
      /cannot read the workspace file/,
    );
  });
});
