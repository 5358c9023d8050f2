import { describe, expect, it } from 'vitest';
import { buildChunkRanker } from './bm25-ranker.ts';
import { buildKnowledgeBase, isUsableFor } from './knowledge-base.ts';
import { aDocument } from './knowledge-test-factories.ts';

const documents = [
  aDocument({
    id: 'doc-pricing',
    title: 'Pricing 2026',
    kind: 'pricing',
    body: '# Pricing 2026\n\n- Pro: $40 per seat per month.\n\n## Discounts\n\nThree-year commitments receive 10% off list.',
    updatedAt: '2026-01-05T00:00:00Z',
  }),
  aDocument({
    id: 'doc-pricing-old',
    title: 'Pricing 2025',
    kind: 'pricing',
    body: '# Pricing 2025\n\n- Pro: $35 per seat per month.\n\n## Discounts\n\nTwo-year commitments receive 5% off.',
    updatedAt: '2025-01-05T00:00:00Z',
  }),
  aDocument({
    id: 'doc-security',
    body: '# Security\n\nEnterprise includes SAML single sign-on with Okta. Data is hosted in Frankfurt.',
  }),
];

describe('buildChunkRanker', () => {
  const kb = buildKnowledgeBase(documents);
  const ranker = buildChunkRanker(kb.chunks);

  it('ranks the passage that answers the question first', () => {
    expect(ranker.rank('does single sign-on work with Okta?')[0]!.chunk.id).toBe('doc-security#1');
    expect(ranker.rank('discount for a three-year commitment')[0]!.chunk.id).toBe('doc-pricing#2');
  });

  it('counts heading words, so a section named for the topic wins', () => {
    expect(ranker.rank('discounts')[0]!.chunk.headingPath).toContain('Discounts');
  });

  it('never returns superseded chunks when filtered to what a deal may use', () => {
    const results = ranker.rank('pricing discounts commitments', {
      limit: 10,
      filter: (c) => isUsableFor(kb, c, undefined),
    });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.chunk.documentId !== 'doc-pricing-old')).toBe(true);
  });

  it('returns nothing for a query with no known words', () => {
    expect(ranker.rank('zebra xylophone')).toEqual([]);
  });
});

describe('buildKnowledgeBase', () => {
  it('keeps superseded chunks for audits but not among the active ones', () => {
    const kb = buildKnowledgeBase(documents);
    expect(kb.chunks.some((c) => c.documentId === 'doc-pricing-old')).toBe(true);
    expect(kb.active.some((c) => c.documentId === 'doc-pricing-old')).toBe(false);
    expect(kb.supersededBy.get('doc-pricing-old')).toBe('doc-pricing');
  });

  it("refuses another account's contract as support", () => {
    const kb = buildKnowledgeBase([aDocument({ id: 'contract', kind: 'contract', accountId: 'a-1' })]);
    const chunk = kb.active[0]!;
    expect(isUsableFor(kb, chunk, 'a-1')).toBe(true);
    expect(isUsableFor(kb, chunk, 'a-2')).toBe(false);
  });
});
