/** The knowledge base's contract, run on every engine: add files, search, supersede, re-index, fuse with embeddings. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addKnowledgeFiles } from '../../src/services/knowledge/add-knowledge-files.ts';
import type { Embedder } from '../../src/services/knowledge/embedder.ts';
import { listKnowledge } from '../../src/services/knowledge/list-knowledge.ts';
import { searchKnowledge } from '../../src/services/knowledge/search-knowledge.ts';
import type { Store } from '../../src/store/open-store.ts';
import { documents } from '../../src/store/schema/index.ts';
import { conceptEmbedder } from './support/concept-embedder.ts';

export const knowledgeFolder = path.join(import.meta.dirname, 'fixtures', 'kb');

export type OpenKnowledgeStore = () => Promise<{ store: Store; dispose(): Promise<void> }>;

const ids = (found: { hits: { chunk: { id: string } }[] }) => found.hits.map((h) => h.chunk.id);
const documentIds = (found: { hits: { chunk: { documentId: string } }[] }) =>
  found.hits.map((h) => h.chunk.documentId);

// Shares no word with any passage: only meaning can connect it to single sign-on.
const NO_SHARED_WORDS = 'How do my people log in through our corporate identity provider?';

export function runKnowledgeContract(engine: string, open: OpenKnowledgeStore): void {
  describe(`knowledge base on ${engine}`, () => {
    let ctx: Awaited<ReturnType<OpenKnowledgeStore>>;
    let store: Store;
    // One store per suite (opening one costs seconds on a busy machine); every test starts from the same documents.
    beforeAll(async () => {
      ctx = await open();
      store = ctx.store;
    });
    beforeEach(async () => {
      await store.db.execute(
        sql`TRUNCATE documents, knowledge_chunks, knowledge_index_state, knowledge_sources, knowledge_embeddings`,
      );
      await addKnowledgeFiles(store.db, [knowledgeFolder]);
    });
    afterAll(async () => {
      await ctx?.dispose();
    });

    it('reads Markdown, text and HTML files into documents with titles, kinds and heading paths', async () => {
      const listed = await listKnowledge(store.db);
      expect(listed.map((d) => [d.id, d.kind, d.title])).toEqual([
        ['kb-onboarding-faq', 'faq', 'Onboarding faq'],
        ['kb-pricing-2025', 'pricing', 'Pricing 2025'],
        ['kb-pricing-2026', 'pricing', 'Pricing 2026'],
        ['kb-security', 'security', 'Security overview'],
      ]);
      const found = await searchKnowledge(store.db, 'SOC 2 report');
      expect(found.hits[0]!.chunk.headingPath).toEqual(['Security overview', 'Certifications']);
    });

    it.each([
      ['does Enterprise include single sign-on with Okta?', 'kb-security#1'],
      ['Is there a discount for a three-year commitment?', 'kb-pricing-2026#2'],
      ['which certifications do you hold, SOC 2 or ISO?', 'kb-security#3'],
      ['where is customer data hosted?', 'kb-security#2'],
      ['how long until we go live?', 'kb-onboarding-faq#1'],
      ['training sessions for admins', 'kb-onboarding-faq#2'],
    ])('ranks the passage that answers "%s" first', async (query, expected) => {
      expect(ids(await searchKnowledge(store.db, query))[0]).toBe(expected);
    });

    it('never returns the chunks of a pricing document a newer one supersedes', async () => {
      const listed = await listKnowledge(store.db);
      expect(listed.find((d) => d.id === 'kb-pricing-2025')!.supersededBy).toBe('kb-pricing-2026');
      expect((await searchKnowledge(store.db, 'legacy loyalty rebate')).hits).toEqual([]);
      const prices = await searchKnowledge(store.db, 'Enterprise price per seat per month', { limit: 20 });
      expect(documentIds(prices)).toContain('kb-pricing-2026');
      expect(documentIds(prices)).not.toContain('kb-pricing-2025');
    });

    it('re-chunks a document changed by another write path before the next search', async () => {
      await store.db
        .update(documents)
        .set({
          body: '# Pricing 2026\n\n## Plans\n\n- Acme Pro: $42 per seat per month.\n\n## Discounts\n\nA migration credit covers the first month.',
        })
        .where(eq(documents.id, 'kb-pricing-2026'));
      const found = await searchKnowledge(store.db, 'migration credit');
      expect(ids(found)[0]).toBe('kb-pricing-2026#2');
      expect(found.hits[0]!.chunk.text).toContain('migration credit');
      expect((await searchKnowledge(store.db, 'nonprofits')).hits).toEqual([]);
    });

    it('gives a superseded document back its place when the newer one is deleted', async () => {
      await store.db.delete(documents).where(eq(documents.id, 'kb-pricing-2026'));
      expect(documentIds(await searchKnowledge(store.db, 'loyalty rebate'))).toEqual(['kb-pricing-2025']);
      expect((await searchKnowledge(store.db, 'nonprofits')).hits).toEqual([]);
    });

    it("keeps an account's contract out of every other account's search", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-kb-'));
      writeFileSync(
        path.join(dir, 'globex-order-form.md'),
        '# Globex order form\n\nGlobex has a rate freeze at $50 per seat until 2027.',
      );
      await addKnowledgeFiles(store.db, [dir], { accountId: 'a-globex' });
      expect((await searchKnowledge(store.db, 'rate freeze')).hits).toEqual([]);
      expect((await searchKnowledge(store.db, 'rate freeze', { accountId: 'a-initech' })).hits).toEqual([]);
      expect(ids(await searchKnowledge(store.db, 'rate freeze', { accountId: 'a-globex' }))).toEqual([
        'kb-globex-order-form#1',
      ]);
    });

    it('updates the same document when a file is added again, and skips files that are not knowledge', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-kb-'));
      cpSync(knowledgeFolder, dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'onboarding-faq.txt'),
        'IMPLEMENTATION\nMost teams go live within three days.\n',
      );
      writeFileSync(path.join(dir, 'brochure.pdf'), '%PDF-1.7');
      const outcome = await addKnowledgeFiles(store.db, [dir]);
      expect(outcome.skipped).toEqual([
        { path: path.join(dir, 'brochure.pdf'), reason: expect.stringContaining('PDF is not read') },
      ]);
      expect((await listKnowledge(store.db)).length).toBe(4);
      expect((await searchKnowledge(store.db, 'go live')).hits[0]!.chunk.text).toContain('three days');
    });

    describe('with an embeddings model', () => {
      it('finds the passage that matches in meaning when the query shares no word with it', async () => {
        expect((await searchKnowledge(store.db, NO_SHARED_WORDS)).hits).toEqual([]);
        const found = await searchKnowledge(store.db, NO_SHARED_WORDS, { embedder: conceptEmbedder() });
        expect(found.ranking).toBe('hybrid');
        expect(found.hits[0]).toMatchObject({ chunk: { id: 'kb-security#1' }, vectorRank: 1 });
        expect(found.hits[0]!.textRank).toBeUndefined();
      });

      it('fuses both rankings: a passage both agree on comes first and carries both ranks', async () => {
        const found = await searchKnowledge(store.db, 'Okta single sign-on', { embedder: conceptEmbedder() });
        expect(found.hits[0]).toMatchObject({ chunk: { id: 'kb-security#1' }, textRank: 1, vectorRank: 1 });
        expect(found.hits[0]!.score).toBeCloseTo(2 / 61);
      });

      it('never ranks a superseded chunk by meaning either', async () => {
        const found = await searchKnowledge(store.db, 'what does it cost, any discount?', {
          embedder: conceptEmbedder(),
          limit: 20,
        });
        expect(documentIds(found)).toContain('kb-pricing-2026');
        expect(documentIds(found)).not.toContain('kb-pricing-2025');
      });

      it('embeds each passage once, and again only when its words change', async () => {
        const embedded: string[] = [];
        const embedder = conceptEmbedder((texts) => embedded.push(...texts));
        await searchKnowledge(store.db, 'okta', { embedder });
        const first = embedded.length;
        expect(first).toBeGreaterThan(5);
        await searchKnowledge(store.db, 'okta', { embedder });
        expect(embedded.length).toBe(first + 1); // only the query
        await store.db
          .update(documents)
          .set({
            body: '# Security overview\n\n## Single sign-on\n\nEnterprise includes SAML single sign-on with Okta.',
          })
          .where(eq(documents.id, 'kb-security'));
        await searchKnowledge(store.db, 'okta', { embedder });
        expect(embedded.slice(first + 1)).toEqual([
          expect.stringContaining('SAML single sign-on with Okta.'),
          'okta',
        ]);
      });

      it('falls back to full text, and says why, when the embeddings provider fails', async () => {
        const broken: Embedder = {
          id: 'test:broken',
          embed: async () => {
            throw new Error('connection refused');
          },
        };
        const found = await searchKnowledge(store.db, 'Okta single sign-on', { embedder: broken });
        expect(found.ranking).toBe('text');
        expect(found.notice).toContain('connection refused');
        expect(ids(found)[0]).toBe('kb-security#1');
      });
    });
  });
}
