/** MCP tool crm_list_open_opportunities: a rep's open pipeline, closing soonest first. */
import {
  ListOpenOpportunitiesInput,
  ListOpenOpportunitiesOutput,
  listOpenOpportunities,
} from '../../../services/crm/list-open-opportunities.ts';
import { facts, lines, money } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const crmListOpenOpportunities = defineTool({
  name: 'crm_list_open_opportunities',
  title: "List a rep's open deals",
  description:
    'List the open deals (opportunities) a rep owns, closing soonest first: name, account, stage, amount, close date, next step. Without `rep`, your own; a manager may name a rep on their team by email or user id. Use copilot_triage_pipeline instead to learn which deals need action today.',
  input: ListOpenOpportunitiesInput,
  output: ListOpenOpportunitiesOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => listOpenOpportunities(db, actor, input),
  render: ({ rep, total, opportunities }) =>
    lines(
      `${rep.name} <${rep.email}> has ${total} open deal(s)${opportunities.length < total ? `, first ${opportunities.length} shown` : ''}:`,
      ...opportunities.map(
        (o) =>
          `- ${o.name} (${o.id}) at ${o.accountName} (${o.accountId}) ${facts([
            ['stage', o.stage],
            ['amount', money(o.amount, o.currency)],
            ['close', o.closeDate],
            ['next step', o.nextStep && (o.nextStepDate ? `${o.nextStep} by ${o.nextStepDate}` : o.nextStep)],
          ])}`,
      ),
    ),
});
