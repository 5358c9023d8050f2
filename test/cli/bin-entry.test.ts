import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { northwindWorkspace, projectRoot } from '../support/paths.ts';

const linked = (root: string, ...folders: string[]) => {
  for (const folder of folders) symlinkSync(path.join(projectRoot, folder), path.join(root, folder));
};
const node = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: undefined, ...env },
  });

describe('bin/closeloop.js', { timeout: 60_000 }, () => {
  it('runs the bundle while no source is newer than it, and the sources once one is', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'closeloop-bin-'));
    cpSync(path.join(projectRoot, 'bin'), path.join(root, 'bin'), { recursive: true });
    linked(root, 'node_modules', 'package.json');
    mkdirSync(path.join(root, 'src', 'cli'), { recursive: true });
    mkdirSync(path.join(root, 'dist'));
    const source = path.join(root, 'src', 'cli', 'main.ts');
    const bundle = path.join(root, 'dist', 'closeloop.js');
    writeFileSync(source, "const from: string = 'source';\nconsole.log(from);\n");
    writeFileSync(bundle, "console.log('bundle');\n");
    const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
    const entry = path.join(root, 'bin', 'closeloop.js');

    at(source, 1_000);
    at(bundle, 2_000);
    expect(node([entry]).trim()).toBe('bundle');

    at(source, 3_000);
    expect(node([entry]).trim()).toBe('source');
  });

  it('builds a bundle that finds the migrations from the project root and runs a command end to end', () => {
    // Built into a copy of the root's layout, so tests running the real binary never see a half-written bundle.
    const root = mkdtempSync(path.join(tmpdir(), 'closeloop-bundle-'));
    linked(root, 'node_modules', 'drizzle');
    const script: string = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts[
      'build:cli'
    ];
    const [command, ...args] = script.split(' ');
    const outfile = args.indexOf('--outfile=dist/closeloop.js');
    expect(command).toBe('esbuild');
    expect(outfile).toBeGreaterThan(-1);
    args[outfile] = `--outfile=${path.join(root, 'dist', 'closeloop.js')}`;
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'esbuild'), args, { cwd: projectRoot });

    const env = { CLOSELOOP_HOME: mkdtempSync(path.join(tmpdir(), 'closeloop-home-')) };
    const bundle = path.join(root, 'dist', 'closeloop.js');
    node([bundle, 'import', northwindWorkspace], env);
    const status = JSON.parse(node([bundle, 'status', '--json'], env));
    expect(status).toMatchObject({ engine: 'pglite', tables: { opportunities: 13 } });
  });
});
