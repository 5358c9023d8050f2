import { describe, expect, it } from 'vitest';
import { documentIdFor, inferKind, parseKnowledgeFile, splitFrontMatter } from './knowledge-file.ts';

describe('parseKnowledgeFile', () => {
  it('takes title, kind and date from front matter and leaves it out of the body', () => {
    const { document } = parseKnowledgeFile(
      'price-list.md',
      '---\ntitle: "Pricing 2026"\nkind: pricing\nupdated: 2026-01-05\n---\n# Plans\n\nPro is $40.',
      'markdown',
    );
    expect(document).toEqual({
      id: 'kb-price-list',
      title: 'Pricing 2026',
      kind: 'pricing',
      body: '# Plans\n\nPro is $40.',
      updatedAt: '2026-01-05T00:00:00Z',
    });
  });

  it('reads the title and date of an HTML page from its head', () => {
    const html =
      '<html><head><title>Trust center</title><meta name="updated" content="2026-02-01T00:00:00Z"></head><body><h1>Security</h1><p>SOC 2.</p></body></html>';
    const { document } = parseKnowledgeFile('trust/index.html', html, 'html');
    expect(document).toMatchObject({
      id: 'kb-trust-index',
      title: 'Trust center',
      kind: 'security',
      updatedAt: '2026-02-01T00:00:00Z',
    });
    expect(document.body).toBe('# Security\n\nSOC 2.');
  });

  it('names a plain-text file after the file, not after its first section', () => {
    const { document } = parseKnowledgeFile('onboarding_faq.txt', 'IMPLEMENTATION\nTwo weeks.', 'text');
    expect(document).toMatchObject({
      title: 'Onboarding faq',
      kind: 'faq',
      body: '## IMPLEMENTATION\nTwo weeks.',
    });
  });

  it('lets the caller override kind, account and date', () => {
    const { document } = parseKnowledgeFile('globex.md', '---\nkind: faq\n---\nText', 'markdown', {
      kind: 'contract',
      accountId: 'a-globex',
      updatedAt: '2026-03-01T00:00:00Z',
    });
    expect(document).toMatchObject({
      kind: 'contract',
      accountId: 'a-globex',
      updatedAt: '2026-03-01T00:00:00Z',
    });
  });
});

describe('inferKind', () => {
  it.each([
    ['Battlecard: Contoso BI', 'battlecard'],
    ['Northwind vs Contoso', 'battlecard'],
    ['Price list 2026', 'pricing'],
    ['SOC 2 and GDPR', 'security'],
    ['Master services agreement (MSA)', 'contract'],
    ['Discount approval policy', 'policy'],
    ['Frequently asked questions', 'faq'],
    ['Reporting module', 'spec'],
  ])('reads "%s" as %s', (title, kind) => {
    expect(inferKind(title)).toBe(kind);
  });
});

describe('documentIdFor and splitFrontMatter', () => {
  it('makes the same id for the same path', () => {
    expect(documentIdFor('Security/SSO Guide.md')).toBe('kb-security-sso-guide');
  });

  it('leaves a body without front matter alone', () => {
    expect(splitFrontMatter('# Title\n---\nx')).toEqual({ fields: {}, body: '# Title\n---\nx' });
  });
});
