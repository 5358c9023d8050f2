/** Resolves what a person typed ("Globex", "hank@globex.com", "Hank Moss", "o-101") to an account they may read. */
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import * as t from '../../store/schema/index.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import { visibleAccountCondition } from './crm-access.ts';

export type Subject = {
  accountId: string;
  accountName: string;
  /** Set when the words named a deal rather than an account or a contact. */
  opportunityId?: string;
  contactName?: string;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function findSubject(db: Db, actor: Actor, text: string): Promise<Subject> {
  const words = text.trim();
  if (!words) throw new UserError('invalid_input', 'say which account, contact or deal');
  const pattern = `%${escapeLike(words)}%`;
  const visible = visibleAccountCondition(db, actor);
  const owners = ownerFilter(actor);

  const [deal] = await db
    .select({ id: t.opportunities.id, accountId: t.accounts.id, accountName: t.accounts.name })
    .from(t.opportunities)
    .innerJoin(t.accounts, eq(t.accounts.id, t.opportunities.accountId))
    .where(
      and(
        or(eq(t.opportunities.id, words), ilike(t.opportunities.name, pattern)),
        owners === null
          ? undefined
          : owners.length
            ? inArray(t.opportunities.ownerId, [...owners])
            : sql`false`,
      ),
    )
    // An exact id beats a name that merely contains the words.
    .orderBy(sql`CASE WHEN ${t.opportunities.id} = ${words} THEN 0 ELSE 1 END`, asc(t.opportunities.id))
    .limit(1);
  const [account] = await db
    .select({ id: t.accounts.id, name: t.accounts.name })
    .from(t.accounts)
    .where(
      and(
        or(eq(t.accounts.id, words), ilike(t.accounts.name, pattern), ilike(t.accounts.domain, pattern)),
        visible,
      ),
    )
    .orderBy(
      sql`CASE WHEN ${t.accounts.id} = ${words} OR lower(${t.accounts.name}) = lower(${words}) THEN 0 ELSE 1 END`,
      asc(t.accounts.name),
    )
    .limit(1);
  if (account) return { accountId: account.id, accountName: account.name };
  if (deal) return { accountId: deal.accountId, accountName: deal.accountName, opportunityId: deal.id };

  const [contact] = await db
    .select({ name: t.contacts.name, accountId: t.accounts.id, accountName: t.accounts.name })
    .from(t.contacts)
    .innerJoin(t.accounts, eq(t.accounts.id, t.contacts.accountId))
    .where(and(or(ilike(t.contacts.name, pattern), ilike(t.contacts.email, pattern)), visible))
    .orderBy(asc(t.contacts.name), asc(t.contacts.id))
    .limit(1);
  if (contact)
    return { accountId: contact.accountId, accountName: contact.accountName, contactName: contact.name };
  throw new UserError('not_found', `no account, contact or deal you can see matches "${words}"`);
}
