/** The manager's pages: the audit trail and the run inspector, as the API returns them. */
import { z } from 'zod';

const instant = z.string().meta({ description: 'ISO 8601 instant' });

export const AuditFilter = z.object({
  actorId: z.string().optional(),
  action: z.string().optional(),
  opportunityId: z.string().optional(),
  since: instant.optional(),
  until: instant.optional(),
  /** Keyset pagination: entries older than this id. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: instant,
    actorId: z.string(),
    actorName: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    opportunityId: z.string().nullable(),
    dealName: z.string().nullable(),
    basis: z.unknown().nullable(),
    content: z.unknown().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = z
  .object({ entries: z.array(AuditEntry), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });

export const RunSummaryView = z
  .object({
    id: z.string(),
    repId: z.string().nullable(),
    repName: z.string().nullable(),
    trigger: z.string(),
    requestedBy: z.string().nullable(),
    status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
    reasoner: z.string(),
    asOf: z.string(),
    deals: z.number().int(),
    reasoned: z.number().int(),
    unchanged: z.number().int(),
    failed: z.number().int(),
    proposals: z.number().int(),
    createdAt: instant,
    startedAt: instant.nullable(),
    finishedAt: instant.nullable(),
    /** From start to finish (or to now while it runs). */
    durationMs: z.number().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'RunSummary' });

export const RunDetail = z
  .object({
    run: RunSummaryView,
    failures: z.array(
      z.object({
        opportunityId: z.string(),
        dealName: z.string().nullable(),
        ownerId: z.string(),
        attempts: z.number().int(),
        error: z.string().nullable(),
      }),
    ),
    /** The slowest deals of the run: where the time went. */
    slowest: z.array(
      z.object({ opportunityId: z.string(), dealName: z.string().nullable(), ms: z.number() }),
    ),
    statuses: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'RunDetail' });

export type AuditFilter = z.infer<typeof AuditFilter>;
export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditPage = z.infer<typeof AuditPage>;
export type RunSummaryView = z.infer<typeof RunSummaryView>;
export type RunDetail = z.infer<typeof RunDetail>;
