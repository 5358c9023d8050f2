/** Small factories for decision-queue tests: the Northwind world in a store, its people as actors, drafts, a clock. */
import type { Actor } from '../../src/domain/access/actor.ts';
import type {
  EmailDraft,
  ProposalDraft,
  ProposalPayload,
} from '../../src/domain/proposals/proposal-schema.ts';
import { actorByEmail } from '../../src/services/access/resolve-actor.ts';
import { approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { createProposal } from '../../src/services/decisions/create-proposal.ts';
import { type DecisionConfig, decisionConfig } from '../../src/services/decisions/decision-config.ts';
import type { DecisionDepsInput } from '../../src/services/decisions/decision-deps.ts';
import { openProposal } from '../../src/services/decisions/proposal-view.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import type { Db, Store } from '../../src/store/open-store.ts';
import { northwindWorkspace } from '../support/paths.ts';

/** Northwind's "now": the last outbound email to hank@globex.com (act-2) was three days before. */
export const NORTHWIND_NOW = new Date('2026-02-20T15:00:00Z');

export type People = { dana: Actor; raj: Actor; sam: Actor };

export async function northwindQueue(store: Store): Promise<People> {
  await importWorkspaceFile(store, northwindWorkspace);
  const [dana, raj, sam] = await Promise.all(
    ['dana@northwind.io', 'raj@northwind.io', 'sam@northwind.io'].map((e) => actorByEmail(store.db, e)),
  );
  return { dana: dana!, raj: raj!, sam: sam! };
}

/** A clock that stands still unless a test moves it. */
export function testClock(start: Date = NORTHWIND_NOW) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export function testConfig(
  overrides: Partial<DecisionConfig> = {},
  env: NodeJS.ProcessEnv = {},
): DecisionConfig {
  // No sampling unless a test asks: a test about approvals should not depend on which ids fall in the sample.
  return {
    ...decisionConfig({ CLOSELOOP_REVIEW_SAMPLE_RATE: '0', CLOSELOOP_MIN_DWELL_SECONDS: '0', ...env }),
    ...overrides,
  };
}

export function anEmail(overrides: Partial<EmailDraft> = {}): ProposalPayload {
  return {
    kind: 'send_email',
    email: {
      to: ['hank@globex.com'],
      cc: [],
      subject: 'Re: Proposal',
      body: 'Hi Hank,\n\nAttached is the revised proposal with three-year pricing: 10% off list.\n\nBest,\nDana',
      threadId: 't-o-101',
      citations: [
        {
          ref: { type: 'document', id: 'doc-pricing' },
          quote: 'Three-year commitments receive 10% off list.',
          claim: 'three-year pricing: 10% off list',
        },
      ],
      ...overrides,
    },
  };
}

export function aDraft(
  payload: ProposalPayload = anEmail(),
  overrides: Partial<ProposalDraft> = {},
): ProposalDraft {
  return {
    action: payload.kind === 'send_email' ? 'deliver_commitment' : 'fix_crm',
    payload,
    rationale: 'Dana promised the revised proposal by Friday Feb 20; it has not been sent.',
    writer: 'offline',
    ...overrides,
  };
}

let runCounter = 0;

/** Proposes on a deal as a mission run would (a fresh run id each time unless given). */
export async function propose(
  db: Db,
  options: { opportunityId?: string; draft?: ProposalDraft; runId?: string; guard?: unknown } = {},
  deps: DecisionDepsInput = {},
) {
  return db.transaction((tx) =>
    createProposal(
      tx,
      {
        runId: options.runId ?? `run-${++runCounter}`,
        opportunityId: options.opportunityId ?? 'o-101',
        draft: options.draft ?? aDraft(),
        verdict: 'act_now',
        priority: 72.4,
        guard: options.guard,
        fingerprint: 'fp-1',
      },
      deps,
    ),
  );
}

/** Proposes, opens and approves as the deal owner: the message is in the outbox, due now. */
export async function approvedProposal(
  db: Db,
  approver: Actor,
  options: Parameters<typeof propose>[1] = {},
  deps: DecisionDepsInput = {},
): Promise<string> {
  const { id } = await propose(db, options, deps);
  await openProposal(db, approver, { proposalId: id }, deps);
  await approveProposal(db, approver, { proposalId: id }, deps);
  return id;
}
