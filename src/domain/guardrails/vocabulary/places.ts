/**
 * Hosting places and what contains them: a claim of "EU hosting" is backed by a document that names
 * Frankfurt, but a claim of "Dublin" is not backed by one that only says "the EU".
 */

type Place = { id: string; names: string; caseSensitive?: boolean; within: readonly string[] };

const PLACES: readonly Place[] = [
  { id: 'emea', names: 'EMEA', within: [] },
  { id: 'europe', names: 'Europe|European', within: ['emea'] },
  { id: 'eu', names: 'EU|E\\.U\\.|European Union', caseSensitive: true, within: ['europe'] },
  { id: 'germany', names: 'Germany|German', within: ['eu'] },
  { id: 'frankfurt', names: 'Frankfurt', within: ['germany'] },
  { id: 'berlin', names: 'Berlin', within: ['germany'] },
  { id: 'munich', names: 'Munich', within: ['germany'] },
  { id: 'ireland', names: 'Ireland|Irish', within: ['eu'] },
  { id: 'dublin', names: 'Dublin', within: ['ireland'] },
  { id: 'france', names: 'France|French', within: ['eu'] },
  { id: 'paris', names: 'Paris', within: ['france'] },
  { id: 'netherlands', names: 'Netherlands|Dutch|Holland', within: ['eu'] },
  { id: 'amsterdam', names: 'Amsterdam', within: ['netherlands'] },
  { id: 'sweden', names: 'Sweden|Swedish', within: ['eu'] },
  { id: 'stockholm', names: 'Stockholm', within: ['sweden'] },
  { id: 'italy', names: 'Italy|Italian', within: ['eu'] },
  { id: 'milan', names: 'Milan', within: ['italy'] },
  { id: 'spain', names: 'Spain|Spanish', within: ['eu'] },
  { id: 'madrid', names: 'Madrid', within: ['spain'] },
  { id: 'poland', names: 'Poland|Polish', within: ['eu'] },
  { id: 'warsaw', names: 'Warsaw', within: ['poland'] },
  { id: 'belgium', names: 'Belgium', within: ['eu'] },
  { id: 'finland', names: 'Finland', within: ['eu'] },
  { id: 'denmark', names: 'Denmark', within: ['eu'] },
  { id: 'austria', names: 'Austria|Austrian', within: ['eu'] },
  { id: 'vienna', names: 'Vienna|Wien', within: ['austria'] },
  { id: 'brussels', names: 'Brussels', within: ['belgium'] },
  { id: 'lisbon', names: 'Lisbon', within: ['portugal'] },
  { id: 'portugal', names: 'Portugal|Portuguese', within: ['eu'] },
  { id: 'prague', names: 'Prague', within: ['czechia'] },
  { id: 'czechia', names: 'Czechia|Czech Republic', within: ['eu'] },
  { id: 'copenhagen', names: 'Copenhagen', within: ['denmark'] },
  { id: 'helsinki', names: 'Helsinki', within: ['finland'] },
  { id: 'oslo', names: 'Oslo', within: ['norway'] },
  { id: 'luxembourg', names: 'Luxembourg', within: ['eu'] },
  { id: 'switzerland', names: 'Switzerland|Swiss', within: ['europe'] },
  { id: 'zurich', names: 'Zurich|Zürich|Geneva', within: ['switzerland'] },
  { id: 'norway', names: 'Norway', within: ['europe'] },
  {
    id: 'uk',
    names: 'UK|U\\.K\\.|United Kingdom|Britain|British|England',
    caseSensitive: true,
    within: ['europe'],
  },
  { id: 'london', names: 'London', within: ['uk'] },
  { id: 'north-america', names: 'North America|North American', within: [] },
  {
    id: 'us',
    names: 'US|U\\.S\\.|USA|U\\.S\\.A\\.|United States|America|American',
    caseSensitive: true,
    within: ['north-america'],
  },
  { id: 'virginia', names: 'Virginia|us-east-1|US East', within: ['us'] },
  { id: 'ohio', names: 'Ohio|us-east-2', within: ['us'] },
  { id: 'oregon', names: 'Oregon|us-west-2|US West', within: ['us'] },
  { id: 'california', names: 'California', within: ['us'] },
  { id: 'iowa', names: 'Iowa', within: ['us'] },
  { id: 'texas', names: 'Texas|Dallas', within: ['us'] },
  { id: 'canada', names: 'Canada|Canadian', within: ['north-america'] },
  { id: 'montreal', names: 'Montreal|Montréal', within: ['canada'] },
  { id: 'toronto', names: 'Toronto', within: ['canada'] },
  { id: 'apac', names: 'APAC|Asia[\\s-]Pacific|Asia|Asian', within: [] },
  { id: 'australia', names: 'Australia|Australian|ANZ', within: ['apac'] },
  { id: 'sydney', names: 'Sydney', within: ['australia'] },
  { id: 'melbourne', names: 'Melbourne', within: ['australia'] },
  { id: 'new-zealand', names: 'New Zealand', within: ['apac'] },
  { id: 'singapore', names: 'Singapore', within: ['apac'] },
  { id: 'japan', names: 'Japan|Japanese', within: ['apac'] },
  { id: 'tokyo', names: 'Tokyo|Osaka', within: ['japan'] },
  { id: 'india', names: 'India|Indian', within: ['apac'] },
  { id: 'mumbai', names: 'Mumbai|Hyderabad', within: ['india'] },
  { id: 'korea', names: 'South Korea|Korea', within: ['apac'] },
  { id: 'seoul', names: 'Seoul', within: ['korea'] },
  { id: 'hong-kong', names: 'Hong Kong', within: ['apac'] },
  { id: 'china', names: 'China|Chinese', within: ['apac'] },
  { id: 'indonesia', names: 'Indonesia|Jakarta', within: ['apac'] },
  { id: 'latam', names: 'LATAM|Latin America|South America', within: [] },
  { id: 'brazil', names: 'Brazil|São Paulo|Sao Paulo', within: ['latam'] },
  { id: 'mexico', names: 'Mexico', within: ['north-america'] },
  { id: 'middle-east', names: 'Middle East', within: ['emea'] },
  { id: 'uae', names: 'UAE|United Arab Emirates|Dubai|Abu Dhabi', within: ['middle-east'] },
  { id: 'saudi', names: 'Saudi Arabia|Riyadh', within: ['middle-east'] },
  { id: 'bahrain', names: 'Bahrain', within: ['middle-east'] },
  { id: 'israel', names: 'Israel|Tel Aviv', within: ['middle-east'] },
  { id: 'south-africa', names: 'South Africa|Cape Town|Johannesburg', within: ['emea'] },
];

const BY_ID = new Map(PLACES.map((p) => [p.id, p]));

function compile(places: readonly Place[], flags: string) {
  const ordered = [...places].sort((a, b) => b.names.length - a.names.length);
  return {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${ordered.map((p) => `(${p.names})`).join('|')})(?![\\p{L}\\p{N}])`,
      flags,
    ),
    places: ordered,
  };
}
const insensitive = compile(
  PLACES.filter((p) => !p.caseSensitive),
  'gu',
);
const sensitive = compile(
  PLACES.filter((p) => p.caseSensitive),
  'gu',
);

/** Words that make a clause about where something is hosted or kept. */
export const HOSTING_CUE =
  /\b(?:host\w*|regions?|regional|data ?cent(?:er|re)s?|residen\w*|resid\w*|stor(?:e|ed|es|age|ing)|stays?|lives?|live|kept|keep|servers?|cloud|instances?|deploy\w*|located|locations?|sovereign\w*|infrastructure|facilit(?:y|ies)|availability zones?|process(?:ed|ing)? in)\b/i;

export type PlaceMatch = { placeId: string; start: number; end: number; text: string };

/** Places named in the text. Names are matched as written (capitalised), so "us" the pronoun is not the US. */
export function matchPlaces(text: string): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const compiled of [insensitive, sensitive]) {
    compiled.pattern.lastIndex = 0;
    for (let m = compiled.pattern.exec(text); m; m = compiled.pattern.exec(text)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const place = compiled.places[group - 1];
      if (!place) continue;
      const end = m.index + m[0].length;
      // "US$119", "A$595", "we invoice in US dollars": a currency, not a place.
      if (text[end] === '$' || /^\s+dollars?\b/i.test(text.slice(end, end + 10))) continue;
      // "in English, French and German" lists languages, not places: a demonym that no noun follows.
      const demonym = m[0] !== place.names.split('|')[0] && /(?:an|ish|ch|ss|ese)$/.test(m[0]);
      if (demonym && /^(?:\s*(?:,|;|\.|$|and\b|or\b|\)|language|speak))/.test(text.slice(end, end + 12)))
        continue;
      found.push({ placeId: place.id, start: m.index, end, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start).filter((p, i, all) => i === 0 || p.start >= all[i - 1]!.end);
}

/** The place and every area that contains it: Frankfurt → Germany → EU → Europe. */
export function placeAndAncestors(placeId: string): string[] {
  const chain: string[] = [];
  const queue = [placeId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (chain.includes(id)) continue;
    chain.push(id);
    queue.push(...(BY_ID.get(id)?.within ?? []));
  }
  return chain;
}

export function placeLabel(placeId: string): string {
  return BY_ID.get(placeId)?.names.split('|')[0]?.replace(/\\/g, '') ?? placeId;
}
