/** Shared pieces for LLM tests: the example world's deals, a fast call policy, and replies in our schemas. */
import { contextsFromWorkspace, type DealContext } from '../../../src/domain/triage/deal-context.ts';
import { deterministicReasoner } from '../../../src/domain/triage/reasoner.ts';
import type { CallPolicy } from '../../../src/llm/llm-config.ts';
import type { VerdictReview } from '../../../src/llm/reasoner/review-schema.ts';
import type { DraftReply } from '../../../src/llm/writer/draft-reply-schema.ts';
import { importWorkspaceFile } from '../../../src/services/workspace/import-workspace.ts';
import type { Store } from '../../../src/store/open-store.ts';
import { northwindWorkspace } from '../../support/paths.ts';
import { openTestStore } from '../../support/test-store.ts';
import { loadNorthwind } from '../../support/workspace-files.ts';

export const engine = deterministicReasoner();

export function northwindDeal(opportunityId: string): DealContext {
  const context = contextsFromWorkspace(loadNorthwind()).find((c) => c.opportunity.id === opportunityId);
  if (!context) throw new Error(`no open deal ${opportunityId} in the example`);
  return context;
}

/** Real timeouts and retries, with waits short enough for a test. */
export function fastPolicy(overrides: Partial<CallPolicy> = {}): CallPolicy {
  return {
    timeoutMs: 5_000,
    maxRetries: 2,
    deadlineMs: 20_000,
    backoffMs: 1,
    backoffCapMs: 5,
    maxOutputTokens: 800,
    ...overrides,
  };
}

export async function northwindStore(): Promise<Store> {
  const store = await openTestStore();
  await importWorkspaceFile(store, northwindWorkspace);
  return store;
}

/** o-102: the engine says monitor (Bill asked to wait until March 9); a model that overrules cites E1. */
export function aReview(overrides: Partial<VerdictReview> = {}): VerdictReview {
  return {
    decision: 'confirm',
    verdict: 'monitor',
    actions: [],
    resumeOn: '2026-03-09',
    why: 'Bill asked us to wait until the budget opens on March 9.',
    reasons: [{ claim: 'The customer asked to be contacted after March 9.', evidence: ['E1'] }],
    ...overrides,
  };
}

/** o-103: Alice asked whether Enterprise includes SSO with Okta and EU hosting. */
export function aDraftReply(overrides: Partial<DraftReply> = {}): DraftReply {
  return {
    to: ['alice@umbrellahealth.com'],
    cc: [],
    subject: 'Re: Demo recap',
    body: 'Hi Alice,\n\nGood questions. Yes: Enterprise includes SAML single sign-on with Okta, and customer data can be hosted in the EU (Frankfurt).\n\nBest,\nDana',
    citations: [
      {
        source: 'doc-security#1',
        claim: 'Enterprise includes SSO with Okta',
        quote: 'Enterprise includes SAML single sign-on (Okta, Azure AD and Google Workspace are supported)',
      },
      {
        source: 'doc-security#1',
        claim: 'data can be hosted in the EU',
        quote: 'Customer data can be hosted in the EU (Frankfurt)',
      },
    ],
    rationale: "Alice's security team is waiting on two answers the security overview gives.",
    ...overrides,
  };
}
