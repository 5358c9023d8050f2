/** Opportunities with their stage history, read in id order, as workspace records. */
import { inArray, type SQL } from 'drizzle-orm';
import type { Opportunity } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { opportunityFromRow, type StageHistoryRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';

export async function readOpportunities(
  db: Db,
  where: SQL | undefined,
  limit?: number,
): Promise<Opportunity[]> {
  const query = db.select().from(t.opportunities).where(where).orderBy(t.opportunities.id);
  const rows = await (limit === undefined ? query : query.limit(limit));
  if (rows.length === 0) return [];
  const history = await db
    .select()
    .from(t.stageHistory)
    .where(
      inArray(
        t.stageHistory.opportunityId,
        rows.map((o) => o.id),
      ),
    )
    .orderBy(t.stageHistory.opportunityId, t.stageHistory.position);
  const historyBy = new Map<string, StageHistoryRow[]>();
  for (const h of history) historyBy.set(h.opportunityId, [...(historyBy.get(h.opportunityId) ?? []), h]);
  return rows.map((o) => opportunityFromRow(o, historyBy.get(o.id)));
}
