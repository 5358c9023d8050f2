import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, startLoopback } from '../llm/support/loopback-server.ts';
import { embeddingsList } from '../llm/support/provider-replies.ts';
import { runCli } from '../support/run-cli.ts';
import { knowledgeFolder } from './knowledge-contract.ts';
import { conceptVector } from './support/concept-embedder.ts';

type SearchJson = {
  ranking: string;
  hits: { id: string; headingPath: string[]; textRank: number | null; vectorRank: number | null }[];
};

// Each test runs the real binary (a fresh Node, tsx and PGlite); on a loaded two-core machine that takes seconds.
describe('closeloop kb', { timeout: 120_000 }, () => {
  const home = mkdtempSync(path.join(tmpdir(), 'closeloop-home-'));
  const env = { CLOSELOOP_HOME: home };
  let embeddings: Loopback;

  beforeAll(async () => {
    // An OpenAI-compatible embeddings endpoint on loopback, answering with the test's concept vectors.
    embeddings = await startLoopback((request) => {
      const input = (request.body as { input: string | string[] }).input;
      return { json: embeddingsList((Array.isArray(input) ? input : [input]).map(conceptVector)) };
    });
  });
  afterAll(() => embeddings.close());

  it('adds a folder of Markdown, text and HTML and says which edition supersedes which', async () => {
    const added = await runCli(['kb', 'add', knowledgeFolder], env);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/Added 4 documents/);
    expect(added.stdout).toMatch(/kb-security {2}security {2}"Security overview"/);
    expect(added.stdout).toMatch(/kb-pricing-2025 .*\(superseded by kb-pricing-2026\)/);
  });

  it('ranks the answering passage first and shows its id and heading path', async () => {
    const found = await runCli(['kb', 'search', 'Is there a discount for a three-year commitment?'], env);
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout.split('\n')[0]).toBe(
      '1. kb-pricing-2026#2  Pricing 2026 › Discounts  [pricing] (text #1)',
    );
    const json = JSON.parse(
      (await runCli(['kb', 'search', 'SAML Okta', '--json'], env)).stdout,
    ) as SearchJson;
    expect(json.hits[0]).toMatchObject({
      id: 'kb-security#1',
      headingPath: ['Security overview', 'Single sign-on'],
    });
  });

  it('never shows a superseded passage', async () => {
    const found = await runCli(['kb', 'search', 'legacy loyalty rebate'], env);
    expect(found.stdout.trim()).toBe('No current passage matches "legacy loyalty rebate".');
  });

  it('ranks by meaning too with CLOSELOOP_EMBEDDINGS set, through the real OpenAI-compatible provider', async () => {
    const withEmbeddings = {
      ...env,
      CLOSELOOP_EMBEDDINGS: 'openai-compatible:concepts',
      CLOSELOOP_EMBEDDINGS_BASE_URL: `${embeddings.url}/v1`,
    };
    const query = 'How do my people log in through our corporate identity provider?';
    const json = JSON.parse(
      (await runCli(['kb', 'search', query, '--json'], withEmbeddings)).stdout,
    ) as SearchJson;
    expect(json.ranking).toBe('hybrid');
    expect(json.hits[0]).toMatchObject({ id: 'kb-security#1', textRank: null, vectorRank: 1 });
    expect(embeddings.requests.every((r) => r.path === '/v1/embeddings')).toBe(true);
    expect((embeddings.requests[0]!.body as { model: string }).model).toBe('concepts');
  });

  it('refuses a PDF with a way forward, in one line', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'closeloop-kb-')), 'brochure.pdf');
    writeFileSync(file, '%PDF-1.7');
    const refused = await runCli(['kb', 'add', file], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toMatch(
      /^closeloop: .*brochure\.pdf: PDF is not read here .*save it as HTML or text first$/,
    );
  });
});
