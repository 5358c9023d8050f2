/**
 * Routing with a model, when one is configured: the model calls a `route_request` tool whose input is checked
 * against the same zod schema and against the rep's own records. Any failure (a timeout, a spent budget, an id
 * the rep cannot see, a reply that does not parse) falls back to the deterministic route, and says why.
 */
import { generateText, tool } from 'ai';
import { z } from 'zod';
import { CopilotIntent, copilotIntents, type RouteDecision } from '../../domain/copilot/copilot-schema.ts';
import type { RepRecords } from '../../domain/copilot/router/rep-records.ts';
import { topicOf } from '../../domain/copilot/router/route-request.ts';
import type { TokenBudget } from '../../llm/token-budget.ts';
import { UNTRUSTED_TEXT_RULE, untrusted } from '../../llm/untrusted-text.ts';
import type { CopilotModel } from './copilot-deps.ts';

export const RouteReply = z.object({
  intent: CopilotIntent,
  accountId: z.string().nullable().describe('The account id from the list, or null'),
  opportunityId: z.string().nullable().describe('The deal id from the list, or null'),
  contactIds: z.array(z.string()).describe('Ids of the contacts the request names'),
  clarify: z
    .string()
    .nullable()
    .describe('A short question back when the request could mean two records or two tasks; null otherwise'),
});
export type RouteReply = z.infer<typeof RouteReply>;

export type ModelRoute =
  | { ok: true; decision: RouteDecision; tokens: { input: number; output: number } }
  | { ok: false; why: string; tokens: { input: number; output: number } };

// A rep's book fits in a prompt; a manager's whole team does not, and the deterministic matches lead the list.
const MAX_LISTED = 80;

const SYSTEM = `You route a sales rep's request to exactly one copilot task by calling route_request.
Tasks: ${copilotIntents.join(', ')}.
- research_account: what is going on with an account; prepare_brief: prepare for a meeting or call;
- log_activity: record a call, meeting or note that already happened; draft_email: write an email;
- next_best_action: what to do next on a deal or today; product_question: a question about our product, prices or security.
Use only ids from the lists. If the request could mean two records, set clarify to a short question naming them.
${UNTRUSTED_TEXT_RULE}`;

function listing(records: RepRecords, hinted: ReadonlySet<string>): string {
  const first = <T extends { id: string }>(xs: readonly T[]) =>
    [...xs.filter((x) => hinted.has(x.id)), ...xs.filter((x) => !hinted.has(x.id))].slice(0, MAX_LISTED);
  const accounts = first(records.accounts).map((a) => `${a.id}: ${a.name}`);
  const deals = first(records.opportunities.filter((o) => o.open)).map(
    (o) => `${o.id}: ${o.name} (${o.type}, ${o.stage}, account ${o.accountId})`,
  );
  const contacts = first(records.contacts).map(
    (c) => `${c.id}: ${c.name}${c.title ? `, ${c.title}` : ''} (account ${c.accountId})`,
  );
  return [
    `Accounts:\n${accounts.join('\n')}`,
    `Open deals:\n${deals.join('\n')}`,
    `Contacts:\n${contacts.join('\n')}`,
  ].join('\n\n');
}

/** The reply's ids must be the rep's own records, and belong together. */
function check(reply: RouteReply, records: RepRecords): string | undefined {
  if (reply.accountId && !records.accounts.some((a) => a.id === reply.accountId))
    return `account ${reply.accountId} is not one of yours`;
  const deal = reply.opportunityId
    ? records.opportunities.find((o) => o.id === reply.opportunityId)
    : undefined;
  if (reply.opportunityId && !deal) return `deal ${reply.opportunityId} is not one of yours`;
  if (deal && reply.accountId && deal.accountId !== reply.accountId)
    return `deal ${deal.id} is not on ${reply.accountId}`;
  for (const id of reply.contactIds) {
    const c = records.contacts.find((x) => x.id === id);
    if (!c) return `contact ${id} is not one of yours`;
    if (reply.accountId && c.accountId !== reply.accountId)
      return `contact ${id} is not at ${reply.accountId}`;
  }
  return undefined;
}

export async function routeWithModel(
  model: CopilotModel,
  budget: TokenBudget,
  input: { text: string; records: RepRecords; hint: RouteDecision },
): Promise<ModelRoute> {
  const tokens = { input: 0, output: 0 };
  if (budget.exhausted || budget.limit === 0)
    return { ok: false, why: 'no model tokens left for this request', tokens };
  const hinted = new Set(
    (input.hint.kind === 'route' ? input.hint.route.mentions : input.hint.mentions).map((m) => m.id),
  );
  try {
    const result = await generateText({
      model: model.handle.model,
      system: SYSTEM,
      prompt: `${listing(input.records, hinted)}\n\n${untrusted('request', {}, input.text)}`,
      tools: {
        route_request: tool({
          description: 'Route the request to one task and its records',
          inputSchema: RouteReply,
        }),
      },
      toolChoice: { type: 'tool', toolName: 'route_request' },
      maxRetries: 0,
      maxOutputTokens: 300,
      abortSignal: AbortSignal.timeout(model.policy.timeoutMs),
    });
    tokens.input = result.totalUsage.inputTokens ?? 0;
    tokens.output = result.totalUsage.outputTokens ?? 0;
    budget.spend(tokens.input + tokens.output);
    const call = result.toolCalls.find((c) => c.toolName === 'route_request');
    const parsed = RouteReply.safeParse(call?.input);
    if (!parsed.success)
      return {
        ok: false,
        why: `the model's route did not parse: ${parsed.error.issues[0]?.message ?? 'no tool call'}`,
        tokens,
      };
    const reply = parsed.data;
    const problem = check(reply, input.records);
    if (problem) return { ok: false, why: `the model's route was refused: ${problem}`, tokens };
    const mentions = input.hint.kind === 'route' ? input.hint.route.mentions : input.hint.mentions;
    if (reply.clarify)
      return {
        ok: true,
        tokens,
        decision: {
          kind: 'clarify',
          intent: reply.intent,
          mentions,
          clarification: {
            question: reply.clarify,
            candidates: input.hint.kind === 'clarify' ? input.hint.clarification.candidates : [],
          },
        },
      };
    return {
      ok: true,
      tokens,
      decision: {
        kind: 'route',
        why: `Routed by ${model.handle.id} to ${reply.intent}.`,
        route: {
          intent: reply.intent,
          ...(reply.accountId ? { accountId: reply.accountId } : {}),
          ...(reply.opportunityId ? { opportunityId: reply.opportunityId } : {}),
          contactIds: reply.contactIds,
          topic: topicOf(input.text, reply.intent),
          mentions,
        },
      },
    };
  } catch (error) {
    return {
      ok: false,
      why: `the model could not route it: ${error instanceof Error ? error.message : String(error)}`,
      tokens,
    };
  }
}
