/** An exclusive lock on the embedded store's directory: PGlite belongs to one process, two would corrupt it. */

import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { UserError } from '../domain/errors.ts';

type Holder = { pid: number; host: string; command: string; since: string };

export type StoreLock = { readonly file: string; release(): Promise<void> };

const POLL_MS = 100;

export async function acquireStoreLock(dir: string, waitMs: number): Promise<StoreLock> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'store.lock');
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    command: process.argv.slice(2).join(' ') || 'closeloop',
    since: new Date().toISOString(),
  };
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryCreate(file, me)) return { file, release: () => releaseIfOurs(file) };
    const holder = await readHolder(file);
    if (holder && isStale(holder)) {
      // The holder died without cleaning up (SIGKILL, power loss): its lock protects nothing.
      await unlink(file).catch(() => {});
      continue;
    }
    if (Date.now() >= deadline) throw lockedError(dir, holder);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function tryCreate(file: string, me: Holder): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(JSON.stringify(me));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Holder;
  } catch {
    // Being written right now, or removed in between: treat as held and look again.
    return undefined;
  }
}

function isStale(holder: Holder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function releaseIfOurs(file: string): Promise<void> {
  const holder = await readHolder(file);
  if (holder?.pid === process.pid) await unlink(file).catch(() => {});
}

function lockedError(dir: string, holder: Holder | undefined): UserError {
  const who = holder
    ? `process ${holder.pid} on ${holder.host} ("closeloop ${holder.command}", since ${holder.since})`
    : 'another process';
  return new UserError(
    'store_locked',
    `the embedded store in ${dir} is in use by ${who}; stop it, or set DATABASE_URL to share a PostgreSQL server between processes`,
    holder,
  );
}
