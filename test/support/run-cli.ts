/** Runs the real `closeloop` binary in a child process, as a user would. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export type CliResult = { code: number | null; stdout: string; stderr: string };

export const cliPath = path.join(projectRoot, 'bin', 'closeloop.js');

export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
