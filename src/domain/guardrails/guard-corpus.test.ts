import { describe, expect, it } from 'vitest';
import { type CaseResult, scoreCorpus } from './guard-corpus.ts';

const result = (id: string, kind: CaseResult['kind'], blocked: boolean): CaseResult => ({
  id,
  kind,
  expectBlocked: kind !== 'clean',
  blocked,
  findings: [],
});

describe('scoreCorpus', () => {
  it('reports the catch rate per flaw and the false-block rate on clean drafts, with the wrong cases', () => {
    const score = scoreCorpus([
      result('p1', 'price', true),
      result('p2', 'price', false),
      result('r1', 'recipient', true),
      result('c1', 'clean', false),
      result('c2', 'clean', false),
      result('c3', 'clean', true),
      result('c4', 'clean', false),
    ]);
    expect(score.cases).toBe(7);
    expect(score.categories).toEqual({
      price: { cases: 2, caught: 1, catchRate: 0.5 },
      recipient: { cases: 1, caught: 1, catchRate: 1 },
    });
    expect(score.clean).toEqual({ cases: 4, blocked: 1, falseBlockRate: 0.25 });
    expect(score.wrong.map((w) => w.id)).toEqual(['p2', 'c3']);
  });

  it('lists a case that could not be checked among the wrong ones', () => {
    const score = scoreCorpus([{ ...result('x', 'price', false), error: 'unknown opportunity o-9' }]);
    expect(score.wrong).toEqual([expect.objectContaining({ id: 'x', error: 'unknown opportunity o-9' })]);
  });

  it('has no rate for a category without cases', () => {
    expect(scoreCorpus([]).clean.falseBlockRate).toBeNull();
  });
});
