import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { northwindWorkspace } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';

const DANA = ['--as', 'dana@northwind.io'];

/** The copilot as a rep uses it from a terminal: the real binary, one command at a time. */
describe('closeloop ask, eval-router and kpis', { timeout: 180_000 }, () => {
  let home: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'closeloop-cli-copilot-'));
    env = { CLOSELOOP_HOME: home, CLOSELOOP_USER: '', CLOSELOOP_LLM: '', CLOSELOOP_AUTO_APPROVE: '' };
    expect((await runCli(['import', northwindWorkspace], env)).code).toBe(0);
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('logs a call as a proposal whose commitment the next triage sees once approved', async () => {
    const asked = await runCli(
      ['ask', 'log call with Hank at Globex: he wants the 3-year numbers by Thursday', ...DANA, '--json'],
      env,
    );
    expect(asked.code, asked.stderr).toBe(0);
    const answer = JSON.parse(asked.stdout) as { proposal: { id: string; kind: string; state: string } };
    expect(answer.proposal).toMatchObject({ kind: 'log_activity', state: 'pending' });

    const before = JSON.parse((await runCli(['explain', 'o-101', ...DANA, '--json'], env)).stdout) as {
      signals: Array<{ kind: string; dueOn?: string }>;
    };
    expect(before.signals.some((s) => s.kind === 'commitment' && s.dueOn === '2026-03-05')).toBe(false);

    const approved = await runCli(['approve', answer.proposal.id, ...DANA], env);
    expect(approved.code, approved.stderr).toBe(0);
    const after = JSON.parse((await runCli(['explain', 'o-101', ...DANA, '--json'], env)).stdout) as {
      signals: Array<{ kind: string; party?: string; what?: string; dueOn?: string }>;
    };
    expect(after.signals).toContainEqual(
      expect.objectContaining({
        kind: 'commitment',
        party: 'us',
        what: 'send the 3-year numbers',
        dueOn: '2026-03-05',
      }),
    );
  });

  it('prints the answer as Markdown with the steps on stderr', async () => {
    const out = await runCli(['ask', "what's going on with Globex?", ...DANA], env);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^## Globex \(Manufacturing\)/);
    expect(out.stderr).toContain('· crm_get_account: Globex: 1 contact, 1 open deal');
  });

  it('prints the router’s accuracy on the labelled requests', async () => {
    const out = await runCli(['eval-router'], env);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Router accuracy: \d+\/\d+ = \d+\.\d%/);
  });

  it('prints KPIs as JSON', async () => {
    const out = await runCli(['kpis', ...DANA, '--json', '--since', '2000-01-01'], env);
    expect(out.code, out.stderr).toBe(0);
    const kpis = JSON.parse(out.stdout) as { timeSaved: { label: string }; tasks: unknown[] };
    expect(kpis.timeSaved.label).toBe('estimate');
    expect(kpis.tasks.length).toBeGreaterThan(0);
  });

  it('refuses an empty request in one line', async () => {
    const out = await runCli(['ask', '   ', ...DANA], env);
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe('closeloop: say what you need');
  });
});
