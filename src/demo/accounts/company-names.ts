/** Customer company names and domains, composed from a root and an industry word, unique within one world. */
import { LAST_NAMES } from '../people/names.ts';
import type { Rng } from '../random.ts';

const ROOTS = [
  'Alder',
  'Altura',
  'Amberline',
  'Anchor',
  'Apex',
  'Arbor',
  'Ardent',
  'Ashford',
  'Aspen',
  'Atlas',
  'Aurora',
  'Avalon',
  'Bayside',
  'Beacon',
  'Bellwether',
  'Birch',
  'Blackstone',
  'Bluewater',
  'Boulder',
  'Brightwater',
  'Broadleaf',
  'Cairn',
  'Calder',
  'Canyon',
  'Capstone',
  'Cardinal',
  'Cascade',
  'Cedar',
  'Centric',
  'Clearwater',
  'Cobalt',
  'Compass',
  'Copper',
  'Coral',
  'Cove',
  'Crescent',
  'Crestview',
  'Cypress',
  'Delta',
  'Dune',
  'Eastgate',
  'Ember',
  'Everett',
  'Evergreen',
  'Fairmont',
  'Falcon',
  'Fernhill',
  'Firefly',
  'Foxglove',
  'Frontier',
  'Galena',
  'Garnet',
  'Glacier',
  'Granite',
  'Greystone',
  'Halcyon',
  'Harbor',
  'Harlow',
  'Hawthorne',
  'Heron',
  'Highland',
  'Horizon',
  'Ironwood',
  'Ivory',
  'Juniper',
  'Keystone',
  'Kestrel',
  'Lakeshore',
  'Lantern',
  'Larkspur',
  'Laurel',
  'Ledger',
  'Linden',
  'Lodestar',
  'Lumen',
  'Magnolia',
  'Maple',
  'Marigold',
  'Meadow',
  'Meridian',
  'Mesa',
  'Millbrook',
  'Monarch',
  'Northgate',
  'Northpeak',
  'Oakridge',
  'Onyx',
  'Orchard',
  'Osprey',
  'Pacifica',
  'Palisade',
  'Paragon',
  'Pinnacle',
  'Pioneer',
  'Polaris',
  'Prairie',
  'Quarry',
  'Quill',
  'Radiant',
  'Redwood',
  'Ridgeline',
  'Riverbend',
  'Rockport',
  'Rosewood',
  'Sable',
  'Saffron',
  'Sagebrush',
  'Sandpiper',
  'Seabright',
  'Sentinel',
  'Sierra',
  'Silverline',
  'Solstice',
  'Sparrow',
  'Spruce',
  'Stonebridge',
  'Summit',
  'Sundial',
  'Tamarack',
  'Tidewater',
  'Timber',
  'Topaz',
  'Trailhead',
  'Trident',
  'Tundra',
  'Union',
  'Vantage',
  'Vector',
  'Verdant',
  'Vista',
  'Wavecrest',
  'Westbrook',
  'Whitfield',
  'Wildflower',
  'Willow',
  'Windward',
  'Wolfe',
  'Yarrow',
  'Zephyr',
] as const;

export interface Industry {
  readonly name: string;
  readonly words: readonly string[];
  readonly employees: readonly [number, number];
}

export const INDUSTRIES: readonly Industry[] = [
  {
    name: 'Manufacturing',
    words: ['Manufacturing', 'Industries', 'Components', 'Fabrication', 'Precision'],
    employees: [120, 9000],
  },
  {
    name: 'Logistics',
    words: ['Logistics', 'Freight', 'Shipping', 'Transport', 'Distribution'],
    employees: [80, 12000],
  },
  {
    name: 'Healthcare',
    words: ['Health', 'Medical Group', 'Clinics', 'Care', 'Health Partners'],
    employees: [150, 20000],
  },
  {
    name: 'Financial Services',
    words: ['Capital', 'Financial', 'Credit Union', 'Wealth', 'Bancorp'],
    employees: [60, 15000],
  },
  { name: 'Retail', words: ['Outfitters', 'Market', 'Home', 'Goods', 'Stores'], employees: [100, 30000] },
  {
    name: 'Software',
    words: ['Software', 'Labs', 'Systems', 'Cloud', 'Technologies'],
    employees: [25, 4000],
  },
  { name: 'Education', words: ['Learning', 'Academy', 'University', 'Education'], employees: [80, 6000] },
  { name: 'Energy', words: ['Energy', 'Power', 'Renewables', 'Utilities'], employees: [200, 18000] },
  { name: 'Media', words: ['Media', 'Studios', 'Publishing', 'Broadcasting'], employees: [40, 5000] },
  {
    name: 'Hospitality',
    words: ['Hotels', 'Hospitality', 'Resorts', 'Restaurant Group'],
    employees: [150, 25000],
  },
  {
    name: 'Construction',
    words: ['Builders', 'Construction', 'Engineering', 'Contractors'],
    employees: [60, 7000],
  },
  { name: 'Insurance', words: ['Insurance', 'Mutual', 'Assurance', 'Underwriters'], employees: [100, 14000] },
  { name: 'Biotech', words: ['Bio', 'Therapeutics', 'Biosciences', 'Genomics'], employees: [30, 3000] },
  { name: 'Food & Beverage', words: ['Foods', 'Brewing', 'Farms', 'Provisions'], employees: [50, 11000] },
  {
    name: 'Telecommunications',
    words: ['Telecom', 'Networks', 'Communications', 'Wireless'],
    employees: [120, 16000],
  },
  {
    name: 'Real Estate',
    words: ['Properties', 'Realty', 'Property Group', 'Estates'],
    employees: [30, 2500],
  },
  { name: 'Automotive', words: ['Motors', 'Automotive', 'Mobility', 'Parts'], employees: [150, 22000] },
];

const QUALIFIERS = ['Group', 'Holdings', 'International', 'Partners', 'Co.', 'Inc.'] as const;
const TAILS = [
  'field',
  'point',
  'gate',
  'wood',
  'view',
  'stone',
  'ridge',
  'well',
  'brook',
  'haven',
  'ford',
  'crest',
];

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');

/** One of several naming habits: "Harbor Freight", "Cedarfield Logistics", "Brennan & Okafor Capital", "Apex Bio Group". */
function composeName(rng: Rng, industry: Industry): string {
  const word = rng.pick(industry.words);
  const pattern = rng.weighted([
    ['root', 4],
    ['tail', 3],
    ['founders', 2],
    ['qualified', 1],
  ] as const);
  switch (pattern) {
    case 'root':
      return `${rng.pick(ROOTS)} ${word}`;
    case 'tail':
      return `${rng.pick(ROOTS)}${rng.pick(TAILS)} ${word}`;
    case 'founders':
      return rng.chance(0.5)
        ? `${rng.pick(LAST_NAMES)} ${word}`
        : `${rng.pick(LAST_NAMES)} & ${rng.pick(LAST_NAMES)} ${word}`;
    case 'qualified':
      return `${rng.pick(ROOTS)} ${word} ${rng.pick(QUALIFIERS)}`;
  }
}

/** Hands out company names and domains, never the same domain twice (a domain is how mail finds its account). */
export class CompanyNames {
  private readonly domains = new Set<string>();

  next(rng: Rng, industry: Industry, tlds: readonly string[]): { name: string; domain: string } {
    for (let attempt = 0; attempt < 16; attempt++) {
      const name = composeName(rng, industry);
      const words = name
        .replace(/ (Inc\.|Co\.)$/, '')
        .split(' ')
        .filter((w) => w !== '&');
      const tld = rng.pick(tlds);
      const candidates = [
        `${slug(words.join(''))}.${tld}`,
        `${words.map(slug).join('-')}.${tld}`,
        `${slug(words[0] ?? name)}${slug(words[1] ?? '').slice(0, 3)}.${tld}`,
      ];
      const domain = candidates.find((d) => !this.domains.has(d));
      if (domain) {
        this.domains.add(domain);
        return { name, domain };
      }
    }
    // A very large world runs out of natural combinations; a number keeps the domain unique.
    const base = composeName(rng, industry);
    let n = 2;
    while (this.domains.has(`${slug(base)}${n}.com`)) n++;
    const domain = `${slug(base)}${n}.com`;
    this.domains.add(domain);
    return { name: `${base} ${n}`, domain };
  }
}
