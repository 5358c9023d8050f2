import { describe, expect, it } from 'vitest';
import { buildNameIndex } from './name-index.ts';

describe('buildNameIndex', () => {
  const index = buildNameIndex([
    { text: 'Umbrella Health', value: 'u', caseSensitive: true, notFirst: false },
    { text: 'Umbrella', value: 'u', caseSensitive: true, notFirst: true },
    { text: 'umbrellahealth.com', value: 'u', caseSensitive: false, notFirst: false },
  ]);

  it('finds the longest name as written', () => {
    expect(index.find('We met Umbrella Health.').map((m) => [m.value, m.start, m.end])).toEqual([
      ['u', 7, 22],
    ]);
  });

  it('skips a short name at the start of a sentence unless it is used as a name', () => {
    expect(index.find('Umbrella stands are useful.')).toEqual([]);
    expect(index.find("Umbrella's team is live.")).toHaveLength(1);
    expect(index.find('an umbrella for you')).toEqual([]);
  });

  it('finds domains in any case', () => {
    expect(index.find('see UmbrellaHealth.com')).toHaveLength(1);
  });
});
