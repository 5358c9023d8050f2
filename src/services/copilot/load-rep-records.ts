/** Reads the records a request may be matched against: what the actor may see, as the router's RepRecords. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../domain/access/actor.ts';
import { type RepRecords, repRecordsFromWorkspace } from '../../domain/copilot/router/rep-records.ts';
import type { Db } from '../../store/open-store.ts';
import * as rows from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import { visibleAccountCondition } from '../crm/crm-access.ts';
import { readCrmHead } from '../crm/crm-head.ts';

export async function loadRepRecords(db: Db, actor: Actor): Promise<RepRecords> {
  const head = await readCrmHead(db);
  const accounts = await db
    .select()
    .from(t.accounts)
    .where(visibleAccountCondition(db, actor))
    .orderBy(t.accounts.id);
  const ids = accounts.map((a) => a.id);
  const owners = ownerFilter(actor);
  const [me] = await db
    .select({ timezone: t.users.timezone })
    .from(t.users)
    .where(eq(t.users.id, actor.userId));
  const [contacts, deals, meetings, products] =
    ids.length === 0
      ? [[], [], [], []]
      : await Promise.all([
          db.select().from(t.contacts).where(inArray(t.contacts.accountId, ids)).orderBy(t.contacts.id),
          db
            .select()
            .from(t.opportunities)
            .where(
              and(
                inArray(t.opportunities.accountId, ids),
                // Another rep's deal on a shared account is theirs: it is not matched, nor even named.
                owners === null ? undefined : inArray(t.opportunities.ownerId, [...owners, '']),
              ),
            )
            .orderBy(t.opportunities.id),
          db
            .select()
            .from(t.activities)
            .where(
              and(
                inArray(t.activities.accountId, ids),
                eq(t.activities.type, 'meeting'),
                eq(t.activities.status, 'scheduled'),
              ),
            ),
          db.select().from(t.products).orderBy(t.products.sku),
        ]);
  // Rows already hold only what the actor may see: no second filter.
  return repRecordsFromWorkspace(
    {
      seller: head.seller,
      pipeline: head.pipeline,
      accounts: accounts.map(rows.accountFromRow),
      contacts: contacts.map(rows.contactFromRow),
      opportunities: deals.map((r) => rows.opportunityFromRow(r)),
      activities: meetings.map(rows.activityFromRow),
      products: products.map(rows.productFromRow),
    },
    null,
    me?.timezone ?? undefined,
  );
}
