/** The audit log: who did what to which proposal, on what basis, with the exact content; rows are only ever added. */
import type { Db } from '../../store/open-store.ts';
import { auditLog } from '../../store/schema/index.ts';

export const auditActions = [
  'proposed',
  'auto_approved',
  'approved',
  'rejected',
  'snoozed',
  'reassigned',
  'withdrawn',
  'expired',
  'overridden',
  'executed',
  'send_retrying',
  'send_failed',
  'send_unconfirmed',
  'confirmed_sent',
  'confirmed_not_sent',
  'retry_requested',
  'reviewed',
  'do_not_contact_added',
  'do_not_contact_removed',
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditEntry = {
  at: Date;
  actorId: string;
  action: AuditAction;
  subjectType: 'proposal' | 'contact';
  subjectId: string;
  opportunityId?: string | null;
  /** Why: the verdict, the rationale, the guard findings, the decision and its reason. */
  basis?: unknown;
  /** What: the exact payload or message executed. */
  content?: unknown;
};

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    opportunityId: entry.opportunityId ?? null,
    basis: entry.basis ?? null,
    content: entry.content ?? null,
  });
}
