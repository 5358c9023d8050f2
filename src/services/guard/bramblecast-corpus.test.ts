import { describe, expect, it } from 'vitest';
import { scoreDevCorpus } from '../../../test/support/guard-dev-corpus.ts';

// The fourth development world (Bramblecast, log analytics priced by volume band with a platform fee
// per plan, regional mark-ups, a euro list, add-ons and support tiers sold on some plans). Written to
// find the classes of false blocks the Kestrel world did not show; the held-out corpus stays a measure.
const { score, rate } = scoreDevCorpus('bramblecast-workspace.json', 'bramblecast-corpus.json');

describe('the development corpus (Bramblecast, usage-priced)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(75);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(60);
  });

  // 1 of 78 today; the ceiling sits at that rate so it can only go down.
  it('blocks at most 5% of the grounded drafts', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(0.013);
  });

  // Floors at what the guard catches today, so a change that cuts false blocks cannot quietly cost catches.
  it('keeps its catch rates', () => {
    expect({
      recipient: rate('recipient'),
      confidential: rate('confidential'),
      injection: rate('injection'),
    }).toEqual({
      recipient: 1,
      confidential: 1,
      injection: 1,
    });
    expect(rate('numbers')).toBeGreaterThanOrEqual(0.9);
    expect(rate('discount')).toBeGreaterThanOrEqual(0.9);
    expect(rate('price')).toBeGreaterThanOrEqual(0.83);
    expect(rate('claim')).toBeGreaterThanOrEqual(0.83);
  });
});
