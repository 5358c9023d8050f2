/** Password logins: link a password to a CRM user (or create an administrator), change it, check it. */
import { eq, sql } from 'drizzle-orm';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import * as t from '../../store/schema/index.ts';
import type { AuthConfig } from './auth-config.ts';
import { hashPassword, spendVerifyTime, verifyPassword } from './password-hash.ts';
import { readablePassword } from './secret-token.ts';

export type LoginUser = { id: string; email: string; name: string; role: 'rep' | 'manager' | 'admin' };

/** Passwords shorter than this are refused: a long passphrase beats complexity rules. */
export const MIN_PASSWORD_LENGTH = 10;

export async function findUserByEmail(db: Db, email: string): Promise<LoginUser | undefined> {
  const [user] = await queryRows<LoginUser>(
    db,
    sql`SELECT id, email, name, role FROM users WHERE lower(email) = lower(${email.trim()}) ORDER BY id LIMIT 1`,
  );
  return user;
}

function checkStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UserError('invalid_input', `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

/** Sets (or replaces) a user's password and ends their sessions: a changed password logs out every browser. */
export async function setPassword(
  db: Db,
  userId: string,
  password: string,
  config: Pick<AuthConfig, 'scryptLogN'>,
): Promise<void> {
  checkStrength(password);
  const passwordHash = await hashPassword(password, config.scryptLogN);
  await db.transaction(async (tx) => {
    await tx
      .insert(t.credentials)
      .values({ userId, passwordHash })
      .onConflictDoUpdate({ target: t.credentials.userId, set: { passwordHash, updatedAt: new Date() } });
    await tx.delete(t.sessions).where(eq(t.sessions.userId, userId));
  });
}

export type AddLoginInput = { email: string; name?: string; admin?: boolean; password?: string };
export type AddedLogin = { user: LoginUser; password: string; generated: boolean; created: boolean };

/**
 * Gives a CRM user (found by email) a password; with `admin`, creates an administrator when no such user exists.
 * Without a password, a readable one is generated and returned once.
 */
export async function addLogin(
  db: Db,
  input: AddLoginInput,
  config: Pick<AuthConfig, 'scryptLogN'>,
): Promise<AddedLogin> {
  const email = input.email.trim();
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    throw new UserError('invalid_input', `"${email}" is not an email address`);
  let user = await findUserByEmail(db, email);
  let created = false;
  if (!user) {
    if (!input.admin) {
      throw new UserError(
        'not_found',
        `no user with the email ${email} in the workspace; import it first, or pass --admin to create an administrator`,
      );
    }
    user = { id: adminId(email), email, name: input.name?.trim() || email.split('@')[0]!, role: 'admin' };
    await db.insert(t.users).values(user);
    created = true;
  }
  const generated = input.password === undefined;
  const password = input.password ?? readablePassword();
  await setPassword(db, user.id, password, config);
  return { user, password, generated, created };
}

const adminId = (email: string): string => `admin-${email.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export type PasswordCheck = { ok: true; user: LoginUser } | { ok: false };

/** Checks an email and password; an unknown email costs the same time as a wrong password. */
export async function checkPassword(
  db: Db,
  email: string,
  password: string,
  config: Pick<AuthConfig, 'scryptLogN'>,
): Promise<PasswordCheck> {
  const [row] = await queryRows<LoginUser & { password_hash: string }>(
    db,
    sql`SELECT u.id, u.email, u.name, u.role, c.password_hash
        FROM users u JOIN credentials c ON c.user_id = u.id
        WHERE lower(u.email) = lower(${email.trim()}) ORDER BY u.id LIMIT 1`,
  );
  if (!row) {
    await spendVerifyTime(password, config.scryptLogN);
    return { ok: false };
  }
  if (!(await verifyPassword(password, row.password_hash))) return { ok: false };
  const { password_hash: _hash, ...user } = row;
  return { ok: true, user };
}

/** Users and whether each can log in, for the admin's list and `closeloop user list`. */
export async function listLogins(db: Db): Promise<Array<LoginUser & { hasPassword: boolean }>> {
  const rows = await queryRows<LoginUser & { has_password: boolean }>(
    db,
    sql`SELECT u.id, u.email, u.name, u.role, (c.user_id IS NOT NULL) AS has_password
        FROM users u LEFT JOIN credentials c ON c.user_id = u.id ORDER BY u.role, u.name`,
  );
  return rows.map(({ has_password, ...u }) => ({ ...u, hasPassword: Boolean(has_password) }));
}
