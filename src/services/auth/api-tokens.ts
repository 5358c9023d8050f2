/** Personal API tokens for the CLI and MCP hosts: shown once at creation, stored as a hash, revocable. */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { hashSecret, newSecret } from './secret-token.ts';

/** The prefix lets secret scanners (and people) recognise a leaked closeloop token. */
export const TOKEN_PREFIX = 'clt_';

export type ApiTokenInfo = {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

export async function createApiToken(
  db: Db,
  userId: string,
  options: { name: string; days: number; now: Date },
): Promise<{ token: string; info: ApiTokenInfo }> {
  const name = options.name.trim();
  if (!name || name.length > 80)
    throw new UserError('invalid_input', 'a token needs a name of 1 to 80 characters');
  const token = newSecret(TOKEN_PREFIX);
  const id = `tok_${randomBytes(6).toString('hex')}`;
  const expiresAt = options.days > 0 ? new Date(options.now.getTime() + options.days * 86_400_000) : null;
  await db
    .insert(t.apiTokens)
    .values({ id, userId, name, tokenHash: hashSecret(token), createdAt: options.now, expiresAt });
  return { token, info: { id, name, createdAt: options.now, lastUsedAt: null, expiresAt, revokedAt: null } };
}

export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenInfo[]> {
  return db
    .select({
      id: t.apiTokens.id,
      name: t.apiTokens.name,
      createdAt: t.apiTokens.createdAt,
      lastUsedAt: t.apiTokens.lastUsedAt,
      expiresAt: t.apiTokens.expiresAt,
      revokedAt: t.apiTokens.revokedAt,
    })
    .from(t.apiTokens)
    .where(eq(t.apiTokens.userId, userId))
    .orderBy(desc(t.apiTokens.createdAt));
}

/** Revokes one of the user's own tokens; another user's token id is simply not found. */
export async function revokeApiToken(db: Db, userId: string, tokenId: string, now: Date): Promise<void> {
  const revoked = await db
    .update(t.apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(t.apiTokens.id, tokenId), eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt)))
    .returning({ id: t.apiTokens.id });
  if (revoked.length === 0) throw new UserError('not_found', `no active token ${tokenId}`);
}

/** The user a bearer token belongs to, if it is live; its last use is recorded at most once a minute. */
export async function resolveApiToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ userId: string; tokenId: string } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const [row] = await db
    .select({ userId: t.apiTokens.userId, tokenId: t.apiTokens.id })
    .from(t.apiTokens)
    .where(
      and(
        eq(t.apiTokens.tokenHash, hashSecret(token)),
        isNull(t.apiTokens.revokedAt),
        or(isNull(t.apiTokens.expiresAt), gt(t.apiTokens.expiresAt, now)),
      ),
    );
  if (!row) return undefined;
  await db
    .update(t.apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(t.apiTokens.id, row.tokenId),
        or(
          isNull(t.apiTokens.lastUsedAt),
          lt(t.apiTokens.lastUsedAt, sql`${now}::timestamptz - interval '1 minute'`),
        ),
      ),
    );
  return row;
}
