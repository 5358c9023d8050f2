/** The decision queue's services behind the routes' DecisionPort: one place that knows their names and options. */
import {
  approveProposal,
  type DecisionDepsInput,
  decisionStats,
  openProposal,
  rejectProposal,
  snoozeProposal,
} from '../services/decisions/index.ts';
import type { DecisionPort } from './app-deps.ts';

export function decisionQueuePort(deps: DecisionDepsInput = {}): DecisionPort {
  return {
    open: (db, actor, input) => openProposal(db, actor, input, deps),
    approve: async (db, actor, input) => {
      const approval = await approveProposal(db, actor, input, deps);
      return { proposalId: approval.proposalId, state: approval.state };
    },
    reject: (db, actor, input) => rejectProposal(db, actor, input, deps),
    snooze: async (db, actor, input) => {
      const snoozed = await snoozeProposal(db, actor, input, deps);
      return { proposalId: snoozed.proposalId, state: 'pending' };
    },
    stats: (db, actor, input) => decisionStats(db, actor, input),
  };
}
