/** Every tool answers as its caller: a rep reads their own book only, and what they may not read looks like nothing at all. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { McpConnection } from '../../src/mcp/client/connect-closeloop.ts';
import type { Store } from '../../src/store/open-store.ts';
import { proposals } from '../../src/store/schema/index.ts';
import { callError, callOk, connectAs, DANA, northwindStore, RAJ, SAM } from './support/mcp-world.ts';

describe('permission filtering', () => {
  let store: Store;
  let dana: McpConnection;
  let raj: McpConnection;
  let sam: McpConnection;
  beforeAll(async () => {
    store = await northwindStore();
    [dana, raj, sam] = await Promise.all([
      connectAs(store, DANA),
      connectAs(store, RAJ),
      connectAs(store, SAM),
    ]);
  });
  afterAll(async () => {
    await Promise.all([dana.close(), raj.close(), sam.close()]);
    await store.close();
  });

  // Dana's records, each with a made-up id of the same kind: a rep must not tell the two apart.
  const danaOnly: ReadonlyArray<readonly [string, Record<string, unknown>, Record<string, unknown>]> = [
    ['crm_get_account', { accountId: 'a-globex' }, { accountId: 'a-nowhere' }],
    ['crm_get_opportunity', { opportunityId: 'o-101' }, { opportunityId: 'o-999' }],
    ['crm_get_activities', { accountId: 'a-globex' }, { accountId: 'a-nowhere' }],
    ['crm_get_activities', { opportunityId: 'o-101' }, { opportunityId: 'o-999' }],
    ['mail_get_thread', { threadId: 't-o-101' }, { threadId: 't-nowhere' }],
    ['usage_get_series', { accountId: 'a-tyrell' }, { accountId: 'a-nowhere' }],
    [
      'knowledge_search',
      { query: 'pricing', accountId: 'a-globex' },
      { query: 'pricing', accountId: 'a-nowhere' },
    ],
    ['crm_list_open_opportunities', { rep: DANA }, { rep: 'nobody@northwind.io' }],
    ['copilot_triage_pipeline', { rep: 'u-dana' }, { rep: 'u-nobody' }],
    ['copilot_explain_deal', { opportunityId: 'o-101' }, { opportunityId: 'o-999' }],
  ];

  it.each(danaOnly)(
    "%s answers another rep's record exactly as it answers one that does not exist",
    async (tool, hers, none) => {
      const refused = await callError(raj.client, tool, hers);
      const missing = await callError(raj.client, tool, none);
      expect(refused).toMatch(/^not_found: /);
      const idOf = (args: Record<string, unknown>) => String(Object.values(args).at(-1));
      expect(refused.replace(idOf(hers), '<id>')).toBe(missing.replace(idOf(none), '<id>'));
      await callOk(dana.client, tool, hers);
    },
  );

  it("does not find another rep's accounts in a search", async () => {
    const raj_ = await callOk<{ accounts: Array<{ id: string }> }>(raj.client, 'crm_search_accounts', {
      query: 'o',
    });
    expect(raj_.accounts.map((a) => a.id).sort()).toEqual([
      'a-hooli',
      'a-massive',
      'a-soylent',
      'a-vandelay',
      'a-wayne',
    ]);
    const danas = await callOk<{ accounts: unknown[] }>(raj.client, 'crm_search_accounts', {
      query: 'globex',
    });
    expect(danas.accounts).toEqual([]);
  });

  it("reports another rep's deals as missing from a batch read, beside the rep's own", async () => {
    const batch = await callOk<{ deals: Array<{ opportunity: { id: string } }>; missing: string[] }>(
      raj.client,
      'crm_get_deal_contexts',
      {
        opportunityIds: ['o-101', 'o-104', 'o-000'],
      },
    );
    expect(batch.deals.map((d) => d.opportunity.id)).toEqual(['o-104']);
    expect(batch.missing).toEqual(['o-101', 'o-000']);
  });

  it("proposes nothing on another rep's deal", async () => {
    const before = await store.db.$count(proposals);
    const refused = await callError(raj.client, 'copilot_propose_action', {
      opportunityId: 'o-101',
      action: 're_engage',
      rationale: 'Checking in.',
      payload: { kind: 'send_email', email: { to: ['hank@globex.com'], subject: 'Hello', body: 'Hi Hank' } },
    });
    expect(refused).toBe('not_found: no opportunity o-101');
    expect(await store.db.$count(proposals)).toBe(before);
  });

  it('refuses to read an account resource the caller may not see, with the protocol\'s "resource not found"', async () => {
    await expect(raj.client.readResource({ uri: 'closeloop://account/a-globex' })).rejects.toMatchObject({
      code: -32002,
    });
    await expect(raj.client.readResource({ uri: 'closeloop://opportunity/o-101' })).rejects.toMatchObject({
      code: -32002,
    });
    const mine = await dana.client.readResource({ uri: 'closeloop://account/a-globex' });
    expect(JSON.parse(String((mine.contents[0] as { text: string }).text)).account.name).toBe('Globex');
  });

  it("lists only the caller's own deals and their accounts as resources", async () => {
    const listed = await raj.client.listResources();
    const uris = listed.resources.map((r) => r.uri);
    expect(uris).toContain('closeloop://opportunity/o-104');
    expect(uris).toContain('closeloop://account/a-hooli');
    expect(uris.some((u) => u.endsWith('o-101') || u.endsWith('a-globex'))).toBe(false);
  });

  it("lets a manager read both reps' books and triage either", async () => {
    await callOk(sam.client, 'crm_get_account', { accountId: 'a-globex' });
    await callOk(sam.client, 'crm_get_account', { accountId: 'a-hooli' });
    const triage = await callOk<{ rep: { id: string }; deals: unknown[] }>(
      sam.client,
      'copilot_triage_pipeline',
      { rep: RAJ },
    );
    expect(triage.rep.id).toBe('u-raj');
    expect(triage.deals.length).toBe(5);
  });

  it('answers a rep who names a colleague outside their team as if nobody had that address', async () => {
    expect(await callError(raj.client, 'crm_list_open_opportunities', { rep: SAM })).toBe(
      `not_found: no rep ${SAM}`,
    );
  });

  it('builds a call brief only from what the caller may see', async () => {
    const brief = await dana.client.getPrompt({ name: 'prepare_call', arguments: { who: 'Hank Moss' } });
    const text = (brief.messages[0]!.content as { text: string }).text;
    expect(text).toContain('Globex');
    expect(text).toContain('deliver commitment');
    const refused = await raj.client.getPrompt({ name: 'whats_going_on', arguments: { what: 'Globex' } });
    const refusedText = (refused.messages[0]!.content as { text: string }).text;
    expect(refusedText).toContain('found no account, contact or deal matching "Globex"');
    expect(refusedText).not.toContain('Hank');
  });
});
