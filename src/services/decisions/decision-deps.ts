/** What the decision services need from outside: tunables, a clock, and the guardrails for edited drafts. */
import type { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
import type { Db } from '../../store/open-store.ts';
import { type DecisionConfig, decisionConfig } from './decision-config.ts';
import { storeDraftRecheck } from './guard-recheck.ts';
import type { ProposalRow, StoredGuard } from './proposal-record.ts';

/** Re-checks a draft a person edited, before it is approved: the guardrails, wired in by whoever composes the app. */
export type DraftRecheck = (
  db: Db,
  input: { proposal: ProposalRow; payload: ProposalPayload },
) => Promise<StoredGuard>;

export type DecisionDeps = {
  config: DecisionConfig;
  now: () => Date;
  /** Default: the guardrails against the store's records. */
  recheck: DraftRecheck;
};

export type DecisionDepsInput = Partial<DecisionDeps>;

export function decisionDeps(input: DecisionDepsInput = {}): DecisionDeps {
  return {
    config: input.config ?? decisionConfig(),
    now: input.now ?? (() => new Date()),
    recheck: input.recheck ?? storeDraftRecheck,
  };
}
