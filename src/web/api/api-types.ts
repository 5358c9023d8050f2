/** The API's shapes for the browser: types only, inferred from the server's zod schemas (no zod in the bundle). */

export type { CopilotAnswer, CopilotEvent } from '../../domain/copilot/copilot-schema.ts';
export type { Observation, QuotedSpan, RecordRef } from '../../domain/observations/observation-schema.ts';
export type { Citation, EmailDraft, ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
export type { Me } from '../../server/routes/session-routes.ts';
export type { CopilotKpis } from '../../services/copilot/copilot-kpis.ts';
export type { RepDecisionStats } from '../../services/decisions/decision-stats.ts';
export type { RejectReason } from '../../services/decisions/reject-proposal.ts';
export type {
  AuditEntry,
  AuditPage,
  RunDetail,
  RunSummaryView,
} from '../../services/today/manager-schemas.ts';
export type {
  ActivityView,
  DealDetail,
  ProposalSummary,
  ProposalView,
  RunProgressView,
  StoredObservation,
  TeamQueue,
  TodayDeal,
  TodayView,
} from '../../services/today/today-schemas.ts';

export const REJECT_REASONS = [
  ['wrong_timing', 'Wrong timing'],
  ['wrong_action', 'Wrong action'],
  ['wrong_content', 'Wrong content'],
  ['already_handled', 'Already handled'],
  ['not_relevant', 'Not relevant'],
  ['other', 'Other (say why)'],
] as const;
