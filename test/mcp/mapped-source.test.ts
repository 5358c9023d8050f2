/** Another CRM's MCP server, read through a declarative mapping, gives the mission the contexts closeloop's own store does. */
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../../src/demo/index.ts';
import { UserError } from '../../src/domain/errors.ts';
import { deterministicReasoner } from '../../src/domain/triage/reasoner.ts';
import type { Workspace } from '../../src/domain/workspace/workspace-schema.ts';
import { CrmMapping } from '../../src/mcp/client/crm-mapping.ts';
import { mappedDealContextSource } from '../../src/mcp/client/mapped-context-source.ts';
import { readCrmMapping } from '../../src/mcp/client/mcp-client-config.ts';
import { exportWorkspace } from '../../src/services/workspace/export-workspace.ts';
import { importWorkspace } from '../../src/services/workspace/import-workspace.ts';
import {
  listOpenDeals,
  loadDealContexts,
  readWorldHead,
  type WorldHead,
} from '../../src/store/deal-contexts.ts';
import type { Store } from '../../src/store/open-store.ts';
import { openTestStore } from '../support/test-store.ts';
import { writeTempJson } from '../support/workspace-files.ts';
import { foreignCrm } from './support/foreign-crm-server.ts';
import { northwindStore } from './support/mcp-world.ts';

const mappingFile = fileURLToPath(new URL('./fixtures/hubspot-like.mapping.json', import.meta.url));
const mapping = (): CrmMapping => CrmMapping.parse(JSON.parse(readFileSync(mappingFile, 'utf8')));

/** The store's records exactly as the direct path reads them: what the other CRM holds in this test. */
async function storedWorkspace(store: Store): Promise<Workspace> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportWorkspace(store, out);
  out.end();
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Workspace;
}

describe('a CRM mapping, on a generated world', () => {
  let store: Store;
  let head: WorldHead;
  let ids: string[];
  let crm: ReturnType<typeof foreignCrm>;
  beforeAll(async () => {
    store = await openTestStore();
    const world = generateDemoWorld({ reps: 3, oppsPerRep: 40, seed: 5 });
    await importWorkspace(store, Readable.from([JSON.stringify(world.workspace)]), {
      sourceName: 'demo.json',
    });
    head = (await readWorldHead(store.db))!;
    ids = (await listOpenDeals(store.db, head.pipeline)).map((d) => d.opportunityId).slice(0, 100);
    crm = foreignCrm(await storedWorkspace(store));
  });
  afterAll(() => store.close());

  it('builds the same contexts as the store path, record for record', async () => {
    const source = mappedDealContextSource({ mapping: mapping(), connect: crm.connect, timeoutMs: 30_000 });
    try {
      const mapped = await source.load(store.db, head, ids, head.asOf);
      expect(mapped.length).toBe(100);
      expect(mapped).toEqual(await loadDealContexts(store.db, head, ids, head.asOf));
    } finally {
      await source.close();
    }
  });

  it('reads 100 deals in a handful of batched calls, one per company only where the tool takes one id', async () => {
    crm.calls.clear();
    const source = mappedDealContextSource({ mapping: mapping(), connect: crm.connect, timeoutMs: 30_000 });
    try {
      const contexts = await source.load(store.db, head, ids, head.asOf);
      const companies = new Set(contexts.map((c) => c.account.id)).size;
      expect(Object.fromEntries(crm.calls)).toEqual({
        get_deals: 1,
        get_companies: 1,
        search_open_deals: 1,
        list_company_contacts: companies,
        get_engagements: Math.ceil(companies / 50),
        product_usage: 1,
        get_owners: 1,
      });
    } finally {
      await source.close();
    }
  });
});

describe('a mission through a CRM mapping, on the example workspace', () => {
  it('reaches the verdicts the direct path reaches', async () => {
    const store = await northwindStore();
    const source = mappedDealContextSource({
      mapping: mapping(),
      connect: foreignCrm(await storedWorkspace(store)).connect,
      timeoutMs: 30_000,
    });
    try {
      const head = (await readWorldHead(store.db))!;
      const ids = (await listOpenDeals(store.db, head.pipeline)).map((d) => d.opportunityId);
      const reasoner = deterministicReasoner();
      const judge = async (contexts: Awaited<ReturnType<typeof loadDealContexts>>) =>
        Promise.all(contexts.map(async (c) => ({ id: c.opportunity.id, ...pick(await reasoner.assess(c)) })));
      const pick = (a: { verdict: string; actions: string[]; resumeOn?: string | undefined }) => ({
        verdict: a.verdict,
        actions: a.actions,
        resumeOn: a.resumeOn,
      });
      expect(await judge(await source.load(store.db, head, ids, head.asOf))).toEqual(
        await judge(await loadDealContexts(store.db, head, ids, head.asOf)),
      );
    } finally {
      await source.close();
      await store.close();
    }
  });
});

describe('mapping mistakes', () => {
  let store: Store;
  let head: WorldHead;
  let ws: Workspace;
  beforeAll(async () => {
    store = await northwindStore();
    head = (await readWorldHead(store.db))!;
    ws = await storedWorkspace(store);
  });
  afterAll(() => store.close());

  it('names the mapping and field when a deal comes back without a required field', async () => {
    const broken = mapping();
    broken.opportunities.fields.amount = 'properties.amount_in_home_currency';
    const source = mappedDealContextSource({
      mapping: broken,
      connect: foreignCrm(ws).connect,
      timeoutMs: 30_000,
    });
    try {
      const error = await source.load(store.db, head, ['o-101'], head.asOf).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toBe(
        "the MCP mapping's opportunities (tool get_deals) gave an invalid record: amount: Invalid input: expected number, received undefined",
      );
    } finally {
      await source.close();
    }
  });

  it('leaves out a contact that does not map, keeping the deal', async () => {
    const hank = ws.contacts.find((c) => c.id === 'c-hank')!;
    const withBadContact: Workspace = {
      ...ws,
      contacts: [...ws.contacts, { ...hank, id: 'c-bad', email: 'not an address' }],
    };
    const source = mappedDealContextSource({
      mapping: mapping(),
      connect: foreignCrm(withBadContact).connect,
      timeoutMs: 30_000,
    });
    try {
      const [context] = await source.load(store.db, head, ['o-101'], head.asOf);
      expect(context?.contacts.map((c) => c.id)).not.toContain('c-bad');
      expect(context?.contacts.length).toBeGreaterThan(0);
    } finally {
      await source.close();
    }
  });

  it('rejects a mapping file with the JSON path of its first bad field', async () => {
    const file = writeTempJson('mapping.json', {
      ...mapping(),
      accounts: { tool: 'get_companies', argument: 'ids', fields: { id: 7 } },
    });
    const error = await readCrmMapping(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/mapping\.json: \$\.accounts\.fields\.id: /);
  });
});
