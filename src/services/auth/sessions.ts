/** Browser sessions in the store: the cookie carries a random id, the table its hash and expiry. */
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { deriveSecret, hashSecret, newSecret } from './secret-token.ts';

export type NewSession = { id: string; csrfToken: string; expiresAt: Date };

export async function createSession(
  db: Db,
  userId: string,
  options: { now: Date; lifetimeMs: number; ip?: string | undefined; userAgent?: string | undefined },
): Promise<NewSession> {
  const id = newSecret('s_');
  const expiresAt = new Date(options.now.getTime() + options.lifetimeMs);
  await db.insert(t.sessions).values({
    idHash: hashSecret(id),
    userId,
    createdAt: options.now,
    expiresAt,
    ip: options.ip ?? null,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  return { id, csrfToken: csrfTokenFor(id), expiresAt };
}

/**
 * The CSRF token is derived from the session id, not stored: only the holder of the httpOnly cookie's value can
 * compute it, and the server recomputes it on every state-changing call.
 */
export const csrfTokenFor = (sessionId: string): string => deriveSecret(sessionId, 'closeloop csrf v1');

export async function findSession(
  db: Db,
  sessionId: string,
  now: Date,
): Promise<{ userId: string; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({ userId: t.sessions.userId, expiresAt: t.sessions.expiresAt })
    .from(t.sessions)
    .where(and(eq(t.sessions.idHash, hashSecret(sessionId)), gt(t.sessions.expiresAt, now)));
  return row;
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(t.sessions).where(eq(t.sessions.idHash, hashSecret(sessionId)));
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(t.sessions)
    .where(lt(t.sessions.expiresAt, now))
    .returning({ id: t.sessions.idHash });
  return gone.length;
}
