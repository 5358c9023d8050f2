/** MCP tool crm_get_opportunity: one deal with its stage history. */
import {
  GetOpportunityInput,
  GetOpportunityOutput,
  getOpportunity,
} from '../../../services/crm/get-opportunity.ts';
import { facts, lines, money } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const crmGetOpportunity = defineTool({
  name: 'crm_get_opportunity',
  title: 'Get a deal with its stage history',
  description:
    "Read one deal (opportunity) by id: stage, amount, close date, next step, contract end and licensed seats for renewals, and the history of stages it went through with dates. Answers 'not found' for a deal you may not see.",
  input: GetOpportunityInput,
  output: GetOpportunityOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => getOpportunity(db, actor, input),
  render: ({ opportunity: o, account, owner, isOpen, stageEnteredAt }) =>
    lines(
      `${o.name} (${o.id}) at ${account.name} (${account.id}), ${isOpen ? 'open' : o.isWon ? 'won' : 'closed'}`,
      facts([
        ['type', o.type],
        ['stage', o.stage],
        ['in stage since', stageEnteredAt],
        ['amount', money(o.amount, o.currency)],
        ['close date', o.closeDate],
        ['owner', owner ? `${owner.name} <${owner.email}>` : o.ownerId],
      ]),
      facts([
        ['next step', o.nextStep],
        ['next step date', o.nextStepDate],
        ['contract ends', o.contractEndDate],
        ['licensed seats', o.licensedSeats],
      ]),
      o.stageHistory && o.stageHistory.length > 0 && 'Stage history:',
      ...(o.stageHistory ?? []).map((s) => `- ${s.enteredAt} ${s.stage}`),
    ),
});
