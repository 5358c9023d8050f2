/** Which CRM records an actor may read: their (and their reports') deals, and the accounts those deals are on. */
import { and, eq, exists, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, canSeeOwner } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { ownerFilter } from '../access/resolve-actor.ts';

/**
 * A deal is readable by its owner and the managers above them (the rule of the deal panel). An account is readable
 * by its owner's chain and by anyone who may read a deal on it, with its contacts, mail and usage: a deal cannot be
 * worked without them, and the deal's triage context holds them anyway. Every read answers "not found" for a record
 * the actor may not read, exactly as for one that does not exist, so nobody learns that it exists.
 */
export function visibleAccountCondition(db: Db, actor: Actor): SQL | undefined {
  const owners = ownerFilter(actor);
  if (owners === null) return undefined;
  if (owners.length === 0) return sql`false`;
  const ownsADeal = db
    .select({ one: sql`1` })
    .from(t.opportunities)
    .where(and(eq(t.opportunities.accountId, t.accounts.id), inArray(t.opportunities.ownerId, [...owners])));
  return or(inArray(t.accounts.ownerId, [...owners]), exists(ownsADeal));
}

/** The subset of these accounts the actor may read, in no particular order. */
export async function visibleAccountIds(
  db: Db,
  actor: Actor,
  accountIds: readonly string[],
): Promise<Set<string>> {
  if (accountIds.length === 0) return new Set();
  const rows = await db
    .select({ id: t.accounts.id })
    .from(t.accounts)
    .where(and(inArray(t.accounts.id, [...new Set(accountIds)]), visibleAccountCondition(db, actor)));
  return new Set(rows.map((r) => r.id));
}

export function notFound(kind: string, id: string): UserError {
  return new UserError('not_found', `no ${kind} ${id}`);
}

/** The account row when the actor may read it; otherwise the same "not found" a missing id gets. */
export async function readableAccount(db: Db, actor: Actor, accountId: string) {
  const [row] = await db
    .select()
    .from(t.accounts)
    .where(and(eq(t.accounts.id, accountId), visibleAccountCondition(db, actor)));
  if (!row) throw notFound('account', accountId);
  return row;
}

/** Ids of the given opportunities the actor may read: their own and their reports' deals (everyone's for an admin). */
export async function visibleOpportunityIds(
  db: Db,
  actor: Actor,
  opportunityIds: readonly string[],
): Promise<Set<string>> {
  if (opportunityIds.length === 0) return new Set();
  const owners = ownerFilter(actor);
  const rows = await db
    .select({ id: t.opportunities.id })
    .from(t.opportunities)
    .where(
      and(
        inArray(t.opportunities.id, [...new Set(opportunityIds)]),
        owners === null
          ? undefined
          : owners.length === 0
            ? sql`false`
            : inArray(t.opportunities.ownerId, [...owners]),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Keeps the deals the actor may read: an account page lists only those, like the deal panel does. */
export function readableDeals<T extends { ownerId: string }>(actor: Actor, deals: readonly T[]): T[] {
  return deals.filter((d) => canSeeOwner(actor, d.ownerId));
}
