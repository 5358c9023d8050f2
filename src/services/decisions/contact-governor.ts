/** The contact governor: across all reps and runs, how often and whether a customer may hear from us. */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../store/open-store.ts';
import { queryRows } from '../../store/query-rows.ts';
import type { ProposalRow } from './proposal-record.ts';
import { isSellerAddress } from './recipient-policy.ts';

export type GovernorIssue = {
  code: 'do_not_contact' | 'weekly_limit' | 'deferred' | 'conflict';
  /** A person may send anyway with a written reason (a deferral, the weekly limit); never past a do-not-contact. */
  overridable: boolean;
  address?: string;
  message: string;
  data?: Record<string, unknown>;
};

export type ContactLoad = { address: string; sentThisWeek: number; doNotContact: boolean };

const WEEK_MS = 7 * 24 * 3600_000;
// Any constant shared by every closeloop: the first half of a two-part advisory lock key, the address the second.
const CONTACT_LOCK_SPACE = 7_140_222;

const textArray = (values: readonly string[]): SQL =>
  values.length === 0
    ? sql`ARRAY[]::text[]`
    : sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;

/** The customer's addresses among these: the governor never limits mail between our own people. */
export const customerAddresses = (addresses: readonly string[], domains: readonly string[]): string[] =>
  addresses.filter((a) => !isSellerAddress(a, domains));

/**
 * Serialises approvals that reach the same contact until the transaction ends, so two reps approving at the
 * same moment cannot both see "one email this week". Sorted, so two approvals never wait on each other in a cycle.
 */
export async function lockContacts(tx: Db, addresses: readonly string[]): Promise<void> {
  for (const address of [...addresses].sort())
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CONTACT_LOCK_SPACE}, hashtext(${address}))`);
}

/** Emails each address got from us in the seven days before `now`: logged activities plus messages still in flight. */
export async function contactLoad(
  db: Db,
  accountId: string,
  addresses: readonly string[],
  now: Date,
): Promise<ContactLoad[]> {
  if (addresses.length === 0) return [];
  const since = new Date(now.getTime() - WEEK_MS);
  const rows = await queryRows<{ address: string; logged: number; in_flight: number; dnc: boolean }>(
    db,
    sql`SELECT a.address,
          (SELECT count(*)::int FROM activities x
            WHERE x.account_id = ${accountId} AND x.type = 'email' AND x.direction = 'outbound'
              AND x.occurred_at > ${since} AND x.occurred_at <= ${now}
              AND EXISTS (SELECT 1 FROM unnest(coalesce(x.to_addresses, '{}') || coalesce(x.cc_addresses, '{}')) r
                          WHERE lower(r) = a.address OR lower(r) LIKE '%<' || a.address || '>')) AS logged,
          -- Sent ones are logged as activities when they complete; until then the outbox row is the record.
          (SELECT count(*)::int FROM outbox o JOIN proposals p ON p.id = o.proposal_id
            WHERE o.status IN ('pending', 'sending', 'unconfirmed') AND o.kind IN ('send_email', 'schedule_meeting')
              AND p.recipients @> ARRAY[a.address] AND o.created_at > ${since}) AS in_flight,
          EXISTS (SELECT 1 FROM do_not_contact d WHERE d.email = a.address) AS dnc
        FROM unnest(${textArray(addresses)}) AS a(address)`,
  );
  return rows.map((r) => ({ address: r.address, sentThisWeek: r.logged + r.in_flight, doNotContact: r.dnc }));
}

/** Other proposals to any of these contacts that are open, or were approved while this one was waiting. */
export async function conflictingProposals(
  db: Db,
  proposal: Pick<ProposalRow, 'id' | 'createdAt'>,
  addresses: readonly string[],
): Promise<
  Array<{ id: string; state: string; ownerId: string; opportunityId: string; decidedAt: Date | null }>
> {
  if (addresses.length === 0) return [];
  return queryRows(
    db,
    sql`SELECT id, state, owner_id AS "ownerId", opportunity_id AS "opportunityId", decided_at AS "decidedAt"
        FROM proposals
        WHERE id <> ${proposal.id} AND recipients && ${textArray(addresses)}
          AND kind IN ('send_email', 'schedule_meeting')
          AND (state = 'pending' OR (state IN ('approved', 'executing', 'done') AND decided_at > ${proposal.createdAt}))
        ORDER BY created_at`,
  );
}

/** The deal's deferral: the customer asked us to wait until this date (from the latest assessment). */
export async function dealResumeOn(db: Db, opportunityId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ resume_on: string | null }>(
    db,
    sql`SELECT resume_on FROM deal_states WHERE opportunity_id = ${opportunityId}`,
  );
  return row?.resume_on ?? undefined;
}

export type GovernorInput = {
  proposal: Pick<ProposalRow, 'id' | 'createdAt' | 'opportunityId' | 'accountId'>;
  /** The customer's addresses (seller addresses already removed). */
  addresses: readonly string[];
  now: Date;
  weeklyLimit: number;
};

/** Everything that keeps this message from going out now; empty means the governor has no objection. */
export async function governorIssues(db: Db, input: GovernorInput): Promise<GovernorIssue[]> {
  if (input.addresses.length === 0) return [];
  // Sequential: this runs inside the approval's transaction, on one connection.
  const load = await contactLoad(db, input.proposal.accountId, input.addresses, input.now);
  const conflicts = await conflictingProposals(db, input.proposal, input.addresses);
  const resumeOn = await dealResumeOn(db, input.proposal.opportunityId);
  const issues: GovernorIssue[] = [];
  for (const c of load) {
    if (c.doNotContact)
      issues.push({
        code: 'do_not_contact',
        overridable: false,
        address: c.address,
        message: `${c.address} is on the do-not-contact list`,
      });
    if (c.sentThisWeek + 1 > input.weeklyLimit)
      issues.push({
        code: 'weekly_limit',
        overridable: true,
        address: c.address,
        message: `${c.address} already got ${c.sentThisWeek} of our emails in the last 7 days (limit ${input.weeklyLimit})`,
        data: { sentThisWeek: c.sentThisWeek, limit: input.weeklyLimit },
      });
  }
  for (const other of conflicts.filter((c) => c.state !== 'pending'))
    issues.push({
      code: 'conflict',
      overridable: false,
      message: `proposal ${other.id} to the same contact was approved while this one waited (${other.state}); reject this one or merge what it adds into a new email`,
      data: { proposalId: other.id, state: other.state },
    });
  const today = input.now.toISOString().slice(0, 10);
  if (resumeOn && today < resumeOn)
    issues.push({
      code: 'deferred',
      overridable: true,
      message: `the customer asked us to wait until ${resumeOn}`,
      data: { resumeOn },
    });
  return issues;
}
