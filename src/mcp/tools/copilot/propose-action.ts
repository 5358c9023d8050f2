/** MCP tool copilot_propose_action: adds a drafted action to the owner's decision queue; it never sends or changes anything. */
import { ProposeActionInput, ProposeActionOutput, proposeAction } from '../../copilot/propose-action.ts';
import { lines } from '../../render/render-text.ts';
import { defineTool } from '../../tool-definition.ts';

export const copilotProposeAction = defineTool({
  name: 'copilot_propose_action',
  title: 'Propose an action for approval',
  description:
    "Propose a next step on a deal (an email draft, a CRM field change, a meeting invite or a call log) for the deal's owner to approve in closeloop. Nothing is sent and no record changes: the proposal waits in the decision queue, checked by the guardrails (a price, product or security claim must cite a knowledge chunk id from knowledge_search; recipients must be the account's active contacts). Returns the proposal id and a link to review it.",
  input: ProposeActionInput,
  output: ProposeActionOutput,
  // It adds a row to the queue and changes nothing else; calling it twice makes two proposals.
  hints: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  run: ({ db, actor, deps }, input) => proposeAction(db, actor, deps, input),
  render: ({ proposalId, blocked, findings, conflicts, link, deal }) =>
    lines(
      `Proposal ${proposalId} is waiting for the deal owner's approval: ${link}`,
      'Nothing has been sent or changed.',
      blocked
        ? 'Blocked until a person edits it:'
        : findings.length > 0
          ? 'Warnings:'
          : 'The guardrails found nothing to fix.',
      ...findings.map((f) => `- ${f.severity}: ${f.reason}${f.text ? ` ("${f.text}")` : ''}`),
      conflicts.length > 0 && `Other open proposals to the same contact: ${conflicts.join(', ')}.`,
      deal.verdict !== 'act_now' &&
        `Note: closeloop's own verdict on this deal is ${deal.verdict}: ${deal.why}`,
    ),
});
