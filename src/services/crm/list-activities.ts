/** The activities on an account or deal the actor may read, newest first. */
import { and, desc, eq, gte, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { activityTypes, entityId, isoDateTime } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { activityFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { ActivityView, viewActivity } from './activity-view.ts';
import { notFound, readableAccount, visibleOpportunityIds } from './crm-access.ts';

export const ListActivitiesInput = z
  .object({
    accountId: entityId.optional().describe('Every activity on this account'),
    opportunityId: entityId
      .optional()
      .describe(
        "This deal's activities, and its account's activities that name no deal (the engine attributes them)",
      ),
    types: z
      .array(z.enum(activityTypes))
      .min(1)
      .optional()
      .describe('Only these types (email, call, meeting, note, task)'),
    since: isoDateTime.optional().describe('Only activities at or after this instant'),
    before: isoDateTime.optional().describe('Only activities before this instant (to page back in time)'),
    includeRaw: z
      .boolean()
      .default(false)
      .describe('Also return each body exactly as stored, quoted mail included'),
    limit: z.number().int().min(1).max(200).default(50).describe('At most this many (1-200, default 50)'),
  })
  .refine((i) => (i.accountId === undefined) !== (i.opportunityId === undefined), {
    message: 'give exactly one of accountId or opportunityId',
  });
export const ListActivitiesOutput = z.object({
  activities: z.array(ActivityView),
  /** True when older activities remain: ask again with `before` set to the last one's occurredAt. */
  more: z.boolean(),
});
export type ListActivitiesInput = z.input<typeof ListActivitiesInput>;
export type ListActivitiesOutput = z.infer<typeof ListActivitiesOutput>;

export async function listActivities(
  db: Db,
  actor: Actor,
  input: ListActivitiesInput,
): Promise<ListActivitiesOutput> {
  const i = ListActivitiesInput.parse(input);
  let scope: SQL | undefined;
  if (i.opportunityId !== undefined) {
    if (!(await visibleOpportunityIds(db, actor, [i.opportunityId])).has(i.opportunityId)) {
      throw notFound('opportunity', i.opportunityId);
    }
    const [deal] = await db
      .select({ accountId: t.opportunities.accountId })
      .from(t.opportunities)
      .where(eq(t.opportunities.id, i.opportunityId));
    if (!deal) throw notFound('opportunity', i.opportunityId);
    scope = and(
      eq(t.activities.accountId, deal.accountId),
      or(eq(t.activities.opportunityId, i.opportunityId), isNull(t.activities.opportunityId)),
    );
  } else {
    const account = await readableAccount(db, actor, i.accountId!);
    scope = eq(t.activities.accountId, account.id);
  }
  const rows = await db
    .select()
    .from(t.activities)
    .where(
      and(
        scope,
        i.types ? inArray(t.activities.type, i.types) : undefined,
        i.since ? gte(t.activities.occurredAt, new Date(i.since)) : undefined,
        i.before ? lt(t.activities.occurredAt, new Date(i.before)) : undefined,
      ),
    )
    .orderBy(desc(t.activities.occurredAt), desc(t.activities.id))
    .limit(i.limit + 1);
  return {
    activities: rows.slice(0, i.limit).map((r) => viewActivity(activityFromRow(r), i.includeRaw)),
    more: rows.length > i.limit,
  };
}
