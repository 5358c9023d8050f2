/** MCP tool crm_get_account: one account with its contacts and open deals. */
import { GetAccountInput, GetAccountOutput, getAccount } from '../../../services/crm/get-account.ts';
import { facts, lines, money } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const crmGetAccount = defineTool({
  name: 'crm_get_account',
  title: 'Get an account with its contacts',
  description:
    "Read one account by id: its details, owner, every contact (with role such as champion or economic_buyer, and status: active, left_company or bounced) and its open deals. Answers 'not found' for an account you may not see.",
  input: GetAccountInput,
  output: GetAccountOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => getAccount(db, actor, input),
  render: ({ account, owner, contacts, openOpportunities }) =>
    lines(
      `${account.name} (${account.id}) ${facts([
        ['domain', account.domain],
        ['industry', account.industry],
        ['employees', account.employees],
        ['owner', owner ? `${owner.name} <${owner.email}>` : account.ownerId],
      ])}`,
      `Contacts (${contacts.length}):`,
      ...contacts.map(
        (c) =>
          `- ${c.name} <${c.email}> (${c.id}) ${facts([
            ['title', c.title],
            ['role', c.role],
            ['status', c.status ?? 'active'],
          ])}`,
      ),
      `Open deals (${openOpportunities.length}):`,
      ...openOpportunities.map(
        (o) =>
          `- ${o.name} (${o.id}) ${facts([
            ['stage', o.stage],
            ['amount', money(o.amount, o.currency)],
            ['close', o.closeDate],
          ])}`,
      ),
    ),
});
