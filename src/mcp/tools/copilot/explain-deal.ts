/** MCP tool copilot_explain_deal: the evidence → reasoning → conclusion chain behind one deal's verdict. */
import { ExplainDealInput, ExplainDealOutput, explainDeal } from '../../copilot/explain-deal.ts';
import { lines } from '../../render/render-text.ts';
import { renderVerdict } from '../../render/render-verdict.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const copilotExplainDeal = defineTool({
  name: 'copilot_explain_deal',
  title: 'Explain a deal',
  description:
    "Explain what is going on with one deal and what to do: the verdict and next-best-action, and the observations behind it (evidence, reasoning, conclusion), each naming the records it rests on and quoting the customer's or our exact words where it can. Answers 'not found' for a deal you may not see.",
  input: ExplainDealInput,
  output: ExplainDealOutput,
  hints: READ_ONLY,
  run: ({ db, actor, deps }, input) => explainDeal(db, actor, deps.reasoner, input),
  render: ({ deal, asOf, observations }) =>
    lines(
      `As of ${asOf}:`,
      renderVerdict(deal),
      'Why:',
      ...observations.map(
        (o) =>
          `- [${o.kind}] ${o.title}${o.detail ? `: ${o.detail}` : ''}${o.span ? ` ("${o.span.text}")` : ''}${
            o.refs.length
              ? ` [${o.refs.map((r) => `${r.type}:${r.id}${r.field ? `.${r.field}` : ''}`).join(', ')}]`
              : ''
          }`,
      ),
    ),
});
