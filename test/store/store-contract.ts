/** The store's contract, run against every engine: migrations, import, upsert, round trip, rollback. */
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/domain/errors.ts';
import { exportWorkspace } from '../../src/services/workspace/export-workspace.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import { countRows, type Store } from '../../src/store/open-store.ts';
import { northwindWorkspace } from '../support/paths.ts';
import { loadNorthwind, writeTempJson } from '../support/workspace-files.ts';

export type OpenFresh = () => Promise<{ store: Store; reopen(): Promise<Store>; dispose(): Promise<void> }>;

async function exportText(store: Store): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportWorkspace(store, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

async function importError(store: Store, file: string): Promise<UserError> {
  const error = await importWorkspaceFile(store, file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

export function runStoreContract(engine: string, openFresh: OpenFresh): void {
  describe(`store contract on ${engine}`, () => {
    let ctx: Awaited<ReturnType<OpenFresh>>;
    let store: Store;
    beforeEach(async () => {
      ctx = await openFresh();
      store = ctx.store;
    });
    afterEach(async () => {
      await ctx.dispose();
    });

    it('applies its migrations idempotently when opened again', async () => {
      await importWorkspaceFile(store, northwindWorkspace);
      await store.close();
      store = await ctx.reopen();
      expect((await countRows(store.db)).opportunities).toBe(13);
    });

    it('imports the example workspace: 13 opportunities and everything they refer to', async () => {
      const summary = await importWorkspaceFile(store, northwindWorkspace);
      expect(summary.counts).toMatchObject({
        users: 3,
        accounts: 13,
        opportunities: 13,
        activities: 22,
        usage: 12,
      });
      const counts = await countRows(store.db);
      expect(counts).toMatchObject({
        opportunities: 13,
        activities: 22,
        contacts: 14,
        documents: 3,
        teams: 1,
      });
      expect(counts.opportunity_stage_history).toBe(6);
    });

    it('leaves the same rows when the same file is imported twice', async () => {
      await importWorkspaceFile(store, northwindWorkspace);
      const once = await exportText(store);
      await importWorkspaceFile(store, northwindWorkspace);
      expect(await exportText(store)).toBe(once);
    });

    it('updates rows by id when the file changes', async () => {
      await importWorkspaceFile(store, northwindWorkspace);
      const changed = loadNorthwind();
      changed.opportunities[0]!.stage = 'Negotiation';
      changed.opportunities[0]!.stageHistory!.push({
        stage: 'Negotiation',
        enteredAt: '2026-03-01T10:00:00Z',
      });
      changed.activities[0]!.body = 'Edited body';
      await importWorkspaceFile(store, writeTempJson('changed.json', changed));
      const exported = JSON.parse(await exportText(store));
      const o101 = exported.opportunities.find((o: { id: string }) => o.id === 'o-101');
      expect(o101.stage).toBe('Negotiation');
      expect(o101.stageHistory).toHaveLength(4);
      expect(exported.activities.find((a: { id: string }) => a.id === 'act-1').body).toBe('Edited body');
      expect(exported.opportunities).toHaveLength(13);
    });

    it('round-trips: import, export, import into an empty store gives the same store', async () => {
      await importWorkspaceFile(store, northwindWorkspace);
      const first = await exportText(store);
      const other = await openFresh();
      try {
        await importWorkspaceFile(other.store, writeTempJson('export.json', first));
        expect(await exportText(other.store)).toBe(first);
      } finally {
        await other.dispose();
      }
      const exported = JSON.parse(first);
      const original = loadNorthwind();
      expect(exported.activities.find((a: { id: string }) => a.id === 'act-6')).toEqual(
        original.activities.find((a) => a.id === 'act-6'),
      );
    });

    it("keeps the writer's UTC offset of each activity through a round trip", async () => {
      const ws = loadNorthwind();
      ws.activities[0]!.occurredAt = '2026-02-16T13:10:00-05:00';
      await importWorkspaceFile(store, writeTempJson('tz.json', ws));
      const exported = JSON.parse(await exportText(store));
      expect(exported.activities.find((a: { id: string }) => a.id === 'act-1').occurredAt).toBe(
        '2026-02-16T13:10:00-05:00',
      );
    });

    it('refuses an activity of a missing opportunity, naming it, and writes nothing', async () => {
      await importWorkspaceFile(store, northwindWorkspace);
      const before = await exportText(store);
      const bad = loadNorthwind();
      bad.opportunities[0]!.name = 'Changed in the same file';
      bad.activities[6]!.opportunityId = 'o-999';
      const error = await importError(store, writeTempJson('bad.json', bad));
      expect(error.message).toContain('act-7');
      expect(error.message).toContain('o-999');
      expect(await exportText(store)).toBe(before);
    });

    it('rolls back everything on a bad file into an empty store', async () => {
      const bad = loadNorthwind();
      bad.contacts[2]!.accountId = 'a-nowhere';
      const error = await importError(store, writeTempJson('bad.json', bad));
      expect(error.message).toMatch(/contacts "c-alice": accountId "a-nowhere"/);
      const counts = await countRows(store.db);
      expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    });

    it('names the JSON path and reason of the first invalid fields', async () => {
      const bad = loadNorthwind();
      (bad.activities[3] as { occurredAt: string }).occurredAt = 'last Tuesday';
      (bad.opportunities[2] as { type: string }).type = 'upsell';
      const error = await importError(store, writeTempJson('bad.json', bad));
      expect(error.message).toContain('$.opportunities[2] (id "o-103").type');
      expect(error.message).toContain('$.activities[3] (id "act-4").occurredAt');
    });

    it('refuses an owner who is not a user and a duplicate id', async () => {
      const bad = loadNorthwind();
      bad.accounts[1]!.ownerId = 'u-ghost';
      await expect(importWorkspaceFile(store, writeTempJson('bad.json', bad))).rejects.toThrow(
        /ownerId "u-ghost"/,
      );
      const dup = loadNorthwind();
      dup.users.push({ ...dup.users[0]! });
      await expect(importWorkspaceFile(store, writeTempJson('dup.json', dup))).rejects.toThrow(
        /\$\.users\[3\]: duplicate users id "u-dana" \(first at \$\.users\[0\]\)/,
      );
    });

    it('refuses a file that is not a workspace, or not JSON', async () => {
      await expect(
        importWorkspaceFile(
          store,
          writeTempJson('labels.json', { format: 'closeloop.labels/v1', labels: [] }),
        ),
      ).rejects.toThrow(/\$\.format/);
      await expect(
        importWorkspaceFile(
          store,
          writeTempJson('cut.json', '{"format": "closeloop.workspace/v1", "users": ['),
        ),
      ).rejects.toThrow(/not valid JSON/);
      await expect(
        importWorkspaceFile(store, writeTempJson('obj.json', { ...loadNorthwind(), users: { a: 1 } })),
      ).rejects.toThrow(/\$\.users: expected an array/);
    });

    it('imports lists in any order: activities before the deals they belong to', async () => {
      const { activities, ...rest } = loadNorthwind();
      const reordered = { activities, ...rest };
      const summary = await importWorkspaceFile(store, writeTempJson('reordered.json', reordered), {
        batchSize: 5,
      });
      expect(summary.counts.activities).toBe(22);
    });
  });
}
