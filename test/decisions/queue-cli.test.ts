import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import { northwindWorkspace } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';
import { aDraft, anEmail, propose } from './queue-fixtures.ts';

/** The queue as a person uses it: the real binary, one command at a time, acting as a named user. */
// Each step starts the real binary (TypeScript loading, the embedded store opening): seconds each on a busy machine.
describe('closeloop queue, show, approve, reject, snooze, dispatch', { timeout: 120_000 }, () => {
  let home: string;
  let env: Record<string, string>;
  const ids: string[] = [];

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'closeloop-cli-queue-'));
    env = { CLOSELOOP_HOME: home, CLOSELOOP_USER: '', SMTP_URL: '' };
    expect((await runCli(['import', northwindWorkspace], env)).code).toBe(0);
    // A mission would propose these; the CLI has no command that drafts on its own.
    const store = await openStore({ engine: 'pglite', dataDir: path.join(home, 'pgdata') });
    try {
      ids.push((await propose(store.db)).id);
      ids.push(
        (
          await propose(store.db, {
            opportunityId: 'o-102',
            draft: aDraft(anEmail({ to: ['bill@initech.com'], threadId: 't-o-102' })),
          })
        ).id,
      );
      ids.push(
        (
          await propose(store.db, {
            opportunityId: 'o-103',
            draft: aDraft(anEmail({ to: ['alice@umbrellahealth.com'], threadId: undefined })),
          })
        ).id,
      );
    } finally {
      await store.close();
    }
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("prints a rep's queue as JSON with what a person needs to decide", async () => {
    const out = await runCli(['queue', '--json', '--as', 'dana@northwind.io'], env);
    expect(out.stderr).toBe('');
    const queue = JSON.parse(out.stdout) as Array<Record<string, unknown>>;
    expect(queue.map((q) => q.id).sort()).toEqual([...ids].sort());
    expect(queue.find((q) => q.id === ids[0])).toMatchObject({
      opportunityId: 'o-101',
      kind: 'send_email',
      state: 'pending',
      to: ['hank@globex.com'],
      subject: 'Re: Proposal',
      body: expect.stringContaining('three-year pricing'),
      citations: [{ ref: { type: 'document', id: 'doc-pricing' } }],
    });
    expect(JSON.parse((await runCli(['queue', '--json', '--as', 'raj@northwind.io'], env)).stdout)).toEqual(
      [],
    );
  });

  it('refuses to decide for nobody, or for someone else', async () => {
    const anonymous = await runCli(['approve', ids[0]!], env);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('say who is deciding');
    const other = await runCli(['approve', ids[0]!, '--as', 'raj@northwind.io'], env);
    expect(other).toMatchObject({ code: 2, stderr: `closeloop: no proposal ${ids[0]}\n` });
  });

  it('shows each checked claim with its source, then approves the email and writes it as an .eml on dispatch', async () => {
    const shown = await runCli(['show', ids[0]!, '--as', 'dana@northwind.io'], env);
    expect(shown.stdout).toContain('✓ "three-year pricing: 10% off list" — document doc-pricing');
    expect(shown.stdout).toMatch(/Hank Moss <hank@globex\.com>: \d of 2 emails this week/);
    const body = path.join(home, 'body.txt');
    writeFileSync(body, 'Hi Hank,\n\nThe revised proposal is attached.\n\nBest,\nDana\n');
    const approved = await runCli(
      ['approve', ids[0]!, '--body-file', body, '--as', 'dana@northwind.io'],
      env,
    );
    expect(approved.stdout).toContain(`Edited and approved ${ids[0]}.`);
    const dispatched = await runCli(['dispatch', '--json'], env);
    expect(JSON.parse(dispatched.stdout)).toMatchObject({ sent: 1, failed: 0 });
    const [file] = readdirSync(path.join(home, 'outbox'));
    expect(file).toBe(`cl-${ids[0]}@closeloop.local.eml`);
    expect(readFileSync(path.join(home, 'outbox', file!), 'utf8')).toContain(
      'The revised proposal is attached.',
    );
  });

  it('opens the draft in $EDITOR and approves what the person saved', async () => {
    const edited = await runCli(['approve', ids[1]!, '--edit', '--as', 'dana@northwind.io'], {
      ...env,
      EDITOR: `sed -i.bak -e 's/Hi Hank/Hi Bill/'`,
    });
    expect(edited.stderr).toBe('');
    const view = JSON.parse(
      (await runCli(['show', ids[1]!, '--json', '--as', 'sam@northwind.io'], env)).stdout,
    );
    expect(view.state).toBe('approved');
    expect(view.approved.email.body).toContain('Hi Bill');
    expect(view.decisions[0]).toMatchObject({ decision: 'edit_approve', actorId: 'u-dana' });
  });

  it('rejects with a reason code, and says which codes exist when given another', async () => {
    const bad = await runCli(['reject', ids[2]!, '--reason', 'meh', '--as', 'dana@northwind.io'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('reason: Invalid option: expected one of "wrong_timing"');
    const past = await runCli(['snooze', ids[2]!, '--until', '2020-01-01', '--as', 'dana@northwind.io'], env);
    expect(past.stderr).toContain('snooze until a time in the future');
    const ok = await runCli(
      ['reject', ids[2]!, '--reason', 'not_relevant', '--note', 'deal paused', '--as', 'dana@northwind.io'],
      env,
    );
    expect(ok.stdout).toBe(`Rejected ${ids[2]} (not_relevant).\n`);
  });
});
