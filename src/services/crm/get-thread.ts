/** One email thread, oldest message first, each cleaned of quoted mail and signatures with the raw text on request. */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import type { Db } from '../../store/open-store.ts';
import { activityFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { ActivityView, viewActivity } from './activity-view.ts';
import { notFound, visibleAccountIds } from './crm-access.ts';

export const GetThreadInput = z.object({
  threadId: z.string().min(1).max(500).describe('The thread id an activity carries, e.g. "t-o-101"'),
  includeRaw: z
    .boolean()
    .default(false)
    .describe('Also return each message exactly as stored, with the quoted mail and signature'),
});
export const GetThreadOutput = z.object({
  threadId: z.string(),
  subject: z.string().optional(),
  messages: z.array(ActivityView),
});
export type GetThreadInput = z.input<typeof GetThreadInput>;
export type GetThreadOutput = z.infer<typeof GetThreadOutput>;

export async function getThread(db: Db, actor: Actor, input: GetThreadInput): Promise<GetThreadOutput> {
  const { threadId, includeRaw } = GetThreadInput.parse(input);
  const rows = await db
    .select()
    .from(t.activities)
    .where(eq(t.activities.threadId, threadId))
    .orderBy(asc(t.activities.occurredAt), asc(t.activities.id));
  const visible = await visibleAccountIds(
    db,
    actor,
    rows.map((r) => r.accountId),
  );
  // A thread logged on two accounts shows each reader only the messages of the accounts they may read.
  const messages = rows
    .filter((r) => visible.has(r.accountId))
    .map((r) => viewActivity(activityFromRow(r), includeRaw));
  if (messages.length === 0) throw notFound('thread', threadId);
  const subject = messages.find((m) => m.subject)?.subject;
  return { threadId, ...(subject ? { subject } : {}), messages };
}
