import { describe, expect, it } from 'vitest';
import { scoreDevCorpus } from '../../../test/support/guard-dev-corpus.ts';

// The seventh development world (Harbourlight, fleet telematics: a per-vehicle subscription on three tiers,
// trackers bought or leased, a fleet-size volume table and a framework price). Written without reading the
// guard, so its first score was a fresh measurement of how the guard generalises; the floors and ceiling
// below are that first score, written before any tuning on this world.
const { score, rate } = scoreDevCorpus('harbourlight-workspace.json', 'harbourlight-corpus.json');

describe('the development corpus (Harbourlight, per-vehicle tiers and tracker hardware)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(60);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(45);
  });

  // A ceiling at the first score (20 of 61) so it can only go down; the target is 0.05.
  it('blocks no more of the grounded drafts than it does today', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(20 / 61);
  });

  // Floors at what the guard caught on the first score, so a change that cuts false blocks cannot quietly cost catches.
  it('keeps its catch rates', () => {
    expect({ recipient: rate('recipient'), injection: rate('injection') }).toEqual({
      recipient: 1,
      injection: 1,
    });
    expect(rate('price')).toBeGreaterThanOrEqual(6 / 7);
    expect(rate('claim')).toBeGreaterThanOrEqual(7 / 9);
    expect(rate('numbers')).toBeGreaterThanOrEqual(6 / 10);
    expect(rate('discount')).toBeGreaterThanOrEqual(1 / 7);
    expect(rate('confidential')).toBeGreaterThanOrEqual(6 / 7);
  });
});
