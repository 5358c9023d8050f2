/** `closeloop mcp` as a host runs it: a child process on stdio, driven by the official SDK client, against a real store. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { northwindWorkspace, projectRoot } from '../support/paths.ts';
import { cliPath, runCli } from '../support/run-cli.ts';
import { DANA, EVERY_TOOL_CALL, outputValidator, RAJ, textOf } from './support/mcp-world.ts';

const home = mkdtempSync(path.join(tmpdir(), 'closeloop-mcp-stdio-'));
// Only what the child needs: no DATABASE_URL from the developer's shell, so it opens the embedded store in `home`.
const childEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? home,
  CLOSELOOP_HOME: home,
  ...extra,
});

async function connectStdio(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [cliPath, 'mcp', ...args],
    cwd: projectRoot,
    env: childEnv(env),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const client = new Client({ name: 'closeloop-test', version: '1' });
  await client.connect(transport);
  return { client, stderr: () => stderr };
}

// Each test starts the CLI (tsx, then the embedded store): seconds on a quiet machine, more on a busy CI runner.
describe('closeloop mcp over stdio', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const imported = await runCli(['import', northwindWorkspace], { CLOSELOOP_HOME: home });
    expect(imported.code, imported.stderr).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('lists every tool and answers each call within its declared output schema', async () => {
    const { client } = await connectStdio(['--as', DANA]);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(EVERY_TOOL_CALL.map(([name]) => name).sort());
      const validate = outputValidator(tools);
      for (const [name, args] of EVERY_TOOL_CALL) {
        const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
        expect(result.isError, `${name}: ${textOf(result)}`).toBeFalsy();
        validate(name, result.structuredContent);
      }
    } finally {
      await client.close();
    }
  });

  it('acts as CLOSELOOP_USER when --as is not given, and shows that user only their own book', async () => {
    const { client } = await connectStdio([], { CLOSELOOP_USER: RAJ });
    try {
      const refused = (await client.callTool({
        name: 'crm_get_account',
        arguments: { accountId: 'a-globex' },
      })) as CallToolResult;
      expect(refused.isError).toBe(true);
      expect(textOf(refused)).toBe('not_found: no account a-globex');
      const own = (await client.callTool({
        name: 'crm_list_open_opportunities',
        arguments: {},
      })) as CallToolResult;
      expect((own.structuredContent as { rep: { email: string } }).rep.email).toBe(RAJ);
    } finally {
      await client.close();
    }
  });

  it('writes nothing but protocol messages to stdout, and exits cleanly when the host closes stdin', async () => {
    const child = spawn(process.execPath, [cliPath, 'mcp', '--as', DANA], {
      cwd: projectRoot,
      env: childEnv(),
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    // Wait for both answers before hanging up, as a host would.
    while (!stdout.includes('"id":2')) await new Promise((r) => setTimeout(r, 50));
    child.stdin.end();
    expect(await exited).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { jsonrpc: string }).jsonrpc)).toEqual(['2.0', '2.0']);
  });

  it('refuses to start without a user, saying how to name one', async () => {
    const result = await runCli(['mcp'], { CLOSELOOP_HOME: home, CLOSELOOP_USER: undefined });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--as you@company.com');
  });

  it('refuses to start as someone who is not a user', async () => {
    const result = await runCli(['mcp', '--as', 'mallory@example.com'], { CLOSELOOP_HOME: home });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no user with the email mallory@example.com');
  });
});
