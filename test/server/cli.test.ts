import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { northwindWorkspace } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';
import { runLong, stopAll } from './support/long-running-cli.ts';

// Each command is a fresh process that opens the embedded store: seconds each on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const homes: string[] = [];
const freshHome = () => {
  const home = mkdtempSync(path.join(tmpdir(), 'closeloop-cli-'));
  homes.push(home);
  // The cheapest scrypt cost keeps these tests quick; the cost is a setting, checked elsewhere.
  return { CLOSELOOP_HOME: home, CLOSELOOP_SCRYPT_LOG_N: '10', PORT: '0' };
};
afterAll(() => {
  stopAll();
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

async function login(url: string, email: string, password: string): Promise<Response> {
  return fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  });
}

describe('closeloop user', () => {
  const env = freshHome();

  it('gives a CRM user a login, shown once, and creates an administrator only when asked', async () => {
    expect((await runCli(['import', northwindWorkspace], env)).code).toBe(0);
    const added = await runCli(['user', 'add', 'dana@northwind.io', '--json'], env);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      email: 'dana@northwind.io',
      role: 'rep',
      created: false,
      password: expect.stringMatching(/^\S{14}$/),
    });
    const unknown = await runCli(['user', 'add', 'ops@northwind.io'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--admin/);
    const admin = await runCli(['user', 'add', 'ops@northwind.io', '--admin', '--name', 'Ops'], env);
    expect(admin.stdout).toMatch(/Created Ops <ops@northwind.io> \(admin\)/);
  });

  it('sets a password from stdin without echoing it, and lists who can log in', async () => {
    const set = await runCli(
      ['user', 'passwd', 'raj@northwind.io', '--password-stdin'],
      env,
      'a password for raj\n',
    );
    expect(set.code).toBe(0);
    expect(set.stdout).not.toContain('a password for raj');
    const list = await runCli(['user', 'list', '--json'], env);
    const users = JSON.parse(list.stdout) as Array<{ email: string; hasPassword: boolean }>;
    expect(users.find((u) => u.email === 'raj@northwind.io')?.hasPassword).toBe(true);
    expect(users.find((u) => u.email === 'sam@northwind.io')?.hasPassword).toBe(false);
  });

  it('creates a personal API token once, lists it without the secret, and revokes it', async () => {
    const made = await runCli(['user', 'token', 'raj@northwind.io', '--name', 'claude desktop'], env);
    const token = made.stdout.match(/Shown once: (clt_\S+)/)?.[1];
    const id = made.stdout.match(/Token (tok_\w+)/)?.[1];
    expect(token && id).toBeTruthy();
    const list = await runCli(['user', 'token', 'raj@northwind.io', '--list'], env);
    expect(list.stdout).toContain('claude desktop');
    expect(list.stdout).not.toContain(token!);
    expect((await runCli(['user', 'token', 'raj@northwind.io', '--revoke', id!], env)).stdout).toContain(
      `Revoked ${id}`,
    );
  });

  it('serves the app (and MCP for token holders) on the store, and stops cleanly on SIGTERM', async () => {
    const password = 'a password for raj';
    const token = (await runCli(['user', 'token', 'raj@northwind.io', '--name', 'mcp'], env)).stdout.match(
      /Shown once: (clt_\S+)/,
    )?.[1];
    const serve = runLong(['serve'], env);
    const [, url] = await serve.waitFor(/serving .* at (http:\/\/\S+)/);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect((await login(url!, 'raj@northwind.io', password)).status).toBe(200);
    const listTools = (headers: Record<string, string>) =>
      fetch(`${url}/mcp`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
    expect((await listTools({})).status).toBe(401);
    const tools = await listTools({ authorization: `Bearer ${token}` });
    expect(tools.status).toBe(200);
    expect(((await tools.json()) as { result: { tools: unknown[] } }).result.tools.length).toBeGreaterThan(0);
    expect(await serve.stop()).toBe(0);
    expect(serve.output()).toMatch(/SIGTERM, stopping/);
  });
});

describe('closeloop start', () => {
  it('on an empty store: generates a demo world, runs the morning mission, serves, and prints working logins', async () => {
    const env = freshHome();
    const start = runLong(['start', '--reps', '1', '--opps-per-rep', '6'], env);
    const [, url] = await start.waitFor(/closeloop is ready: open (http:\/\/\S+)/, 180_000);
    // The logins follow the ready line, maybe in a later chunk: read the output once they are all out.
    await start.waitFor(/Ctrl-C stops it/, 10_000);
    const output = start.output();
    expect(output).toMatch(/generating a demo world/);
    expect(output).toMatch(/Morning mission run_\w+ over \d+ open deals/);
    const rep = output.match(/ {2}rep +(\S+@\S+) +(\S+)/);
    expect(rep).toBeTruthy();
    const res = await login(url!, rep![1]!, rep![2]!);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const today = (await (await fetch(`${url}/api/today`, { headers: { cookie } })).json()) as {
      counts: { actNow: number; monitor: number; noAction: number };
    };
    expect(today.counts.actNow + today.counts.monitor + today.counts.noAction).toBeGreaterThan(0);
    expect(await start.stop()).toBe(0);
  });
});
