/** The ports a mission works through: a reasoner, a writer, a guard and the decision queue, each replaceable. */
import type { Observation } from '../../domain/observations/observation-schema.ts';
import type { ProposalDraft } from '../../domain/proposals/proposal-schema.ts';
import type { DealAssessment } from '../../domain/triage/assessment-schema.ts';
import type { DealContext } from '../../domain/triage/deal-context.ts';
import type { WorldHead } from '../../store/deal-contexts.ts';
import type { Db } from '../../store/open-store.ts';

export type { Reasoner } from '../../domain/triage/reasoner.ts';
export type Assessment = DealAssessment;

export type ProposalWriter = {
  readonly name: string;
  write(context: DealContext, assessment: Assessment): Promise<ProposalDraft | undefined>;
};

export type GuardOutcome = { blocked: boolean; observations: Observation[]; findings: unknown[] };
export type DraftGuard = (context: DealContext, draft: ProposalDraft) => GuardOutcome;

export type NewProposal = {
  runId: string;
  context: DealContext;
  assessment: Assessment;
  draft: ProposalDraft;
  guard: GuardOutcome | undefined;
  fingerprint: string;
};

/**
 * Where a mission gathers each deal's context: the store directly, or an MCP client bound to closeloop's own CRM
 * servers (or another CRM's, through a mapping). Every source must give the same contexts for the same deals.
 */
export type DealContextSource = {
  readonly name: string;
  load(db: Db, head: WorldHead, opportunityIds: readonly string[], asOf: string): Promise<DealContext[]>;
};

/** The decision queue as a mission sees it: it proposes and withdraws; people decide. */
export type ProposalSink = {
  create(tx: Db, proposal: NewProposal): Promise<{ id: string }>;
  /** Open (pending) proposals on these deals from earlier runs. */
  openFor(
    tx: Db,
    opportunityIds: readonly string[],
  ): Promise<Array<{ id: string; opportunityId: string; action: string; payload: unknown }>>;
  withdraw(tx: Db, proposalId: string, reason: string): Promise<void>;
  /** Withdraws open proposals on deals that have closed; null owners means everyone's. */
  sweepClosed(tx: Db, ownerIds: readonly string[] | null): Promise<number>;
};
