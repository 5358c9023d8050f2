/** The decision queue's public API: every operation is a service taking (db, actor, input) with zod-checked input. */
export { type Approval, ApproveInput, approveInternalBatch, approveProposal } from './approve-proposal.ts';
export { type CreatedProposal, CreateProposalInput, createProposal } from './create-proposal.ts';
export { type DecisionConfig, decisionConfig } from './decision-config.ts';
export {
  type DecisionDeps,
  type DecisionDepsInput,
  type DraftRecheck,
  decisionDeps,
} from './decision-deps.ts';
export { DecisionStatsInput, decisionStats, RepDecisionStats } from './decision-stats.ts';
export { addDoNotContact, listDoNotContact, removeDoNotContact } from './do-not-contact.ts';
export { ListQueueInput, listQueue } from './list-queue.ts';
export { type DispatchDeps, type DispatchReport, dispatchOnce } from './outbox/dispatch-once.ts';
export { ConfirmInput, confirmDelivery, RetryInput, retryDelivery } from './outbox/resolve-delivery.ts';
export { configuredTransport, type DispatcherOptions, runDispatcher } from './outbox/run-dispatcher.ts';
export { decisionQueueSink } from './proposal-sink.ts';
export { openProposal, readProposalView } from './proposal-view.ts';
export { ProposalView, QueueItem } from './queue-item.ts';
export { ReassignInput, reassignProposal } from './reassign-proposal.ts';
export { RejectInput, RejectReason, rejectProposal, rejectReasons } from './reject-proposal.ts';
export { expireStaleProposals, withdrawOnClosedDeals, withdrawProposal } from './retire-proposals.ts';
export { SnoozeInput, snoozeProposal } from './snooze-proposal.ts';
