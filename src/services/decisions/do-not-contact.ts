/** The do-not-contact list: addresses no proposal may reach, whoever drafted or approved it. */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { email } from '../../domain/workspace/workspace-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { doNotContact } from '../../store/schema/index.ts';
import { appendAudit } from './audit.ts';
import { type DecisionDepsInput, decisionDeps } from './decision-deps.ts';
import { parseInput } from './parse-input.ts';

export const DoNotContactInput = z.object({
  email: email.transform((e) => e.trim().toLowerCase()),
  reason: z.string().trim().max(500).optional(),
});

export type DoNotContactEntry = { email: string; reason: string | null; addedBy: string; addedAt: string };

/** Anyone may add an address: stopping mail is always safe. */
export async function addDoNotContact(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof DoNotContactInput>,
  depsInput: DecisionDepsInput = {},
): Promise<{ email: string; added: boolean }> {
  const input = parseInput(DoNotContactInput, rawInput);
  const now = decisionDeps(depsInput).now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(doNotContact)
      .values({ email: input.email, reason: input.reason ?? null, addedBy: actor.userId, addedAt: now })
      .onConflictDoNothing()
      .returning();
    if (row)
      await appendAudit(tx, {
        at: now,
        actorId: actor.userId,
        action: 'do_not_contact_added',
        subjectType: 'contact',
        subjectId: input.email,
        basis: { reason: input.reason },
      });
    return { email: input.email, added: Boolean(row) };
  });
}

/** Only a manager or an admin lifts a block: someone asked us to stop, and that is not a rep's call to undo. */
export async function removeDoNotContact(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof DoNotContactInput>,
  depsInput: DecisionDepsInput = {},
): Promise<{ email: string; removed: boolean }> {
  const input = parseInput(DoNotContactInput, rawInput);
  if (actor.role === 'rep')
    throw new UserError(
      'forbidden',
      'only a manager or an admin can take an address off the do-not-contact list',
    );
  const now = decisionDeps(depsInput).now();
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(doNotContact).where(eq(doNotContact.email, input.email)).returning();
    if (row)
      await appendAudit(tx, {
        at: now,
        actorId: actor.userId,
        action: 'do_not_contact_removed',
        subjectType: 'contact',
        subjectId: input.email,
        basis: { reason: input.reason, wasListedBy: row.addedBy, wasListedFor: row.reason },
      });
    return { email: input.email, removed: Boolean(row) };
  });
}

export async function listDoNotContact(db: Db): Promise<DoNotContactEntry[]> {
  const rows = await db.select().from(doNotContact).orderBy(asc(doNotContact.email));
  return rows.map((r) => ({
    email: r.email,
    reason: r.reason,
    addedBy: r.addedBy,
    addedAt: r.addedAt.toISOString(),
  }));
}
