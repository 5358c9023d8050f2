/** MCP tool crm_get_deal_contexts: many deals' full triage context per call, so a mission gathers in batches. */
import {
  GetDealContextsInput,
  GetDealContextsOutput,
  getDealContexts,
  MAX_DEALS_PER_CALL,
} from '../../../services/crm/get-deal-contexts.ts';
import { lines } from '../../render/render-text.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const crmGetDealContexts = defineTool({
  name: 'crm_get_deal_contexts',
  title: 'Get deal contexts in bulk',
  description: `Read everything triage looks at for up to ${MAX_DEALS_PER_CALL} deals at once: each deal with its account, owner, contacts, all the account's activities, its other open deals and usage. Meant for programs (closeloop's own mission gathers through it); to read about one deal, crm_get_opportunity and crm_get_activities give shorter answers. Ids you may not read come back in \`missing\`.`,
  input: GetDealContextsInput,
  output: GetDealContextsOutput,
  hints: READ_ONLY,
  run: ({ db, actor }, input) => getDealContexts(db, actor, input),
  // The data is for programs: the text view only says what came back, not the megabytes of it.
  render: ({ deals, missing }) =>
    lines(
      `${deals.length} deal context(s): ${deals.map((d) => d.opportunity.id).join(', ') || 'none'}.`,
      missing.length > 0 && `Not found: ${missing.join(', ')}.`,
      'The contexts are in the structured result.',
    ),
});
