import { describe, expect, it } from 'vitest';
import { scoreDevCorpus } from '../../../test/support/guard-dev-corpus.ts';

// The seventh development world (Harbourlight, fleet telematics: a per-vehicle subscription on three tiers,
// trackers bought or leased, a fleet-size volume table and a framework price). Written without reading the
// guard, so its first score was a fresh measurement of how the guard generalises. First, untuned score:
// 20 of 61 grounded drafts blocked (33%), discounts caught 1 of 7, prices 6/7, claims 7/9, numbers 6/10,
// confidential 6/7. The floors and ceiling below hold the figures after the first round of class fixes.
const { score, rate } = scoreDevCorpus('harbourlight-workspace.json', 'harbourlight-corpus.json');

describe('the development corpus (Harbourlight, per-vehicle tiers and tracker hardware)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(60);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(45);
  });

  // A ceiling at today's score (10 of 61, from 20 untuned) so it can only go down; the target is 0.05.
  it('blocks no more of the grounded drafts than it does today', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(10 / 61);
  });

  // Floors at what the guard catches today, so a change that cuts false blocks cannot quietly cost catches.
  it('keeps its catch rates', () => {
    expect({ recipient: rate('recipient'), injection: rate('injection') }).toEqual({
      recipient: 1,
      injection: 1,
    });
    expect(rate('price')).toBeGreaterThanOrEqual(7 / 7);
    expect(rate('claim')).toBeGreaterThanOrEqual(8 / 9);
    expect(rate('numbers')).toBeGreaterThanOrEqual(6 / 10);
    expect(rate('discount')).toBeGreaterThanOrEqual(7 / 7);
    expect(rate('confidential')).toBeGreaterThanOrEqual(6 / 7);
  });
});
