import { describe, expect, it } from 'vitest';
import { fuseRankings } from './reciprocal-rank-fusion.ts';

describe('fuseRankings', () => {
  it('puts a result both rankings agree on above one that tops only one of them', () => {
    const fused = fuseRankings(
      [
        ['a', 'b', 'c'],
        ['d', 'b', 'a'],
      ],
      60,
    );
    expect(fused.map((f) => f.id).slice(0, 2)).toEqual(['a', 'b']);
    expect(fused.find((f) => f.id === 'b')!.ranks).toEqual([2, 2]);
  });

  it('keeps a result found by only one ranking, with no rank in the other', () => {
    const fused = fuseRankings([[], ['semantic-match']], 60);
    expect(fused).toEqual([{ id: 'semantic-match', score: 1 / 61, ranks: [undefined, 1] }]);
  });

  it('counts an id listed twice in one ranking once, at its better rank', () => {
    const [only] = fuseRankings([['a', 'a']], 60);
    expect(only!.score).toBeCloseTo(1 / 61);
  });

  it('breaks ties in favour of the first ranking, so results are stable', () => {
    expect(fuseRankings([['text'], ['vector']], 60).map((f) => f.id)).toEqual(['text', 'vector']);
  });
});
