/** Everything the deal panel shows: the record, its latest verdict and proposals, the reasoning chain and its sources. */
import { and, asc, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { type Actor, canSeeOwner } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import type { NextBestAction } from '../../domain/labels/labels-schema.ts';
import type { RecordRef } from '../../domain/observations/observation-schema.ts';
import { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { activityFromRow } from '../../store/rows/crm-rows.ts';
import * as t from '../../store/schema/index.ts';
import { visibleProposal } from '../decisions/proposal-access.ts';
import { parseGuard } from '../decisions/proposal-record.ts';
import type {
  ActivityView,
  DealDetail,
  ProposalOrigin,
  ProposalView,
  StoredObservation,
} from './today-schemas.ts';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

type ProposalRow = typeof t.proposals.$inferSelect;

/** Still to be decided or on its way out: what a rep should see in flight on a deal. */
const OPEN_STATES = ['pending', 'approved', 'executing'] as const;
// A guard against a runaway caller filling one deal's queue; a deal normally has one or two open.
const OTHER_PROPOSALS_MAX = 50;

export type DealDetailOptions = {
  /** A proposal to include whatever its state, as a link to it asks (`/proposals/{id}`). */
  proposalId?: string | undefined;
};

/** A deal the actor may not see is "not found", exactly like one that does not exist. */
export async function readDealDetail(
  db: Db,
  actor: Actor,
  opportunityId: string,
  options: DealDetailOptions = {},
): Promise<DealDetail> {
  const [head] = await db
    .select({
      opportunity: t.opportunities,
      account: t.accounts,
      ownerName: t.users.name,
      state: t.dealStates,
      proposal: t.proposals,
    })
    .from(t.opportunities)
    .innerJoin(t.accounts, eq(t.accounts.id, t.opportunities.accountId))
    .leftJoin(t.users, eq(t.users.id, t.opportunities.ownerId))
    .leftJoin(t.dealStates, eq(t.dealStates.opportunityId, t.opportunities.id))
    .leftJoin(t.proposals, eq(t.proposals.id, t.dealStates.proposalId))
    .where(eq(t.opportunities.id, opportunityId));
  if (!head || !canSeeOwner(actor, head.opportunity.ownerId))
    throw new UserError('not_found', `no deal ${opportunityId}`);
  const { opportunity, account, state, proposal } = head;

  const [observations, others] = await Promise.all([
    state
      ? db
          .select()
          .from(t.observations)
          .where(and(eq(t.observations.opportunityId, opportunityId), eq(t.observations.runId, state.runId)))
          .orderBy(asc(t.observations.seq))
      : Promise.resolve([]),
    otherProposals(db, actor, opportunityId, proposal?.id, options.proposalId),
  ]);
  const requesters = await requesterNames(db, [...(proposal ? [proposal] : []), ...others]);
  const refs: RecordRef[] = observations.flatMap((o) => (o.refs as RecordRef[] | null) ?? []);
  const citedRefs = [...(proposal ? [proposal] : []), ...others].flatMap((p) => citationRefs(p.payload));
  const referencedActivities = idsOf([...refs, ...citedRefs], 'activity');
  const referencedDocuments = idsOf([...refs, ...citedRefs], 'document');

  const [activities, contacts, usage, history, documents] = await Promise.all([
    db
      .select()
      .from(t.activities)
      .where(
        and(
          eq(t.activities.accountId, account.id),
          or(
            eq(t.activities.opportunityId, opportunityId),
            isNull(t.activities.opportunityId),
            referencedActivities.length ? inArray(t.activities.id, referencedActivities) : undefined,
          ),
        ),
      )
      .orderBy(asc(t.activities.occurredAt), asc(t.activities.id)),
    db.select().from(t.contacts).where(eq(t.contacts.accountId, account.id)).orderBy(asc(t.contacts.name)),
    db
      .select()
      .from(t.usage)
      .where(eq(t.usage.accountId, account.id))
      .orderBy(asc(t.usage.metric), asc(t.usage.period)),
    db
      .select()
      .from(t.stageHistory)
      .where(eq(t.stageHistory.opportunityId, opportunityId))
      .orderBy(asc(t.stageHistory.position)),
    referencedDocuments.length
      ? db
          .select({ id: t.documents.id, title: t.documents.title, kind: t.documents.kind })
          .from(t.documents)
          .where(inArray(t.documents.id, referencedDocuments))
      : Promise.resolve([]),
  ]);

  return {
    deal: {
      id: opportunity.id,
      name: opportunity.name,
      type: opportunity.type,
      stage: opportunity.stage,
      amount: opportunity.amount,
      currency: opportunity.currency,
      closeDate: opportunity.closeDate,
      nextStep: opportunity.nextStep,
      nextStepDate: opportunity.nextStepDate,
      contractEndDate: opportunity.contractEndDate,
      licensedSeats: opportunity.licensedSeats,
      createdAt: opportunity.createdAt.toISOString(),
      ownerId: opportunity.ownerId,
      ownerName: head.ownerName,
      account: { id: account.id, name: account.name, domain: account.domain, industry: account.industry },
      stageHistory: history.map((h) => ({ stage: h.stage, enteredAt: h.enteredAt.toISOString() })),
    },
    state: state && {
      verdict: state.verdict,
      actions: state.actions as NextBestAction[],
      resumeOn: state.resumeOn,
      priority: state.priority,
      why: state.why,
      runId: state.runId,
      asOf: state.asOf,
    },
    proposal: proposal ? proposalView(proposal, requesters) : null,
    otherProposals: others.map((p) => proposalView(p, requesters)),
    observations: observations.map(
      (o): StoredObservation => ({
        seq: o.seq,
        runId: o.runId,
        at: o.at.toISOString(),
        kind: o.kind,
        title: o.title,
        ...(o.detail !== null ? { detail: o.detail } : {}),
        refs: (o.refs as RecordRef[] | null) ?? [],
        ...(o.span ? { span: o.span as StoredObservation['span'] } : {}),
        ...(o.data ? { data: o.data as Record<string, unknown> } : {}),
      }),
    ),
    activities: activities.map(activityView),
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      title: c.title,
      role: c.role,
      status: c.status,
    })),
    usage: usage.map((u) => ({ metric: u.metric, period: u.period, value: u.value })),
    documents,
  };
}

function activityView(row: typeof t.activities.$inferSelect): ActivityView {
  const a = activityFromRow(row);
  return {
    id: a.id,
    type: a.type,
    opportunityId: a.opportunityId ?? null,
    occurredAt: a.occurredAt,
    direction: a.direction ?? null,
    from: a.from ?? null,
    to: a.to ?? [],
    cc: a.cc ?? [],
    subject: a.subject ?? null,
    body: a.body ?? null,
    threadId: a.threadId ?? null,
    startsAt: a.startsAt ?? null,
    status: a.status ?? null,
  };
}

/** The deal's open proposals besides the mission's, and the one asked for; only those whose queue the actor sees. */
async function otherProposals(
  db: Db,
  actor: Actor,
  opportunityId: string,
  missionProposalId: string | undefined,
  askedId: string | undefined,
): Promise<ProposalRow[]> {
  const rows = await db
    .select()
    .from(t.proposals)
    .where(
      and(
        eq(t.proposals.opportunityId, opportunityId),
        askedId
          ? or(inArray(t.proposals.state, [...OPEN_STATES]), eq(t.proposals.id, askedId))
          : inArray(t.proposals.state, [...OPEN_STATES]),
        missionProposalId ? ne(t.proposals.id, missionProposalId) : undefined,
      ),
    )
    .orderBy(desc(t.proposals.createdAt), desc(t.proposals.id))
    .limit(OTHER_PROPOSALS_MAX);
  // An admin may have reassigned one to someone outside the actor's team: that one stays out of sight.
  return rows.filter((p) => canSeeOwner(actor, p.ownerId));
}

/** Who asked the copilot for each proposal a copilot request made, by request id. */
async function requesterNames(db: Db, rows: readonly ProposalRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((p) => (p.requestId && !p.runId ? [p.requestId] : [])))];
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: t.copilotRequests.id, name: t.users.name })
    .from(t.copilotRequests)
    .innerJoin(t.users, eq(t.users.id, t.copilotRequests.userId))
    .where(inArray(t.copilotRequests.id, ids));
  return new Map(found.map((r) => [r.id, r.name]));
}

// The MCP tool stamps its proposals' request ids and writers this way (src/mcp/copilot/propose-action.ts).
const MCP_REQUEST = 'mcp_';
const MCP_WRITER = 'mcp:';

export function proposalOrigin(
  p: Pick<ProposalRow, 'runId' | 'requestId' | 'writer'>,
  requesters: ReadonlyMap<string, string>,
): ProposalOrigin {
  if (p.runId) return { source: 'mission', id: p.runId, by: null };
  if (p.requestId?.startsWith(MCP_REQUEST))
    return {
      source: 'mcp',
      id: p.requestId,
      by: p.writer.startsWith(MCP_WRITER) ? p.writer.slice(MCP_WRITER.length) : null,
    };
  if (p.requestId) return { source: 'copilot', id: p.requestId, by: requesters.get(p.requestId) ?? null };
  return { source: 'other', id: null, by: null };
}

/** One proposal by id, for a link to it: the caller learns nothing of one they may not see. */
export async function readProposalLink(db: Db, actor: Actor, proposalId: string): Promise<ProposalView> {
  const row = await visibleProposal(db, actor, proposalId);
  return proposalView(row, await requesterNames(db, [row]));
}

export function proposalView(p: ProposalRow, requesters: ReadonlyMap<string, string>): ProposalView {
  return {
    id: p.id,
    opportunityId: p.opportunityId,
    ownerId: p.ownerId,
    origin: proposalOrigin(p, requesters),
    kind: p.kind,
    action: p.action,
    state: p.state,
    payload: ProposalPayload.parse(p.payload),
    approvedPayload: p.approvedPayload ? ProposalPayload.parse(p.approvedPayload) : null,
    rationale: p.rationale,
    writer: p.writer,
    blocked: p.blocked,
    guard: parseGuard(p.guard) ?? null,
    snoozedUntil: iso(p.snoozedUntil),
    stateReason: p.stateReason,
    createdAt: p.createdAt.toISOString(),
    decidedAt: iso(p.decidedAt),
    decidedBy: p.decidedBy,
    version: p.version,
  };
}

function citationRefs(payload: unknown): RecordRef[] {
  const parsed = ProposalPayload.safeParse(payload);
  return parsed.success && parsed.data.kind === 'send_email'
    ? parsed.data.email.citations.map((c) => c.ref)
    : [];
}

const idsOf = (refs: readonly RecordRef[], type: RecordRef['type']): string[] => [
  ...new Set(refs.filter((r) => r.type === type).map((r) => r.id)),
];
