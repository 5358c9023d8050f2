/** A proposal as stored: its row, its payload parsed back with zod, and the facts every operation derives from it. */
import { z } from 'zod';
import { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
import type * as schema from '../../store/schema/index.ts';

export type ProposalRow = (typeof schema.proposals)['$inferSelect'];
export type OutboxRow = (typeof schema.outbox)['$inferSelect'];

/** A finding on a draft, from the guardrails or from the queue's own recipient and governor checks. */
export const QueueFinding = z.object({
  kind: z.string(),
  severity: z.enum(['block', 'warn']),
  /** The words or address the finding is about. */
  text: z.string().default(''),
  reason: z.string(),
  check: z.string().optional(),
  citation: z
    .object({ id: z.string().optional(), label: z.string(), quote: z.string().optional() })
    .optional(),
  source: z.enum(['guardrails', 'queue']).default('guardrails'),
});
export type QueueFinding = z.infer<typeof QueueFinding>;

/** What the proposals.guard column holds. */
export const StoredGuard = z.object({ blocked: z.boolean(), findings: z.array(QueueFinding).default([]) });
export type StoredGuard = z.infer<typeof StoredGuard>;

/** Reads guard output from any writer: unknown finding shapes are kept as far as they parse, never trusted blindly. */
export function parseGuard(raw: unknown): StoredGuard | undefined {
  if (raw === null || raw === undefined) return undefined;
  const object = z
    .object({ blocked: z.boolean(), findings: z.array(z.unknown()).default([]) })
    .safeParse(raw);
  if (!object.success) return undefined;
  const findings = object.data.findings.flatMap((f) => {
    const parsed = QueueFinding.safeParse(f);
    return parsed.success ? [parsed.data] : [];
  });
  return { blocked: object.data.blocked, findings };
}

export const draftPayload = (row: ProposalRow): ProposalPayload => ProposalPayload.parse(row.payload);
/** What will run, or ran: the approved version when a person edited it, else the draft. */
export const currentPayload = (row: ProposalRow): ProposalPayload =>
  ProposalPayload.parse(row.approvedPayload ?? row.payload);

/** "Jane Doe <Jane@X.com>" → "jane@x.com". */
export function bareAddress(raw: string): string {
  return (/<([^>]+)>/.exec(raw)?.[1] ?? raw).trim().toLowerCase();
}

/** Who a payload reaches outside the CRM: an email's to and cc, a meeting's attendees; internal kinds reach nobody. */
export function payloadRecipients(payload: ProposalPayload): string[] {
  const raw =
    payload.kind === 'send_email'
      ? [...payload.email.to, ...payload.email.cc]
      : payload.kind === 'schedule_meeting'
        ? payload.meeting.attendees
        : [];
  return [...new Set(raw.map(bareAddress))];
}

/** One line each for to, subject and body, whatever the kind: what a queue row and `--json` show. */
export function payloadSummary(payload: ProposalPayload): {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
} {
  switch (payload.kind) {
    case 'send_email':
      return {
        to: payload.email.to,
        cc: payload.email.cc,
        subject: payload.email.subject,
        body: payload.email.body,
      };
    case 'schedule_meeting':
      return {
        to: payload.meeting.attendees,
        cc: [],
        subject: payload.meeting.subject,
        body: `${payload.meeting.agenda}\n\nTime options: ${payload.meeting.timeOptions.join(', ')} (${payload.meeting.durationMinutes} min)`,
      };
    case 'update_opportunity':
      return {
        to: [],
        cc: [],
        subject: payload.update.changes.map((c) => `${c.field}: ${c.from ?? '(empty)'} → ${c.to}`).join('; '),
        body: payload.update.reason,
      };
    case 'log_activity':
      return { to: [], cc: [], subject: `Log a ${payload.log.type}`, body: payload.log.summary };
  }
}
