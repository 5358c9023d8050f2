/** Prompts for the asks reps make most: "prepare me for my call with …" and "what's going on with …". */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { UserError } from '../../domain/errors.ts';
import type { ToolContext } from '../mcp-deps.ts';
import { accountBriefing } from './account-briefing.ts';

const GROUNDING =
  'Use only these facts and what the closeloop tools return; say so when something is unknown. Quote the customer where it matters. Do not send anything: to act, draft it with copilot_propose_action so the owner can approve it.';

async function briefingPrompt(
  ctx: ToolContext,
  who: string,
  ask: (title: string) => string,
): Promise<GetPromptResult> {
  try {
    const { title, text } = await accountBriefing(ctx, who);
    return {
      description: ask(title),
      messages: [
        { role: 'user', content: { type: 'text', text: `${ask(title)}\n\n${GROUNDING}\n\n${text}` } },
      ],
    };
  } catch (error) {
    // A name that matches nothing still gives the model a prompt it can act on: ask the user, or search.
    if (error instanceof UserError && error.code === 'not_found') {
      return {
        messages: [
          {
            role: 'user',
            content: {
              type: 'text',
              text: `${ask(who)}\n\ncloseloop found no account, contact or deal matching "${who}" that I can see. Search with crm_search_accounts, or ask me which account I mean.`,
            },
          },
        ],
      };
    }
    throw error;
  }
}

export function registerPrompts(server: McpServer, ctx: ToolContext): void {
  server.registerPrompt(
    'prepare_call',
    {
      title: 'Prepare me for my call with …',
      description:
        'A call brief for an account, contact or deal: where things stand, what we owe them, what to ask',
      argsSchema: {
        who: z.string().min(1).describe('The account, contact or deal: "Globex", "Hank Moss", "o-101"'),
      },
    },
    ({ who }) =>
      briefingPrompt(
        ctx,
        who,
        (title) =>
          `Prepare me for my call with ${title}. In a short brief: where each deal stands; anything we promised and have not delivered; questions of theirs still unanswered; risks (competitors, pricing, usage, people who left); and three things I should ask or say on the call.`,
      ),
  );
  server.registerPrompt(
    'whats_going_on',
    {
      title: "What's going on with …",
      description:
        'A plain account of an account or deal: what happened lately, who is waiting on whom, what to do next',
      argsSchema: { what: z.string().min(1).describe('The account or deal: "Initech", "o-102"') },
    },
    ({ what }) =>
      briefingPrompt(
        ctx,
        what,
        (title) =>
          `What's going on with ${title}? Tell me in plain words what happened lately, who is waiting on whom, and what I should do next and why.`,
      ),
  );
}
