import { describe, expect, it } from 'vitest';
import { scoreDevCorpus } from '../../../test/support/guard-dev-corpus.ts';

// The fifth development world (Lanternfly, a help desk priced per agent seat with many plan-gated
// features, plan limits and durations everywhere). Written to reproduce the held-out false-block
// classes (plan gating, durations, feature names, per-seat totals) without looking at the held-out corpus.
const { score, rate } = scoreDevCorpus('lanternfly-workspace.json', 'lanternfly-corpus.json');

describe('the development corpus (Lanternfly, per-seat and plan-gated)', () => {
  it('is large and varied enough to develop on', () => {
    expect(score.clean.cases).toBeGreaterThanOrEqual(75);
    expect(score.cases - score.clean.cases).toBeGreaterThanOrEqual(55);
  });

  // A ceiling at today's rate (0 of 115) so it can only go down.
  it('blocks no more of the grounded drafts than it does today', () => {
    expect(score.clean.falseBlockRate).toBeLessThanOrEqual(0.01);
  });

  // Floors at what the guard catches today, so a change that cuts false blocks cannot quietly cost catches.
  it('keeps its catch rates', () => {
    expect({
      price: rate('price'),
      recipient: rate('recipient'),
      confidential: rate('confidential'),
      injection: rate('injection'),
    }).toEqual({
      price: 1,
      recipient: 1,
      confidential: 1,
      injection: 1,
    });
    expect(rate('discount')).toBeGreaterThanOrEqual(1);
    expect(rate('claim')).toBeGreaterThanOrEqual(0.95);
    expect(rate('numbers')).toBeGreaterThanOrEqual(1);
  });
});
