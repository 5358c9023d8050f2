/** An activity as a reader wants it: the author's own words first, the raw body only when asked for. */
import { z } from 'zod';
import { freshText } from '../../domain/mail/fresh-text.ts';
import {
  type Activity,
  activityDirections,
  activityStatuses,
  activityTypes,
  entityId,
  isoDateTime,
} from '../../domain/workspace/workspace-schema.ts';

export const ActivityView = z.object({
  id: entityId,
  type: z.enum(activityTypes),
  accountId: entityId,
  opportunityId: entityId.optional(),
  occurredAt: isoDateTime,
  direction: z.enum(activityDirections).optional(),
  from: z.string().optional(),
  to: z.array(z.string()).optional(),
  cc: z.array(z.string()).optional(),
  subject: z.string().optional(),
  threadId: z.string().optional(),
  startsAt: isoDateTime.optional(),
  dueAt: isoDateTime.optional(),
  status: z.enum(activityStatuses).optional(),
  /** For an email, what its author wrote in it (no quoted mail, signature or disclaimer); otherwise the body. */
  text: z.string().optional(),
  /** The body exactly as stored, when asked for: quote offsets in observations index into it. */
  raw: z.string().optional(),
});
export type ActivityView = z.infer<typeof ActivityView>;

export function viewActivity(activity: Activity, includeRaw: boolean): ActivityView {
  const { body, ...rest } = activity;
  const text = body === undefined ? undefined : activity.type === 'email' ? freshText(body) : body;
  return {
    ...rest,
    ...(text !== undefined ? { text } : {}),
    ...(includeRaw && body !== undefined ? { raw: body } : {}),
  };
}
