import { describe, expect, it } from 'vitest';
import { matchPlaces, placeAndAncestors } from './places.ts';

describe('places', () => {
  it('finds named hosting places, but not the pronoun "us"', () => {
    expect(
      matchPlaces('send us data in the US (Virginia) or the EU (Frankfurt)').map((p) => p.placeId),
    ).toEqual(['us', 'virginia', 'eu', 'frankfurt']);
  });

  it('walks a city up to its country, union and continent', () => {
    expect(placeAndAncestors('frankfurt')).toEqual(['frankfurt', 'germany', 'eu', 'europe', 'emea']);
    expect(placeAndAncestors('sydney')).toEqual(['sydney', 'australia', 'apac']);
  });
});

describe('a currency sign is no place', () => {
  it('reads "US venues" as the US and "US$119" as dollars', () => {
    expect(matchPlaces('for US venues').map((p) => p.placeId)).toEqual(['us']);
    expect(matchPlaces('Group is US$119 per terminal')).toEqual([]);
  });
});
