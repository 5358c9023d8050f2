/** Accounts and deals as MCP resources (closeloop://account/{id}, closeloop://opportunity/{id}), read as the caller. */
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import { isSystem } from '../../domain/access/actor.ts';
import { UserError } from '../../domain/errors.ts';
import { getAccount } from '../../services/crm/get-account.ts';
import { getOpportunity } from '../../services/crm/get-opportunity.ts';
import { listOpenOpportunities } from '../../services/crm/list-open-opportunities.ts';
import type { ToolContext } from '../mcp-deps.ts';

/** The MCP spec's code for a resource that does not exist (or, here, that the caller may not read). */
const RESOURCE_NOT_FOUND = -32002;
// A host shows this list in a picker: a rep's book fits; the whole company does not belong there.
const LISTED = 100;

export const accountUri = (id: string) => `closeloop://account/${encodeURIComponent(id)}`;
export const opportunityUri = (id: string) => `closeloop://opportunity/${encodeURIComponent(id)}`;

async function asJson(uri: URL, read: () => Promise<unknown>): Promise<ReadResourceResult> {
  try {
    return {
      contents: [
        { uri: uri.href, mimeType: 'application/json', text: JSON.stringify(await read(), null, 1) },
      ],
    };
  } catch (error) {
    if (error instanceof UserError && error.code === 'not_found') {
      throw new McpError(RESOURCE_NOT_FOUND, `resource not found: ${uri.href}`);
    }
    throw error;
  }
}

const variable = (value: string | string[] | undefined) =>
  decodeURIComponent((Array.isArray(value) ? value[0] : value) ?? '');

/** The actor's own open deals, for hosts that list resources (none for the system user, who owns no deals). */
async function ownDeals(ctx: ToolContext) {
  if (isSystem(ctx.actor)) return [];
  return (await listOpenOpportunities(ctx.db, ctx.actor, { limit: LISTED })).opportunities;
}

export function registerCrmResources(server: McpServer, ctx: ToolContext): void {
  server.registerResource(
    'account',
    new ResourceTemplate('closeloop://account/{accountId}', {
      list: async () => {
        const seen = new Map<string, string>();
        for (const d of await ownDeals(ctx)) seen.set(d.accountId, d.accountName);
        return {
          resources: [...seen].map(([id, name]) => ({
            uri: accountUri(id),
            name,
            mimeType: 'application/json',
          })),
        };
      },
    }),
    {
      title: 'Account',
      description: 'An account with its contacts and open deals, as JSON',
      mimeType: 'application/json',
    },
    (uri, variables) =>
      asJson(uri, () => getAccount(ctx.db, ctx.actor, { accountId: variable(variables.accountId) })),
  );
  server.registerResource(
    'opportunity',
    new ResourceTemplate('closeloop://opportunity/{opportunityId}', {
      list: async () => ({
        resources: (await ownDeals(ctx)).map((d) => ({
          uri: opportunityUri(d.id),
          name: `${d.name} (${d.accountName})`,
          mimeType: 'application/json',
        })),
      }),
    }),
    {
      title: 'Deal',
      description: 'A deal (opportunity) with its stage history, account and owner, as JSON',
      mimeType: 'application/json',
    },
    (uri, variables) =>
      asJson(uri, () =>
        getOpportunity(ctx.db, ctx.actor, { opportunityId: variable(variables.opportunityId) }),
      ),
  );
}
