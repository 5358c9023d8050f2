import { describe, expect, it } from 'vitest';
import { scoreDevCorpus } from '../../../test/support/guard-dev-corpus.ts';

// The sixth development world (Quillmark, contract-lifecycle software priced per user on three editions
// plus a contract-volume platform fee band). Written without reading the guard, so its first score was a
// fresh measurement of how the guard generalises; the floors and ceiling below are that first score.
const { score, rate } = scoreDevCorpus('quillmark-workspace.json', 'quillmark-corpus.json');

describe('the development corpus (Quillmark, per-user editions and a platform-fee band)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(80);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(70);
  });

  // A ceiling at today’s rate (10 of 80, first score 32) so it can only go down; the target is 0.05.
  it('blocks no more of the grounded drafts than it does today', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(10 / 80);
  });

  // Floors at what the guard catches today, so a change that cuts false blocks cannot quietly cost catches.
  it('keeps its catch rates', () => {
    expect({
      discount: rate('discount'),
      recipient: rate('recipient'),
      injection: rate('injection'),
    }).toEqual({
      discount: 1,
      recipient: 1,
      injection: 1,
    });
    expect(rate('price')).toBe(1);
    expect(rate('claim')).toBe(1);
    expect(rate('numbers')).toBeGreaterThanOrEqual(13 / 16);
    expect(rate('confidential')).toBe(1);
  });
});
