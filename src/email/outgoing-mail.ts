/** One email exactly as it will leave: frozen at approval, so every retry sends the same message. */
import { z } from 'zod';

export const MailAddress = z.object({ name: z.string().optional(), address: z.string().min(3) });

/** An iCalendar invite attached as text/calendar; METHOD:REQUEST so mail clients offer accept and decline. */
export const CalendarInvite = z.object({ method: z.literal('REQUEST'), content: z.string().min(1) });

export const OutgoingMail = z.object({
  /** `<id@host>`: stable across retries and restarts, so we and the receiver both recognise a repeat. */
  messageId: z.string().regex(/^<[^<>\s@]+@[^<>\s@]+>$/, 'expected <id@host>'),
  from: MailAddress,
  to: z.array(z.string().min(3)).min(1),
  cc: z.array(z.string().min(3)).default([]),
  subject: z.string(),
  text: z.string(),
  inReplyTo: z.string().optional(),
  references: z.array(z.string()).default([]),
  invite: CalendarInvite.optional(),
});

export type MailAddress = z.infer<typeof MailAddress>;
export type OutgoingMail = z.infer<typeof OutgoingMail>;
export type OutgoingMailInput = z.input<typeof OutgoingMail>;
