/** One account the actor may read, with its contacts, owner and open deals. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { entityId } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { accountFromRow, contactFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { readableAccount, readableDeals } from './crm-access.ts';
import { openDealCondition, readCrmHead } from './crm-head.ts';
import { AccountWithContacts, summarizeOpportunity, toPerson } from './crm-views.ts';
import { readOpportunities } from './opportunity-reads.ts';

export const GetAccountInput = z.object({ accountId: entityId.describe('The account id, e.g. "a-globex"') });
export const GetAccountOutput = AccountWithContacts;
export type GetAccountInput = z.input<typeof GetAccountInput>;
export type GetAccountOutput = z.infer<typeof GetAccountOutput>;

export async function getAccount(db: Db, actor: Actor, input: GetAccountInput): Promise<GetAccountOutput> {
  const { accountId } = GetAccountInput.parse(input);
  const row = await readableAccount(db, actor, accountId);
  const { pipeline } = await readCrmHead(db);
  const [contacts, [owner], open] = await Promise.all([
    db.select().from(t.contacts).where(eq(t.contacts.accountId, accountId)).orderBy(t.contacts.id),
    db.select().from(t.users).where(eq(t.users.id, row.ownerId)),
    readOpportunities(db, and(eq(t.opportunities.accountId, accountId), openDealCondition(pipeline))),
  ]);
  return {
    account: accountFromRow(row),
    ...(owner ? { owner: toPerson(owner) } : {}),
    contacts: contacts.map(contactFromRow),
    openOpportunities: readableDeals(actor, open).map((o) => summarizeOpportunity(o, row.name)),
  };
}
