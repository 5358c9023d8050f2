/** Runs the guardrails on an LLM-written proposal, exactly as they run on any draft. */
import { guardDraft } from '../../../src/domain/guardrails/guard-draft.ts';
import type { GuardOutcome } from '../../../src/domain/guardrails/guard-schema.ts';
import { buildGuardIndex } from '../../../src/domain/guardrails/index/guard-index.ts';
import type { ProposalDraft } from '../../../src/domain/proposals/proposal-schema.ts';
import { loadNorthwind } from '../../support/workspace-files.ts';

const index = buildGuardIndex(loadNorthwind());

export function guardNorthwind(opportunityId: string, draft: ProposalDraft | undefined): GuardOutcome {
  if (draft?.payload.kind !== 'send_email') throw new Error('expected an email draft');
  const { to, cc, subject, body } = draft.payload.email;
  return guardDraft(index, { opportunityId, to, cc, subject, body });
}
