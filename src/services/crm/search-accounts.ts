/** Finds the accounts an actor may read by name or domain, with each one's count of open deals. */
import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { Db } from '../../store/open-store.ts';
import { accountFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { visibleAccountCondition } from './crm-access.ts';
import { openDealCondition, readCrmHead } from './crm-head.ts';
import { AccountSummary } from './crm-views.ts';

export const SearchAccountsInput = z.object({
  query: z.string().trim().min(1).max(200).describe('Part of the account name or web domain, e.g. "globex"'),
  limit: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(10)
    .describe('At most this many accounts (1-50, default 10)'),
});
export const SearchAccountsOutput = z.object({ accounts: z.array(AccountSummary) });
export type SearchAccountsInput = z.input<typeof SearchAccountsInput>;
export type SearchAccountsOutput = z.infer<typeof SearchAccountsOutput>;

/** LIKE treats % and _ as wildcards: a query of "100%" means the characters, not "anything". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchAccounts(
  db: Db,
  actor: Actor,
  input: SearchAccountsInput,
): Promise<SearchAccountsOutput> {
  const { query, limit } = SearchAccountsInput.parse(input);
  const pattern = `%${escapeLike(query)}%`;
  const rows = await db
    .select({ account: t.accounts, ownerName: t.users.name })
    .from(t.accounts)
    .leftJoin(t.users, eq(t.users.id, t.accounts.ownerId))
    .where(
      and(
        or(ilike(t.accounts.name, pattern), ilike(t.accounts.domain, pattern)),
        visibleAccountCondition(db, actor),
      ),
    )
    // Names that start with the query first ("Glo" finds Globex before "Big Globe"), then alphabetical.
    .orderBy(
      sql`CASE WHEN ${t.accounts.name} ILIKE ${`${escapeLike(query)}%`} THEN 0 ELSE 1 END`,
      asc(t.accounts.name),
      asc(t.accounts.id),
    )
    .limit(limit);
  if (rows.length === 0) return { accounts: [] };
  const { pipeline } = await readCrmHead(db);
  const counts = await db
    .select({ accountId: t.opportunities.accountId, n: count() })
    .from(t.opportunities)
    .where(
      and(
        inArray(
          t.opportunities.accountId,
          rows.map((r) => r.account.id),
        ),
        openDealCondition(pipeline),
      ),
    )
    .groupBy(t.opportunities.accountId);
  const openBy = new Map(counts.map((c) => [c.accountId, Number(c.n)]));
  return {
    accounts: rows.map(({ account, ownerName }) => ({
      ...accountFromRow(account),
      ...(ownerName ? { ownerName } : {}),
      openOpportunities: openBy.get(account.id) ?? 0,
    })),
  };
}
