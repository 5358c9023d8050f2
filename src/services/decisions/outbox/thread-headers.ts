/** Threads a reply into the customer's conversation: In-Reply-To the thread's latest message, References its chain. */
import { and, asc, eq } from 'drizzle-orm';
import { activityMessageId } from '../../../email/message-ids.ts';
import type { Db } from '../../../store/open-store.ts';
import { activities } from '../../../store/schema/index.ts';

export type ThreadHeaders = {
  threadId: string | undefined;
  inReplyTo: string | undefined;
  references: string[];
};

// Long threads keep their root and the most recent messages: what mail clients need, in a header of sane length.
const MAX_REFERENCES = 20;

export async function threadHeaders(
  db: Db,
  input: { accountId: string; threadId?: string | undefined; inReplyToActivityId?: string | undefined },
): Promise<ThreadHeaders> {
  let threadId = input.threadId;
  let anchor: { id: string } | undefined;
  if (input.inReplyToActivityId) {
    const [replyTo] = await db
      .select({ id: activities.id, threadId: activities.threadId })
      .from(activities)
      .where(and(eq(activities.id, input.inReplyToActivityId), eq(activities.accountId, input.accountId)));
    if (replyTo) {
      anchor = replyTo;
      threadId ??= replyTo.threadId ?? undefined;
    }
  }
  if (!threadId) {
    const id = anchor ? activityMessageId(anchor) : undefined;
    return { threadId, inReplyTo: id, references: id ? [id] : [] };
  }
  const messages = await db
    .select({ id: activities.id })
    .from(activities)
    .where(
      and(
        eq(activities.threadId, threadId),
        eq(activities.type, 'email'),
        eq(activities.accountId, input.accountId),
      ),
    )
    .orderBy(asc(activities.occurredAt), asc(activities.id));
  const ids = messages.map(activityMessageId);
  const chain = ids.length > MAX_REFERENCES ? [ids[0]!, ...ids.slice(-(MAX_REFERENCES - 1))] : ids;
  return { threadId, inReplyTo: ids.at(-1), references: chain };
}
