/** Who a CLI command acts as: `--as EMAIL`, else CLOSELOOP_USER, else the local operator with full access. */
import { type Actor, SYSTEM_ACTOR } from '../domain/access/actor.ts';
import { actorByEmail } from '../services/access/resolve-actor.ts';
import type { Db } from '../store/open-store.ts';

export async function actingUser(db: Db, as: string | undefined): Promise<Actor> {
  const email = as ?? process.env.CLOSELOOP_USER;
  return email ? actorByEmail(db, email) : SYSTEM_ACTOR;
}
