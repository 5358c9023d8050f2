/** A rep's open deals (the actor's own by default), for a rep the actor may see. */
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, canSeeOwner, isSystem } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import { opportunityFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { openDealCondition, readCrmHead } from './crm-head.ts';
import { OpportunitySummary, Person, summarizeOpportunity, toPerson } from './crm-views.ts';

export const ListOpenOpportunitiesInput = z.object({
  rep: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe("The rep's email or user id; yourself when omitted. A manager may name anyone on their team."),
  limit: z
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .describe('At most this many deals (1-500, default 100)'),
});
export const ListOpenOpportunitiesOutput = z.object({
  rep: Person,
  /** All the rep's open deals, even when `limit` cut the list short. */
  total: z.number().int().min(0),
  opportunities: z.array(OpportunitySummary),
});
export type ListOpenOpportunitiesInput = z.input<typeof ListOpenOpportunitiesInput>;
export type ListOpenOpportunitiesOutput = z.infer<typeof ListOpenOpportunitiesOutput>;

/** The user named by email or id, when the actor may see their deals; "not found" otherwise, leaking nothing. */
export async function resolveVisibleRep(db: Db, actor: Actor, rep: string | undefined): Promise<Person> {
  const key = rep ?? (isSystem(actor) ? undefined : actor.userId);
  if (key === undefined)
    throw new UserError('invalid_input', 'name a rep: the system user has no deals of its own');
  const [user] = await db
    .select()
    .from(t.users)
    .where(or(eq(t.users.id, key), sql`lower(${t.users.email}) = lower(${key})`))
    .limit(1);
  if (!user || !canSeeOwner(actor, user.id)) throw new UserError('not_found', `no rep ${key}`);
  return toPerson(user);
}

export async function listOpenOpportunities(
  db: Db,
  actor: Actor,
  input: ListOpenOpportunitiesInput,
): Promise<ListOpenOpportunitiesOutput> {
  const { rep, limit } = ListOpenOpportunitiesInput.parse(input);
  const person = await resolveVisibleRep(db, actor, rep);
  const { pipeline } = await readCrmHead(db);
  const where = and(eq(t.opportunities.ownerId, person.id), openDealCondition(pipeline));
  const [rows, [total]] = await Promise.all([
    db
      .select({ opportunity: t.opportunities, accountName: t.accounts.name })
      .from(t.opportunities)
      .innerJoin(t.accounts, eq(t.accounts.id, t.opportunities.accountId))
      .where(where)
      // The deals closing soonest first: what a rep looks at on Monday.
      .orderBy(asc(t.opportunities.closeDate), asc(t.opportunities.id))
      .limit(limit),
    db.select({ n: count() }).from(t.opportunities).where(where),
  ]);
  return {
    rep: person,
    total: Number(total?.n ?? 0),
    opportunities: rows.map((r) => summarizeOpportunity(opportunityFromRow(r.opportunity), r.accountName)),
  };
}

/** Ids of every open deal of these owners, for batch reads (triage of a pipeline). */
export async function openDealIdsOf(db: Db, ownerIds: readonly string[]): Promise<string[]> {
  if (ownerIds.length === 0) return [];
  const { pipeline } = await readCrmHead(db);
  const rows = await db
    .select({ id: t.opportunities.id })
    .from(t.opportunities)
    .where(and(inArray(t.opportunities.ownerId, [...ownerIds]), openDealCondition(pipeline)))
    .orderBy(t.opportunities.id);
  return rows.map((r) => r.id);
}
