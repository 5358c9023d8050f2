import { describe, expect, it } from 'vitest';
import { aDocument } from './knowledge-test-factories.ts';
import { chunkDocument, markdownSections } from './markdown-chunker.ts';

describe('markdownSections', () => {
  it('keeps the path of headings above each section', () => {
    const body =
      '# Pricing 2026\n\nIntro line.\n\n## Discounts\n\nThree-year commitments receive 10% off.\n\n## Plans\n\n- Pro\n';
    const sections = markdownSections(body);
    expect(sections.map((s) => s.headingPath)).toEqual([
      ['Pricing 2026'],
      ['Pricing 2026', 'Discounts'],
      ['Pricing 2026', 'Plans'],
    ]);
    expect(sections[1]!.text).toBe('Three-year commitments receive 10% off.');
  });

  it('pops back to the right level when a shallower heading follows a deeper one', () => {
    const body = '# A\n\n## B\n\n### C\n\ntext c\n\n## D\n\ntext d';
    expect(markdownSections(body).map((s) => s.headingPath)).toEqual([
      ['A', 'B', 'C'],
      ['A', 'D'],
    ]);
  });

  it('reads setext headings and keeps text before the first heading with an empty path', () => {
    const body = 'Preamble.\n\nPricing\n=======\n\nPro is $40.';
    const sections = markdownSections(body);
    expect(sections.map((s) => [s.headingPath, s.text])).toEqual([
      [[], 'Preamble.'],
      [['Pricing'], 'Pro is $40.'],
    ]);
  });

  it('records offsets that point at the section text in the body', () => {
    const body = '# Security\n\nSOC 2 Type II report available under NDA.';
    const [section] = markdownSections(body);
    expect(body.slice(section!.start, section!.end)).toBe(section!.text);
  });
});

describe('chunkDocument', () => {
  it('numbers chunks from 1 with the document id, stably across runs', () => {
    const doc = aDocument({
      id: 'doc-pricing',
      body: '# Pricing 2026\n\n- Pro: $40\n\n## Discounts\n\nUp to 15%.',
    });
    const ids = chunkDocument(doc).map((c) => c.id);
    expect(ids).toEqual(['doc-pricing#1', 'doc-pricing#2']);
    expect(chunkDocument(doc).map((c) => c.id)).toEqual(ids);
  });

  it('splits a long section at paragraph boundaries under the size limit', () => {
    const paragraph = 'Customer data is encrypted at rest and in transit with modern ciphers. '
      .repeat(5)
      .trim();
    const body = `# Security\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}`;
    const chunks = chunkDocument(aDocument({ body }), 600);
    expect(chunks.length).toBe(3);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(600);
      expect(c.headingPath).toEqual(['Security']);
      expect(body.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('cuts a single over-long paragraph at sentence ends', () => {
    const body = `# FAQ\n\n${'This sentence is about reports. '.repeat(40).trim()}`;
    const chunks = chunkDocument(aDocument({ body }), 300);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.text.endsWith('.')).toBe(true);
  });

  it('cuts a long table between its rows, never inside one', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `| Feature number ${i + 1} | no | yes | yes |`);
    const body = `# Compare\n\n| Capability | Build | Pro | Enterprise |\n| --- | --- | --- | --- |\n${rows.join('\n')}`;
    const chunks = chunkDocument(aDocument({ body }), 400);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      for (const line of c.text.split('\n')) expect(line).toMatch(/^\|.*\|$/);
      expect(body.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('carries the account of an account-specific document onto its chunks', () => {
    const chunks = chunkDocument(aDocument({ kind: 'contract', accountId: 'a-globex' }));
    expect(chunks[0]!.accountId).toBe('a-globex');
  });
});
