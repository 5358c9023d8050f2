import { describe, expect, it } from 'vitest';
import { scoreDevCorpus } from '../../../test/support/guard-dev-corpus.ts';

// The development corpus: a third invented world (Kestrel, accounts-payable software) written to
// develop the guardrails on, so the held-out Fernhill corpus stays a measurement only.
const { results, score, rate } = scoreDevCorpus('workspace.json', 'corpus.json');

describe('the development corpus (Kestrel)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(60);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(60);
  });

  it('meets the issue 6 targets: every wrong price, number and recipient, nearly every invented claim', () => {
    expect({ price: rate('price'), numbers: rate('numbers'), recipient: rate('recipient') }).toEqual({
      price: 1,
      numbers: 1,
      recipient: 1,
    });
    expect(rate('claim')).toBeGreaterThanOrEqual(0.95);
  });

  it('blocks at most 5% of the grounded drafts', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(0.05);
  });

  it('catches the discount, confidentiality and injection flaws too', () => {
    for (const kind of ['discount', 'confidential', 'injection'])
      expect(rate(kind)).toBeGreaterThanOrEqual(0.9);
  });

  it('says what and why for every block, with the record it checked where there is one', () => {
    const blocks = results.flatMap((r) => r.findings.filter((f) => f.severity === 'block'));
    expect(blocks.every((f) => f.reason.length > 10 && f.text.length > 0)).toBe(true);
    const cited = blocks.filter((f) => f.citation).length;
    expect(cited / blocks.length).toBeGreaterThan(0.5);
  });
});
