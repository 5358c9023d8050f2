import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, resolveApiToken, revokeApiToken } from '../../src/services/auth/api-tokens.ts';
import { addLogin, checkPassword, setPassword } from '../../src/services/auth/credentials.ts';
import { createDemoLogins } from '../../src/services/auth/demo-logins.ts';
import { hashPassword, verifyPassword } from '../../src/services/auth/password-hash.ts';
import { createSession, findSession } from '../../src/services/auth/sessions.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import type { Store } from '../../src/store/open-store.ts';
import { queryRows } from '../../src/store/query-rows.ts';
import { northwindWorkspace } from '../support/paths.ts';
import { openTestStore } from '../support/test-store.ts';

const cheap = { scryptLogN: 10 };
let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await importWorkspaceFile(store, northwindWorkspace);
});
afterAll(() => store.close());

const count = async (query: ReturnType<typeof sql>) =>
  Number((await queryRows<{ n: number }>(store.db, query))[0]?.n);

describe('password hashing', () => {
  it('salts each hash, keeps its cost in the string, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery', 10);
    const b = await hashPassword('correct horse battery', 10);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it('still verifies a hash made with another cost after the setting changes', async () => {
    const old = await hashPassword('long enough password', 11);
    expect(await verifyPassword('long enough password', old)).toBe(true);
  });

  it('refuses a malformed hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('logins', () => {
  it('links a password to the CRM user with that email, whatever its case', async () => {
    const added = await addLogin(
      store.db,
      { email: 'Dana@Northwind.io', password: 'a password of dana' },
      cheap,
    );
    expect(added).toMatchObject({ user: { id: 'u-dana', role: 'rep' }, created: false, generated: false });
    expect(await checkPassword(store.db, 'dana@northwind.io', 'a password of dana', cheap)).toMatchObject({
      ok: true,
      user: { id: 'u-dana' },
    });
    expect(await checkPassword(store.db, 'dana@northwind.io', 'a wrong password', cheap)).toEqual({
      ok: false,
    });
  });

  it('refuses an unknown email unless asked to create an administrator, and generates a password when none is given', async () => {
    await expect(addLogin(store.db, { email: 'ops@northwind.io' }, cheap)).rejects.toThrow(/--admin/);
    const admin = await addLogin(store.db, { email: 'ops@northwind.io', admin: true, name: 'Ops' }, cheap);
    expect(admin).toMatchObject({ created: true, generated: true, user: { role: 'admin', name: 'Ops' } });
    expect(admin.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await checkPassword(store.db, 'ops@northwind.io', admin.password, cheap)).ok).toBe(true);
  });

  it('refuses a short password', async () => {
    await expect(setPassword(store.db, 'u-raj', 'short', cheap)).rejects.toThrow(/at least 10/);
  });

  it('logs a user out everywhere when the password changes', async () => {
    const session = await createSession(store.db, 'u-raj', { now: new Date(), lifetimeMs: 60_000 });
    expect(await findSession(store.db, session.id, new Date())).toBeDefined();
    await setPassword(store.db, 'u-raj', 'a brand new password', cheap);
    expect(await findSession(store.db, session.id, new Date())).toBeUndefined();
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    expect(await checkPassword(store.db, 'nobody@northwind.io', 'whatever it is', cheap)).toEqual({
      ok: false,
    });
  });
});

describe('demo logins', () => {
  it('gives every user one shared password when one is set', async () => {
    const logins = await createDemoLogins(store.db, {
      password: 'demo password 1',
      config: { ...cheap, demoPassword: undefined },
    });
    expect(logins.map((l) => l.email).sort()).toEqual(
      expect.arrayContaining(['dana@northwind.io', 'raj@northwind.io', 'sam@northwind.io']),
    );
    expect(new Set(logins.map((l) => l.password))).toEqual(new Set(['demo password 1']));
    expect((await checkPassword(store.db, 'sam@northwind.io', 'demo password 1', cheap)).ok).toBe(true);
  });

  it('takes CLOSELOOP_DEMO_PASSWORD from the configuration, else a different random password each', async () => {
    const configured = await createDemoLogins(store.db, {
      config: { ...cheap, demoPassword: 'from the environment' },
    });
    expect(configured.every((l) => l.password === 'from the environment')).toBe(true);
    const random = await createDemoLogins(store.db, { config: { ...cheap, demoPassword: undefined } });
    expect(new Set(random.map((l) => l.password)).size).toBe(random.length);
    for (const l of random) expect((await checkPassword(store.db, l.email, l.password, cheap)).ok).toBe(true);
  });
});

describe('sessions and API tokens', () => {
  it('stores a session by hash and forgets it once expired', async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const session = await createSession(store.db, 'u-dana', { now, lifetimeMs: 60_000 });
    expect(await count(sql`SELECT count(*)::int AS n FROM sessions WHERE id_hash = ${session.id}`)).toBe(0);
    expect(await findSession(store.db, session.id, new Date(now.getTime() + 59_000))).toMatchObject({
      userId: 'u-dana',
    });
    expect(await findSession(store.db, session.id, new Date(now.getTime() + 61_000))).toBeUndefined();
  });

  it('resolves a live token, never stores it in clear, and stops after revocation or expiry', async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const made = await createApiToken(store.db, 'u-dana', { name: 'laptop', days: 1, now });
    expect(made.token).toMatch(/^clt_/);
    expect(await count(sql`SELECT count(*)::int AS n FROM api_tokens WHERE token_hash = ${made.token}`)).toBe(
      0,
    );
    expect(await resolveApiToken(store.db, made.token, now)).toEqual({
      userId: 'u-dana',
      tokenId: made.info.id,
    });
    expect(
      await resolveApiToken(store.db, made.token, new Date(now.getTime() + 2 * 86_400_000)),
    ).toBeUndefined();
    await revokeApiToken(store.db, 'u-dana', made.info.id, now);
    expect(await resolveApiToken(store.db, made.token, now)).toBeUndefined();
  });

  it("does not let one user revoke another user's token", async () => {
    const made = await createApiToken(store.db, 'u-dana', { name: 'mine', days: 0, now: new Date() });
    await expect(revokeApiToken(store.db, 'u-raj', made.info.id, new Date())).rejects.toThrow(
      /no active token/,
    );
  });
});
