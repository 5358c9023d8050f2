import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../domain/errors.ts';
import { acquireStoreLock } from './store-lock.ts';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'closeloop-lock-'));

describe('the embedded store lock', () => {
  it('lets one holder in and tells the next one who holds it', async () => {
    const dir = freshDir();
    const lock = await acquireStoreLock(dir, 0);
    const error = await acquireStoreLock(dir, 150).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('store_locked');
    expect((error as UserError).message).toContain(`process ${process.pid}`);
    await lock.release();
    const again = await acquireStoreLock(dir, 0);
    await again.release();
  });

  it('waits for a holder that lets go within the wait', async () => {
    const dir = freshDir();
    const lock = await acquireStoreLock(dir, 0);
    setTimeout(() => void lock.release(), 100);
    const next = await acquireStoreLock(dir, 2000);
    await next.release();
  });

  it('takes over the lock of a process that died', async () => {
    const dir = freshDir();
    const dead = { pid: 2 ** 22 + 17, host: hostname(), command: 'serve', since: '2026-01-01T00:00:00Z' };
    writeFileSync(path.join(dir, 'store.lock'), JSON.stringify(dead));
    const lock = await acquireStoreLock(dir, 0);
    expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });
});
