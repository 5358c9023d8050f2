import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { northwindWorkspace, projectRoot } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';
import { loadNorthwind, writeTempJson } from '../support/workspace-files.ts';

const freshHome = () => mkdtempSync(path.join(tmpdir(), 'closeloop-home-'));

// Each case starts several CLI processes; under a loaded CI machine one start alone can take seconds.
describe('closeloop CLI foundation', { timeout: 120_000 }, () => {
  it('lists its commands with examples', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/import/);
    expect(stdout).toMatch(/Examples:/);
  });

  it('imports the example, reports 13 opportunities, and refuses a broken copy without changing the store', async () => {
    const home = freshHome();
    const env = { CLOSELOOP_HOME: home };
    const ok = await runCli(['import', northwindWorkspace, '--json'], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).counts.opportunities).toBe(13);

    const bad = loadNorthwind();
    bad.activities[4]!.opportunityId = 'o-missing';
    bad.opportunities[1]!.amount = 1;
    const refused = await runCli(['import', writeTempJson('bad.json', bad)], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/activities "act-5": opportunityId "o-missing"/);
    expect(refused.stderr).not.toMatch(/at .*\.ts:\d+/);

    const status = await runCli(['status', '--json'], env);
    const parsed = JSON.parse(status.stdout);
    expect(parsed.engine).toBe('pglite');
    expect(parsed.tables.opportunities).toBe(13);
    const exported = await runCli(['export'], env);
    expect(
      JSON.parse(exported.stdout).opportunities.find((o: { id: string }) => o.id === 'o-102').amount,
    ).toBe(42000);
  });

  it('shows a stack trace only with --debug', async () => {
    const plain = await runCli(['import', '/nonexistent/file.json']);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    const debug = await runCli(['--debug', 'import', '/nonexistent/file.json']);
    expect(debug.stderr).toMatch(/UserError/);
  });

  it('says which process holds the embedded store when a second one tries to open it', async () => {
    const home = freshHome();
    const env = { CLOSELOOP_HOME: home };
    await runCli(['import', northwindWorkspace], env);
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'test/support/hold-store.ts')],
      {
        cwd: projectRoot,
        env: { ...process.env, ...env, DATABASE_URL: undefined },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      const second = await runCli(['status'], { ...env, CLOSELOOP_LOCK_WAIT_MS: '300' });
      expect(second.code).toBe(2);
      expect(second.stderr).toContain(`in use by process ${holder.pid}`);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((r) => holder.once('close', r));
    // The holder died without releasing: the next process takes over its stale lock.
    const after = await runCli(['status', '--json'], env);
    expect(after.code, after.stderr).toBe(0);
  });
});
