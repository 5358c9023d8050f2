/** MCP tool copilot_ask: a request in the rep's own words, answered by closeloop's copilot (the same service as `closeloop ask`). */
import { z } from 'zod';
import { CopilotAnswer } from '../../../domain/copilot/copilot-schema.ts';
import { askCopilotOnce } from '../../../services/copilot/ask-copilot.ts';
import { copilotConfig } from '../../../services/copilot/copilot-settings.ts';
import { decisionConfig } from '../../../services/decisions/decision-config.ts';
import { defineTool } from '../../tool-definition.ts';

const Input = z.object({
  request: z
    .string()
    .trim()
    .min(1)
    .max(4000)
    .describe(
      'What the rep needs, in their words: "prep me for the Acme renewal call", "what\'s going on with Globex?", "log call with Hank: he wants the 3-year numbers by Thursday", "does Enterprise support Okta?", "draft a follow-up to Hank"',
    ),
});

const Output = z.object({ answer: CopilotAnswer });

export const copilotAsk = defineTool({
  name: 'copilot_ask',
  title: 'Ask the copilot',
  description:
    "Ask closeloop's copilot in plain words. It researches an account, prepares a meeting brief, logs a call from notes, drafts an email, says what to do next, or answers a product question from the knowledge base only (with chunk ids to cite, or \"I don't know\" and who to ask). It reads only what you may see; an ambiguous request gets a short question back. A call log or an email draft goes to the owner's approval queue and always waits for a person: nothing is sent or changed.",
  input: Input,
  output: Output,
  // It may add a proposal to the queue (a log, a draft); asking twice makes two.
  hints: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  run: async ({ db, actor, deps }, input) => {
    const base = deps.decisions?.config ?? decisionConfig();
    const answer = await askCopilotOnce(
      db,
      actor,
      { text: input.request },
      {
        config: copilotConfig(),
        embedder: deps.embedder,
        reasoner: deps.reasoner,
        // Whatever the team allows to skip the queue, what comes through MCP always waits for a person.
        decisions: { ...deps.decisions, config: { ...base, autoApprove: [] } },
      },
    );
    return { answer };
  },
  render: ({ answer }) =>
    `${answer.markdown}\n\n(${answer.status}${answer.cached ? ', from the cache' : ''}; request ${answer.requestId})`,
});
