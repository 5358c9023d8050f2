/** The approval view: everything a person should read before deciding, and the moment they first opened it. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, canDecideFor } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { Citation } from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { contacts, decisions, observations, proposals } from '../../store/schema/index.ts';
import { contactLoad, customerAddresses, dealResumeOn, governorIssues } from './contact-governor.ts';
import { type DecisionDepsInput, decisionDeps } from './decision-deps.ts';
import { conflictsOf, joinedProposals, toQueueItem } from './list-queue.ts';
import { parseInput } from './parse-input.ts';
import { visibleProposal } from './proposal-access.ts';
import {
  currentPayload,
  draftPayload,
  parseGuard,
  payloadRecipients,
  type QueueFinding,
} from './proposal-record.ts';
import type { CheckedClaim, ProposalView } from './queue-item.ts';
import { sellerDomains } from './recipient-policy.ts';

export const ShowInput = z.object({ proposalId: z.string().min(1) });

const sourceLabel = (c: Citation): string =>
  `${c.ref.type} ${c.ref.id}${c.ref.field ? ` (${c.ref.field})` : ''}`;

/** Each statement the draft makes that a check looked at: first the cited ones, then what the checks flagged. */
export function checkedClaims(
  citations: readonly Citation[],
  findings: readonly QueueFinding[],
): CheckedClaim[] {
  return [
    ...citations.map((c) => ({
      claim: c.claim ?? '(the whole draft)',
      source: sourceLabel(c),
      ...(c.quote ? { quote: c.quote } : {}),
      status: 'cited' as const,
    })),
    ...findings.map((f) => ({
      claim: f.text || f.kind,
      // A finding without a record behind it names the check that raised it (recipient, claim, discount…).
      source: f.citation?.label ?? `${f.kind} check`,
      ...(f.citation?.quote ? { quote: f.citation.quote } : {}),
      status: 'flagged' as const,
      severity: f.severity,
      reason: f.reason,
    })),
  ];
}

export async function readProposalView(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof ShowInput>,
  depsInput: DecisionDepsInput = {},
): Promise<ProposalView> {
  const { proposalId } = parseInput(ShowInput, rawInput);
  const deps = decisionDeps(depsInput);
  const row = await visibleProposal(db, actor, proposalId);
  const [joined] = await joinedProposals(db).where(eq(proposals.id, row.id));
  if (!joined) throw new UserError('not_found', `no proposal ${proposalId}`);
  const payload = currentPayload(joined.p);
  const guard = parseGuard(joined.p.guard);
  const recipients = payloadRecipients(payload);
  const customers = customerAddresses(recipients, await sellerDomains(db));
  const now = deps.now();
  const pendingFacing = joined.p.state === 'pending' && customers.length > 0;
  // One query after another: a caller may hand in a transaction, which runs one query at a time.
  const conflicts = await conflictsOf(db, [row.id]);
  const trail = await db
    .select()
    .from(observations)
    .where(
      joined.p.runId
        ? and(eq(observations.runId, joined.p.runId), eq(observations.opportunityId, joined.p.opportunityId))
        : joined.p.requestId
          ? eq(observations.requestId, joined.p.requestId)
          : sql`FALSE`,
    )
    .orderBy(asc(observations.seq))
    .limit(100);
  const history = await db
    .select()
    .from(decisions)
    .where(eq(decisions.proposalId, row.id))
    .orderBy(asc(decisions.decidedAt), asc(decisions.id));
  const load = await contactLoad(db, joined.p.accountId, customers, now);
  const names =
    customers.length > 0
      ? await db
          .select({ email: sql<string>`lower(${contacts.email})`, name: contacts.name })
          .from(contacts)
          .where(
            and(
              eq(contacts.accountId, joined.p.accountId),
              inArray(sql`lower(${contacts.email})`, customers),
            ),
          )
      : [];
  const resumeOn = await dealResumeOn(db, joined.p.opportunityId);
  const issues = pendingFacing
    ? await governorIssues(db, {
        proposal: joined.p,
        addresses: customers,
        now,
        weeklyLimit: deps.config.contactWeeklyLimit,
      })
    : [];
  const nameOf = new Map(names.map((n) => [n.email, n.name]));
  const item = toQueueItem(joined, conflicts.get(row.id) ?? []);
  return {
    ...item,
    runId: joined.p.runId,
    rationale: joined.p.rationale,
    writer: joined.p.writer,
    draft: draftPayload(joined.p),
    approved: joined.p.approvedPayload ? payload : null,
    claims: checkedClaims(item.citations, guard?.findings ?? []),
    findings: guard?.findings ?? [],
    observations: trail.map((o) => ({
      kind: o.kind,
      title: o.title,
      detail: o.detail,
      refs: (o.refs as unknown[]) ?? [],
    })),
    decisions: history.map((d) => ({
      decision: d.decision,
      actorId: d.actorId,
      reasonCode: d.reasonCode,
      reasonText: d.reasonText,
      decidedAt: d.decidedAt.toISOString(),
      dwellMs: d.dwellMs,
    })),
    contacts: load.map((c) => ({
      address: c.address,
      ...(nameOf.has(c.address) ? { name: nameOf.get(c.address)! } : {}),
      sentThisWeek: c.sentThisWeek,
      weeklyLimit: deps.config.contactWeeklyLimit,
      doNotContact: c.doNotContact,
    })),
    governor: issues.map((i) => ({
      code: i.code,
      overridable: i.overridable,
      ...(i.address ? { address: i.address } : {}),
      message: i.message,
    })),
    resumeOn: resumeOn ?? null,
    firstOpenedAt: joined.p.firstOpenedAt?.toISOString() ?? null,
  };
}

/**
 * Opening starts the clock on the decision: the first time someone who may decide opens it is recorded once,
 * and the dwell on the decision is measured from it. Opening is not a state change, so the version stays.
 */
export async function openProposal(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof ShowInput>,
  depsInput: DecisionDepsInput = {},
): Promise<ProposalView> {
  const { proposalId } = parseInput(ShowInput, rawInput);
  const deps = decisionDeps(depsInput);
  const row = await visibleProposal(db, actor, proposalId);
  if (canDecideFor(actor, row.ownerId) && !row.firstOpenedAt)
    await db
      .update(proposals)
      .set({ firstOpenedAt: deps.now() })
      .where(and(eq(proposals.id, row.id), isNull(proposals.firstOpenedAt)));
  return readProposalView(db, actor, { proposalId }, depsInput);
}
