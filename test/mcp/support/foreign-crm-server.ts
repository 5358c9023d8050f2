/**
 * A stand-in for another CRM's MCP server, shaped the way such servers are (HubSpot-like names, string amounts,
 * epoch timestamps, stage codes, per-company tools, JSON in text content), serving a workspace's records.
 * It lets the mapping be tested against a server closeloop did not write.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import {
  DEFAULT_PIPELINE,
  type Opportunity,
  type Workspace,
} from '../../../src/domain/workspace/workspace-schema.ts';
import type { McpConnection } from '../../../src/mcp/client/connect-closeloop.ts';

const stageCode = (stage: string) => stage.toLowerCase().replace(/\s+/g, '');

function dealRecord(o: Opportunity) {
  return {
    id: o.id,
    properties: {
      dealname: o.name,
      amount: String(o.amount),
      deal_currency_code: o.currency,
      dealstage: stageCode(o.stage),
      dealtype:
        o.type === 'new_business'
          ? 'newbusiness'
          : o.type === 'renewal'
            ? 'existingbusiness_renewal'
            : 'existingbusiness_upsell',
      createdate: Date.parse(o.createdAt),
      closedate: `${o.closeDate}T00:00:00.000Z`,
      hs_next_step: o.nextStep ?? null,
      next_step_due: o.nextStepDate ?? null,
      hs_is_closed: o.isClosed === undefined ? null : String(o.isClosed),
      hs_is_closed_won: o.isWon === undefined ? null : String(o.isWon),
      contract_end: o.contractEndDate ?? null,
      seats: o.licensedSeats ?? null,
      hubspot_owner_id: o.ownerId,
    },
    associations: { company: o.accountId },
    stage_history: (o.stageHistory ?? []).map((s) => ({ value: stageCode(s.stage), timestamp: s.enteredAt })),
  };
}

const engagementType = {
  email: 'EMAIL',
  call: 'CALL',
  meeting: 'MEETING',
  note: 'NOTE',
  task: 'TASK',
} as const;

export function foreignCrm(ws: Workspace): { connect(): Promise<McpConnection>; calls: Map<string, number> } {
  const pipeline = ws.pipeline ?? DEFAULT_PIPELINE;
  const calls = new Map<string, number>();
  const json = (tool: string, value: unknown) => {
    calls.set(tool, (calls.get(tool) ?? 0) + 1);
    return { content: [{ type: 'text' as const, text: JSON.stringify(value) }] };
  };
  const ids = z.array(z.string());
  const open = (o: Opportunity) =>
    !o.isClosed && o.stage !== pipeline.closedWon && o.stage !== pipeline.closedLost;

  const build = () => {
    const server = new McpServer({ name: 'other-crm', version: '3.1.0' });
    server.registerTool('get_deals', { inputSchema: { deal_ids: ids } }, ({ deal_ids }) =>
      json('get_deals', { results: ws.opportunities.filter((o) => deal_ids.includes(o.id)).map(dealRecord) }),
    );
    server.registerTool('search_open_deals', { inputSchema: { company_ids: ids } }, ({ company_ids }) =>
      json('search_open_deals', {
        results: ws.opportunities.filter((o) => company_ids.includes(o.accountId) && open(o)).map(dealRecord),
      }),
    );
    server.registerTool('get_companies', { inputSchema: { company_ids: ids } }, ({ company_ids }) =>
      json('get_companies', {
        results: ws.accounts
          .filter((a) => company_ids.includes(a.id))
          .map((a) => ({
            id: a.id,
            properties: {
              name: a.name,
              domain: a.domain ?? null,
              industry: a.industry ?? null,
              numberofemployees: a.employees === undefined ? null : String(a.employees),
              hubspot_owner_id: a.ownerId,
            },
          })),
      }),
    );
    // One company per call, as many CRM servers' "list contacts of a company" tools are.
    server.registerTool(
      'list_company_contacts',
      { inputSchema: { company_id: z.string() } },
      ({ company_id }) =>
        json('list_company_contacts', {
          contacts: ws.contacts
            .filter((c) => c.accountId === company_id)
            .map((c) => ({
              id: c.id,
              company: { id: c.accountId },
              full_name: c.name,
              email: c.email,
              jobtitle: c.title ?? null,
              buying_role: c.role?.toUpperCase() ?? null,
              lifecycle: c.status ?? null,
            })),
        }),
    );
    server.registerTool('get_engagements', { inputSchema: { company_ids: ids } }, ({ company_ids }) =>
      json('get_engagements', {
        data: {
          engagements: ws.activities
            .filter((a) => company_ids.includes(a.accountId))
            .map((a) => ({
              id: a.id,
              type: engagementType[a.type],
              company_id: a.accountId,
              deal_id: a.opportunityId ?? null,
              timestamp: a.occurredAt,
              direction: a.direction?.toUpperCase() ?? null,
              sender: a.from ? { email: a.from } : null,
              recipients: (a.to ?? []).map((email) => ({ email })),
              cc: a.cc ?? null,
              title: a.subject ?? null,
              text: a.body ?? null,
              thread: a.threadId ?? null,
              starts: a.startsAt ?? null,
              due: a.dueAt ?? null,
              outcome: a.status ?? null,
            })),
        },
      }),
    );
    server.registerTool('product_usage', { inputSchema: { company_ids: ids } }, ({ company_ids }) =>
      json('product_usage', {
        rows: (ws.usage ?? [])
          .filter((u) => company_ids.includes(u.accountId))
          .map((u) => ({ company: u.accountId, event: u.metric, week_start: u.period, count: u.value })),
      }),
    );
    server.registerTool('get_owners', { inputSchema: { owner_ids: ids } }, ({ owner_ids }) =>
      json('get_owners', {
        owners: ws.users
          .filter((u) => owner_ids.includes(u.id))
          .map((u) => ({
            id: u.id,
            fullName: u.name,
            email: u.email,
            role: u.role,
            teamLead: u.managerId ?? null,
            tz: u.timezone ?? null,
          })),
      }),
    );
    return server;
  };

  return {
    calls,
    async connect() {
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      const server = build();
      await server.connect(serverSide);
      const client = new Client({ name: 'closeloop-mission', version: '1' });
      await client.connect(clientSide);
      return {
        client,
        close: async () => {
          await client.close();
          await server.close();
        },
      };
    },
  };
}
