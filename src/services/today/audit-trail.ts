/** The audit trail a manager reads: filtered, paged by id, limited to the deals the actor may see. */
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access/actor.ts';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import { ownerFilter } from '../access/resolve-actor.ts';
import type { AuditEntry, AuditFilter, AuditPage } from './manager-schemas.ts';

type AuditRow = {
  id: number | string;
  at: Date | string;
  actor_id: string;
  actor_name: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  opportunity_id: string | null;
  deal_name: string | null;
  basis: unknown;
  content: unknown;
};

export async function readAuditTrail(db: Db, actor: Actor, filter: AuditFilter): Promise<AuditPage> {
  const owners = ownerFilter(actor);
  const where: SQL[] = [];
  // Entries about a deal follow the deal's visibility; entries about nothing in particular, only one's own.
  if (owners) {
    const visible = owners.length
      ? sql.join(
          owners.map((o) => sql`${o}`),
          sql`, `,
        )
      : sql`NULL`;
    where.push(sql`(o.owner_id IN (${visible}) OR l.actor_id = ${actor.userId})`);
  }
  if (filter.actorId) where.push(sql`l.actor_id = ${filter.actorId}`);
  if (filter.action) where.push(sql`l.action = ${filter.action}`);
  if (filter.opportunityId) where.push(sql`l.opportunity_id = ${filter.opportunityId}`);
  if (filter.since) where.push(sql`l.at >= ${filter.since}::timestamptz`);
  if (filter.until) where.push(sql`l.at < ${filter.until}::timestamptz`);
  if (filter.before) where.push(sql`l.id < ${filter.before}`);
  const rows = await queryRows<AuditRow>(
    db,
    sql`SELECT l.id, l.at, l.actor_id, u.name AS actor_name, l.action, l.subject_type, l.subject_id, l.opportunity_id,
               o.name AS deal_name, l.basis, l.content
        FROM audit_log l
        LEFT JOIN opportunities o ON o.id = l.opportunity_id
        LEFT JOIN users u ON u.id = l.actor_id
        ${where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``}
        ORDER BY l.id DESC LIMIT ${filter.limit + 1}`,
  );
  const entries = rows.slice(0, filter.limit).map(
    (r): AuditEntry => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      opportunityId: r.opportunity_id,
      dealName: r.deal_name,
      basis: r.basis ?? null,
      content: r.content ?? null,
    }),
  );
  return {
    entries,
    nextBefore: rows.length > filter.limit ? (entries[entries.length - 1]?.id ?? null) : null,
  };
}
