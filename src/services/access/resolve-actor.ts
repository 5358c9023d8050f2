/** Turns a user (by id or email) into an Actor with the set of deal owners they may see. */
import { sql } from 'drizzle-orm';
import { type Actor, SYSTEM_ACTOR } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';

type UserRow = { id: string; email: string; name: string; role: Actor['role'] };

/** The user and everyone below them in the management chain (a manager of managers sees both teams). */
async function ownersVisibleTo(db: Db, userId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`WITH RECURSIVE below(id) AS (
          SELECT id FROM users WHERE id = ${userId}
          UNION SELECT u.id FROM users u JOIN below b ON u.manager_id = b.id)
        SELECT id FROM below`,
  );
  return rows.map((r) => r.id);
}

async function toActor(db: Db, user: UserRow): Promise<Actor> {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    visibleOwnerIds: await ownersVisibleTo(db, user.id),
  };
}

export async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const [user] = await queryRows<UserRow>(
    db,
    sql`SELECT id, email, name, role FROM users WHERE lower(email) = lower(${email.trim()}) LIMIT 1`,
  );
  if (!user) throw new UserError('not_found', `no user with the email ${email}`);
  return toActor(db, user);
}

export async function actorById(db: Db, userId: string): Promise<Actor> {
  if (userId === SYSTEM_ACTOR.userId) return SYSTEM_ACTOR;
  const [user] = await queryRows<UserRow>(
    db,
    sql`SELECT id, email, name, role FROM users WHERE id = ${userId}`,
  );
  if (!user) throw new UserError('not_found', `no user ${userId}`);
  return toActor(db, user);
}

/** The owners whose deals a query may return: every owner for an admin (null), else the visible set. */
export const ownerFilter = (actor: Actor): readonly string[] | null =>
  actor.role === 'admin' ? null : actor.visibleOwnerIds;
