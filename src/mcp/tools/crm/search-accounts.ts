/** MCP tool crm_search_accounts: find accounts the caller may read by name or domain. */
import {
  SearchAccountsInput,
  SearchAccountsOutput,
  searchAccounts,
} from '../../../services/crm/search-accounts.ts';
import { facts, lines } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const crmSearchAccounts = defineTool({
  name: 'crm_search_accounts',
  title: 'Search accounts',
  description:
    'Find customer accounts by part of their name or web domain. Returns each account with its id, owner and number of open deals; use the id with crm_get_account, crm_get_activities or usage_get_series. Only accounts you may see are searched.',
  input: SearchAccountsInput,
  output: SearchAccountsOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => searchAccounts(db, actor, input),
  render: ({ accounts }) =>
    accounts.length === 0
      ? 'No account you can see matches.'
      : lines(
          `${accounts.length} account(s):`,
          ...accounts.map(
            (a) =>
              `- ${a.name} (${a.id}) ${facts([
                ['domain', a.domain],
                ['owner', a.ownerName ?? a.ownerId],
                ['open deals', a.openOpportunities],
              ])}`,
          ),
        ),
});
