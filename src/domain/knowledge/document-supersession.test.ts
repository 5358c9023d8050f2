import { describe, expect, it } from 'vitest';
import { findSupersededDocuments, subjectKey } from './document-supersession.ts';
import { aDocument } from './knowledge-test-factories.ts';

describe('subjectKey', () => {
  it('ignores years, quarters and version marks', () => {
    expect(subjectKey('Pricing 2025')).toBe(subjectKey('Pricing 2026 (v2)'));
    expect(subjectKey('Security overview Q3 2025')).toBe(subjectKey('Security Overview'));
  });
});

describe('findSupersededDocuments', () => {
  const pricing = (id: string, title: string, updatedAt?: string) =>
    aDocument({
      id,
      title,
      kind: 'pricing',
      body: `# ${title}\n\n- Pro: $40`,
      ...(updatedAt ? { updatedAt } : {}),
    });

  it('lets Pricing 2026 supersede Pricing 2025 by date', () => {
    const superseded = findSupersededDocuments([
      pricing('p25', 'Pricing 2025', '2025-01-05T00:00:00Z'),
      pricing('p26', 'Pricing 2026', '2026-01-05T00:00:00Z'),
    ]);
    expect([...superseded]).toEqual([['p25', 'p26']]);
  });

  it('falls back on the year in the title when dates are missing', () => {
    const superseded = findSupersededDocuments([
      pricing('p26', 'Pricing 2026'),
      pricing('p25', 'Pricing 2025'),
    ]);
    expect(superseded.get('p25')).toBe('p26');
    expect(superseded.has('p26')).toBe(false);
  });

  it('matches a longer pricing title to a shorter one through its first heading', () => {
    const newer = aDocument({
      id: 'doc-pricing',
      title: 'Pricing and discount policy 2026',
      kind: 'pricing',
      body: '# Pricing 2026\n\n- Pro: $40',
      updatedAt: '2026-01-05T00:00:00Z',
    });
    const older = pricing('p25', 'Pricing 2025', '2025-01-03T00:00:00Z');
    expect(findSupersededDocuments([newer, older]).get('p25')).toBe('doc-pricing');
  });

  it('points every older edition at the newest one', () => {
    const superseded = findSupersededDocuments([
      pricing('p24', 'Pricing 2024'),
      pricing('p25', 'Pricing 2025'),
      pricing('p26', 'Pricing 2026'),
    ]);
    expect(superseded.get('p24')).toBe('p26');
    expect(superseded.get('p25')).toBe('p26');
  });

  it('keeps documents of another kind, another subject or another account', () => {
    const superseded = findSupersededDocuments([
      aDocument({ id: 's1', title: 'Security overview', updatedAt: '2025-01-01T00:00:00Z' }),
      aDocument({ id: 's2', title: 'Security whitepaper', updatedAt: '2026-01-01T00:00:00Z' }),
      aDocument({ id: 'f1', title: 'Security overview', kind: 'faq', updatedAt: '2026-02-01T00:00:00Z' }),
      aDocument({
        id: 'c1',
        title: 'Security overview',
        accountId: 'a-1',
        updatedAt: '2026-03-01T00:00:00Z',
      }),
    ]);
    expect(superseded.size).toBe(0);
  });
});
