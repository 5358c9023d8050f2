/**
 * The offline writer's core: picks the composer for the deal's recommended action and builds a grounded draft from
 * the deal's own facts and the passages retrieved for it. Pure: the same inputs always give the same draft.
 */
import type { KnowledgeChunk } from '../knowledge/knowledge-chunk.ts';
import type { NextBestAction } from '../labels/labels-schema.ts';
import type { ProposalDraft } from '../proposals/proposal-schema.ts';
import type { DealAssessment } from '../triage/assessment-schema.ts';
import type { DealContext } from '../triage/deal-context.ts';
import type { Product } from '../workspace/workspace-schema.ts';
import { addressUsageDrop } from './actions/address-usage-drop.ts';
import { answerCustomer } from './actions/answer-customer.ts';
import { fixCrm, nextStepUpdate, reviewLoss } from './actions/crm-changes.ts';
import { deliverCommitment } from './actions/deliver-commitment.ts';
import { multithread } from './actions/multithread.ts';
import { proposeExpansion } from './actions/propose-expansion.ts';
import { reEngage } from './actions/re-engage.ts';
import { reschedule } from './actions/reschedule.ts';
import { respondToRisk } from './actions/respond-to-risk.ts';
import { resumeAfterDeferral } from './actions/resume-after-deferral.ts';
import { startRenewal } from './actions/start-renewal.ts';
import { indexKnowledge } from './answer-questions.ts';
import { readDeal } from './deal-reading.ts';
import { DEFAULT_DRAFT_CONFIG, type DraftConfig } from './draft-config.ts';
import type { Composer, DraftKit } from './draft-kit.ts';

export const OFFLINE_WRITER = 'offline-v1';

const COMPOSERS: Record<NextBestAction, Composer> = {
  deliver_commitment: deliverCommitment,
  answer_customer: answerCustomer,
  re_engage: reEngage,
  resume_after_deferral: resumeAfterDeferral,
  address_usage_drop: addressUsageDrop,
  start_renewal: startRenewal,
  multithread,
  propose_expansion: proposeExpansion,
  respond_to_risk: respondToRisk,
  review_loss: reviewLoss,
  fix_crm: fixCrm,
  reschedule,
};

export type DraftRequest = {
  context: DealContext;
  assessment: DealAssessment;
  /** Passages retrieved for the deal (customer-safe kinds only), best first. */
  chunks: readonly KnowledgeChunk[];
  /** The price book. */
  products: readonly Product[];
  writer?: string;
  config?: DraftConfig;
};

/**
 * A draft for the first action its facts support, in the assessment's order; when no one can be written to, the
 * step goes on the record as the deal's next step. Undefined unless the verdict is act_now.
 */
export function composeDraft(request: DraftRequest): ProposalDraft | undefined {
  const { assessment } = request;
  const first = assessment.actions[0];
  if (assessment.verdict !== 'act_now' || !first) return undefined;
  const config = request.config ?? DEFAULT_DRAFT_CONFIG;
  const reading = readDeal(request.context, assessment, config, request.products);
  const kit: DraftKit = {
    reading,
    knowledge: indexKnowledge(request.chunks, config.maxQuoteWords),
    products: request.products,
  };
  const writer = request.writer ?? OFFLINE_WRITER;
  for (const action of assessment.actions) {
    const composed = COMPOSERS[action](kit);
    if (composed) return { action, writer, ...composed };
  }
  return { action: first, writer, ...nextStepUpdate(reading, assessment.why) };
}
