import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgeFolder } from '../knowledge/knowledge-contract.ts';
import { type FreshDatabase, freshDatabase } from '../support/fresh-postgres.ts';
import { runCli } from '../support/run-cli.ts';

describe('closeloop kb on PostgreSQL', { timeout: 120_000 }, () => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.drop());

  it('adds the test folder and ranks the answering passage first, never a superseded one', async () => {
    const env = { DATABASE_URL: database.url };
    const added = await runCli(['kb', 'add', knowledgeFolder, '--json'], env);
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout).superseded).toEqual([{ id: 'kb-pricing-2025', by: 'kb-pricing-2026' }]);
    const found = await runCli(['kb', 'search', 'discount for a three-year commitment', '--json'], env);
    const hits = (JSON.parse(found.stdout) as { hits: { id: string; documentId: string }[] }).hits;
    expect(hits[0]!.id).toBe('kb-pricing-2026#2');
    expect(hits.some((h) => h.documentId === 'kb-pricing-2025')).toBe(false);
  });
});
