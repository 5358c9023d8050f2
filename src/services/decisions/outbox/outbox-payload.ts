/** What an outbox row executes, frozen at approval: the exact message or CRM change, with where to write it back. */
import { z } from 'zod';
import { ActivityLog, OpportunityUpdate } from '../../../domain/proposals/proposal-schema.ts';
import { isoDateTime } from '../../../domain/workspace/workspace-schema.ts';
import { OutgoingMail } from '../../../email/outgoing-mail.ts';

export const OutboxPayload = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('send_email'),
    mail: OutgoingMail,
    /** The CRM thread the sent email joins as an outbound activity. */
    threadId: z.string(),
  }),
  z.object({
    kind: z.literal('schedule_meeting'),
    mail: OutgoingMail,
    startsAt: isoDateTime,
    durationMinutes: z.number().int(),
    threadId: z.string(),
  }),
  z.object({ kind: z.literal('update_opportunity'), update: OpportunityUpdate }),
  z.object({ kind: z.literal('log_activity'), log: ActivityLog }),
]);
export type OutboxPayload = z.infer<typeof OutboxPayload>;
export type MailPayload = Extract<OutboxPayload, { mail: unknown }>;

export const isMailPayload = (p: OutboxPayload): p is MailPayload =>
  p.kind === 'send_email' || p.kind === 'schedule_meeting';
