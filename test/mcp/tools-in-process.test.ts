/** Tools through a real SDK client on a linked in-process transport (every call against its schema: mcp-contract.ts). */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { McpConnection } from '../../src/mcp/client/connect-closeloop.ts';
import type { Store } from '../../src/store/open-store.ts';
import {
  call,
  callOk,
  connectAs,
  DANA,
  EVERY_TOOL_CALL,
  northwindStore,
  textOf,
} from './support/mcp-world.ts';

describe('closeloop MCP tools, in process', () => {
  let store: Store;
  let connection: McpConnection;
  let client: Client;
  let tools: Tool[];
  beforeAll(async () => {
    store = await northwindStore();
    connection = await connectAs(store, DANA);
    client = connection.client;
    tools = (await client.listTools()).tools;
  });
  afterAll(async () => {
    await connection.close();
    await store.close();
  });

  it('lists every tool with a description, an input schema and an output schema', () => {
    expect(tools.map((t) => t.name).sort()).toEqual(EVERY_TOOL_CALL.map(([name]) => name).sort());
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(80);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
    }
  });

  it('marks every tool read-only except the ones that may propose, and none destructive', () => {
    const writers = tools.filter((t) => t.annotations?.readOnlyHint !== true).map((t) => t.name);
    expect(writers).toEqual(['copilot_propose_action', 'copilot_ask']);
    expect(tools.filter((t) => t.annotations?.destructiveHint !== false)).toEqual([]);
  });

  it('reads an email thread without quoted mail or signature, and gives the stored body on request', async () => {
    const thread = await callOk<{ messages: Array<{ id: string; text?: string; raw?: string }> }>(
      client,
      'mail_get_thread',
      {
        threadId: 't-o-101',
        includeRaw: true,
      },
    );
    const promise = thread.messages.find((m) => m.id === 'act-2')!;
    expect(promise.raw).toContain('Best,\nDana');
    expect(promise.text).toContain('by Friday');
    expect(promise.text).not.toContain('Best,');
    const lean = await callOk<{ messages: Array<{ raw?: string }> }>(client, 'mail_get_thread', {
      threadId: 't-o-101',
    });
    expect(lean.messages.every((m) => m.raw === undefined)).toBe(true);
  });

  it("gives a usage series with the trend triage would see, and the deal's licensed seats", async () => {
    const usage = await callOk<{
      series: Array<{ metric: string; points: unknown[]; trend?: { direction: string } }>;
      licensedSeats?: number;
    }>(client, 'usage_get_series', { accountId: 'a-tyrell' });
    expect(usage.licensedSeats).toBe(50);
    expect(usage.series.map((s) => s.metric)).toEqual(['seats_used']);
    expect(usage.series[0]!.trend?.direction).toBeDefined();
  });

  it('returns knowledge passages with chunk ids to cite', async () => {
    const found = await callOk<{ hits: Array<{ chunk: { id: string; documentId: string } }> }>(
      client,
      'knowledge_search',
      {
        query: 'Enterprise price per seat',
      },
    );
    expect(found.hits[0]?.chunk.id).toMatch(/^doc-pricing#\d+$/);
  });

  it("triages the rep's pipeline with the act-now deals first", async () => {
    const triage = await callOk<{
      deals: Array<{ opportunityId: string; verdict: string; actions: string[] }>;
    }>(client, 'copilot_triage_pipeline', {});
    const verdicts = triage.deals.map((d) => d.verdict);
    expect(verdicts.indexOf('act_now')).toBe(0);
    expect(verdicts.lastIndexOf('act_now')).toBeLessThan(verdicts.indexOf('monitor'));
    expect(triage.deals.find((d) => d.opportunityId === 'o-101')).toMatchObject({
      verdict: 'act_now',
      actions: ['deliver_commitment'],
    });
    const actNow = await callOk<{ deals: Array<{ verdict: string }> }>(client, 'copilot_triage_pipeline', {
      verdicts: ['act_now'],
    });
    expect(actNow.deals.every((d) => d.verdict === 'act_now')).toBe(true);
  });

  it('explains a verdict with evidence quoting the words behind it', async () => {
    const explained = await callOk<{ observations: Array<{ kind: string; span?: { text: string } }> }>(
      client,
      'copilot_explain_deal',
      {
        opportunityId: 'o-101',
      },
    );
    expect(explained.observations.map((o) => o.kind)).toContain('conclusion');
    expect(
      explained.observations.some((o) => o.kind === 'evidence' && o.span?.text.includes('by Friday')),
    ).toBe(true);
  });

  it('refuses bad arguments with a message saying what to fix', async () => {
    const result = await call(client, 'crm_get_activities', {
      accountId: 'a-globex',
      opportunityId: 'o-101',
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/exactly one of accountId or opportunityId/);
  });
});
