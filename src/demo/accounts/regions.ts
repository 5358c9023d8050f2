/** Where people and accounts sit: time zones, how dates and phone numbers are written, and the deal currency. */
import type { DateStyle } from '../calendar.ts';
import type { Rng } from '../random.ts';

export const regionKeys = [
  'us_east',
  'us_central',
  'us_mountain',
  'us_pacific',
  'uk',
  'dach',
  'benelux',
  'nordics',
  'india',
  'anz',
  'singapore',
] as const;
export type RegionKey = (typeof regionKeys)[number];
export type TeamRegion = 'na' | 'emea' | 'apac';

export interface Region {
  readonly key: RegionKey;
  readonly timezones: readonly string[];
  readonly dateStyle: DateStyle;
  readonly twelveHour: boolean;
  readonly currency: 'USD' | 'EUR' | 'GBP';
  readonly tlds: readonly string[];
  readonly phone: (rng: Rng) => string;
}

const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => rng.int(0, 9)).join('');

// 555-0100 to 555-0199 are reserved for fiction in North America; 020 7946 0xxx in the UK; 0491 570 xxx in Australia.
function usPhone(rng: Rng, areaCodes: readonly string[]): string {
  const area = rng.pick(areaCodes);
  const line = `01${digits(rng, 2)}`;
  return rng.pick([
    `+1 (${area}) 555-${line}`,
    `(${area}) 555-${line}`,
    `${area}.555.${line}`,
    `+1 ${area} 555 ${line}`,
  ]);
}

const REGIONS: Record<RegionKey, Region> = {
  us_east: {
    key: 'us_east',
    timezones: ['America/New_York', 'America/New_York', 'America/Toronto', 'America/Detroit'],
    dateStyle: 'us',
    twelveHour: true,
    currency: 'USD',
    tlds: ['com'],
    phone: (rng) => usPhone(rng, ['212', '617', '404', '305', '215', '416', '313']),
  },
  us_central: {
    key: 'us_central',
    timezones: ['America/Chicago'],
    dateStyle: 'us',
    twelveHour: true,
    currency: 'USD',
    tlds: ['com'],
    phone: (rng) => usPhone(rng, ['312', '214', '512', '612', '314']),
  },
  us_mountain: {
    key: 'us_mountain',
    timezones: ['America/Denver', 'America/Phoenix'],
    dateStyle: 'us',
    twelveHour: true,
    currency: 'USD',
    tlds: ['com'],
    phone: (rng) => usPhone(rng, ['303', '602', '801', '505']),
  },
  us_pacific: {
    key: 'us_pacific',
    timezones: ['America/Los_Angeles', 'America/Los_Angeles', 'America/Vancouver'],
    dateStyle: 'us',
    twelveHour: true,
    currency: 'USD',
    tlds: ['com', 'io'],
    phone: (rng) => usPhone(rng, ['415', '650', '206', '503', '604', '213']),
  },
  uk: {
    key: 'uk',
    timezones: ['Europe/London', 'Europe/London', 'Europe/Dublin'],
    dateStyle: 'intl',
    twelveHour: false,
    currency: 'GBP',
    tlds: ['co.uk', 'com'],
    phone: (rng) => rng.pick([`+44 20 7946 0${digits(rng, 3)}`, `+44 (0)20 7946 0${digits(rng, 3)}`]),
  },
  dach: {
    key: 'dach',
    timezones: ['Europe/Berlin', 'Europe/Berlin', 'Europe/Zurich', 'Europe/Vienna'],
    dateStyle: 'intl',
    twelveHour: false,
    currency: 'EUR',
    tlds: ['de', 'com'],
    phone: (rng) => rng.pick([`+49 30 ${digits(rng, 4)} ${digits(rng, 4)}`, `+49 (0)89 ${digits(rng, 7)}`]),
  },
  benelux: {
    key: 'benelux',
    timezones: ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/Paris'],
    dateStyle: 'intl',
    twelveHour: false,
    currency: 'EUR',
    tlds: ['nl', 'eu', 'com'],
    phone: (rng) =>
      rng.pick([
        `+31 20 ${digits(rng, 3)} ${digits(rng, 4)}`,
        `+32 2 ${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`,
      ]),
  },
  nordics: {
    key: 'nordics',
    timezones: ['Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Oslo'],
    dateStyle: 'intl',
    twelveHour: false,
    currency: 'EUR',
    tlds: ['se', 'com'],
    phone: (rng) => `+46 8 ${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`,
  },
  india: {
    key: 'india',
    timezones: ['Asia/Kolkata'],
    dateStyle: 'intl',
    twelveHour: true,
    currency: 'USD',
    tlds: ['in', 'com'],
    phone: (rng) => `+91 ${rng.int(70, 99)}${digits(rng, 3)} ${digits(rng, 5)}`,
  },
  anz: {
    key: 'anz',
    timezones: ['Australia/Sydney', 'Australia/Melbourne', 'Pacific/Auckland'],
    dateStyle: 'intl',
    twelveHour: true,
    currency: 'USD',
    tlds: ['com.au', 'com'],
    phone: (rng) => rng.pick([`+61 491 570 ${digits(rng, 3)}`, `+61 2 5550 ${digits(rng, 4)}`]),
  },
  singapore: {
    key: 'singapore',
    timezones: ['Asia/Singapore'],
    dateStyle: 'intl',
    twelveHour: true,
    currency: 'USD',
    tlds: ['sg', 'com'],
    phone: (rng) => `+65 6${digits(rng, 3)} ${digits(rng, 4)}`,
  },
};

export const region = (key: RegionKey): Region => REGIONS[key];

/** Where a team's own people sit. */
export const TEAM_HOME: Record<TeamRegion, ReadonlyArray<readonly [RegionKey, number]>> = {
  na: [
    ['us_east', 4],
    ['us_central', 2],
    ['us_mountain', 1],
    ['us_pacific', 3],
  ],
  emea: [
    ['uk', 3],
    ['dach', 1],
    ['benelux', 1],
  ],
  apac: [
    ['anz', 2],
    ['singapore', 1],
  ],
};

/** Where a team's customers sit: mostly at home, with the odd account abroad. */
export const TEAM_MARKETS: Record<TeamRegion, ReadonlyArray<readonly [RegionKey, number]>> = {
  na: [
    ['us_east', 30],
    ['us_central', 20],
    ['us_mountain', 8],
    ['us_pacific', 30],
    ['uk', 4],
    ['benelux', 3],
    ['india', 5],
  ],
  emea: [
    ['uk', 40],
    ['dach', 25],
    ['benelux', 15],
    ['nordics', 10],
    ['india', 10],
  ],
  apac: [
    ['anz', 60],
    ['singapore', 25],
    ['india', 15],
  ],
};
