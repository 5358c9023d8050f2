/** What the HTTP app is built from: the store, its settings, and the ports to missions and the decision queue. */
import type { Actor } from '../domain/access/actor.ts';
import type { ProposalPayload } from '../domain/proposals/proposal-schema.ts';
import type { AuthConfig } from '../services/auth/auth-config.ts';
import type { CopilotDepsInput } from '../services/copilot/copilot-deps.ts';
import type { RepDecisionStats } from '../services/decisions/decision-stats.ts';
import type { RejectReason } from '../services/decisions/reject-proposal.ts';
import type { RunRow } from '../store/mission-store.ts';
import type { Db, Store } from '../store/open-store.ts';
import type { ServerConfig } from './server-config.ts';

/** Starts runs for people who press "Run now"; the run is worked in the background and followed over SSE. */
export type MissionLauncher = {
  launch(request: { repId: string | null; requestedBy: string }): Promise<RunRow>;
  /** Stops working runs (on shutdown); an unfinished run resumes where it stopped next time. */
  stop(): Promise<void>;
};

export type DecisionOutcome = { proposalId: string; state: string };

/** The decision queue's service functions, as the HTTP routes call them: each `(db, actor, input)`. */
export type DecisionPort = {
  open(db: Db, actor: Actor, input: { proposalId: string }): Promise<unknown>;
  approve(
    db: Db,
    actor: Actor,
    input: {
      proposalId: string;
      edited?: ProposalPayload | undefined;
      override?: { reason: string } | undefined;
      expectedVersion?: number | undefined;
    },
  ): Promise<DecisionOutcome>;
  reject(
    db: Db,
    actor: Actor,
    input: { proposalId: string; reason: RejectReason; note?: string | undefined },
  ): Promise<DecisionOutcome>;
  snooze(
    db: Db,
    actor: Actor,
    input: { proposalId: string; until: string; note?: string | undefined },
  ): Promise<DecisionOutcome>;
  stats(db: Db, actor: Actor, input: { since: Date }): Promise<RepDecisionStats[]>;
};

export type AppDeps = {
  store: Store;
  config: ServerConfig;
  auth: AuthConfig;
  /** The wall clock, for sessions, tokens and limits (never for verdicts: those use the run's asOf). */
  now: () => Date;
  missions: MissionLauncher | undefined;
  decisions: DecisionPort;
  /** The built front end (dist/web); absent, only the API is served. */
  webRoot: string | undefined;
  /** Aborted on shutdown: open SSE streams end so the server can close. */
  shutdown: AbortSignal;
  /** The chat panel's copilot (limits, clock, model); configured from the environment when absent. */
  copilot?: CopilotDepsInput | undefined;
};
