/** Runs `closeloop serve` or `start` as a child process and waits for a line of its output, as a person would read it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { projectRoot } from '../../support/paths.ts';
import { cliPath } from '../../support/run-cli.ts';

export type Running = {
  child: ChildProcess;
  output: () => string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  stop(): Promise<number | null>;
};

const running = new Set<ChildProcess>();

/** For afterAll: a test that failed half way must not leave a server holding a port and a store. */
export function stopAll(): void {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  running.clear();
}

export function runLong(args: string[], env: Record<string, string | undefined>): Running {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    waitFor(pattern, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          const m = out.match(pattern);
          if (m) return resolve(m);
          if (child.exitCode !== null)
            return reject(new Error(`exited (${child.exitCode}) before ${pattern}:\n${out}`));
          if (Date.now() - started > timeoutMs)
            return reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${out}`));
          setTimeout(check, 100);
        };
        check();
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
