/** Logins for every user of a demo world, with passwords printed once so someone can try the app straight away. */
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { type AuthConfig, authConfig } from './auth-config.ts';
import { setPassword } from './credentials.ts';
import { readablePassword } from './secret-token.ts';

export type DemoLogin = {
  userId: string;
  email: string;
  name: string;
  role: 'rep' | 'manager' | 'admin';
  password: string;
};

/**
 * Gives every user of the workspace a password: `options.password`, else CLOSELOOP_DEMO_PASSWORD, for all; else a
 * random one each. Existing passwords are replaced, so what is printed is what works.
 */
export async function createDemoLogins(
  db: Db,
  options: { password?: string | undefined; config?: Pick<AuthConfig, 'scryptLogN' | 'demoPassword'> } = {},
): Promise<DemoLogin[]> {
  const config = options.config ?? authConfig();
  const shared = options.password || config.demoPassword;
  const users = await db
    .select({ userId: t.users.id, email: t.users.email, name: t.users.name, role: t.users.role })
    .from(t.users)
    .orderBy(t.users.role, t.users.name);
  const logins = users.map((u) => ({ ...u, password: shared || readablePassword() }));
  // scrypt runs on the thread pool (4 threads by default): four at a time keeps it busy without a queue of hundreds.
  for (let i = 0; i < logins.length; i += 4) {
    await Promise.all(logins.slice(i, i + 4).map((l) => setPassword(db, l.userId, l.password, config)));
  }
  return logins;
}
