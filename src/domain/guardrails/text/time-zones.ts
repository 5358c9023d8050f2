/**
 * Time zones a sentence names ("10am Sydney time", "3pm ET"), so a meeting on record at one instant
 * can be given the day it falls on where the reader lives: 23:00 UTC on the 14th is the 15th in Sydney.
 */
import { formatDay } from '../../dates/calendar.ts';
import { localTime, UTC, zoneNamed } from '../../dates/zone.ts';

// City or region words, matched only as "<name> time" or right after a clock time.
const PLACES: Record<string, string> = {
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  canberra: 'Australia/Sydney',
  brisbane: 'Australia/Brisbane',
  adelaide: 'Australia/Adelaide',
  perth: 'Australia/Perth',
  hobart: 'Australia/Hobart',
  darwin: 'Australia/Darwin',
  auckland: 'Pacific/Auckland',
  wellington: 'Pacific/Auckland',
  christchurch: 'Pacific/Auckland',
  'new zealand': 'Pacific/Auckland',
  nz: 'Pacific/Auckland',
  tokyo: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  singapore: 'Asia/Singapore',
  'hong kong': 'Asia/Hong_Kong',
  shanghai: 'Asia/Shanghai',
  india: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  dubai: 'Asia/Dubai',
  london: 'Europe/London',
  uk: 'Europe/London',
  dublin: 'Europe/Dublin',
  irish: 'Europe/Dublin',
  lisbon: 'Europe/Lisbon',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  amsterdam: 'Europe/Amsterdam',
  madrid: 'Europe/Madrid',
  stockholm: 'Europe/Stockholm',
  'central european': 'Europe/Berlin',
  helsinki: 'Europe/Helsinki',
  eastern: 'America/New_York',
  'new york': 'America/New_York',
  boston: 'America/New_York',
  toronto: 'America/Toronto',
  ottawa: 'America/Toronto',
  montreal: 'America/Toronto',
  atlantic: 'America/Halifax',
  halifax: 'America/Halifax',
  winnipeg: 'America/Winnipeg',
  calgary: 'America/Edmonton',
  edmonton: 'America/Edmonton',
  miami: 'America/New_York',
  atlanta: 'America/New_York',
  austin: 'America/Chicago',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  phoenix: 'America/Phoenix',
  portland: 'America/Los_Angeles',
  central: 'America/Chicago',
  chicago: 'America/Chicago',
  mountain: 'America/Denver',
  denver: 'America/Denver',
  pacific: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  vancouver: 'America/Vancouver',
  'são paulo': 'America/Sao_Paulo',
  'sao paulo': 'America/Sao_Paulo',
  utc: 'UTC',
  gmt: 'UTC',
};

// Abbreviations, matched in capitals anywhere: "3pm ET", "10:00 AEDT".
const ABBREVIATIONS: Record<string, string> = {
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  IST: 'Asia/Kolkata',
  GST: 'Asia/Dubai',
  GMT: 'UTC',
  UTC: 'UTC',
  BST: 'Europe/London',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  EET: 'Europe/Helsinki',
  EEST: 'Europe/Helsinki',
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
};

// "11:00am to noon Eastern": noon and midnight are clock times too.
const CLOCK = String.raw`(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?|\b(?:noon|midday|midnight))\s*\(?`;
const place = Object.keys(PLACES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PLACE_TIME = new RegExp(String.raw`\b(${place})(?:\s+(?:standard|daylight|summer))?\s+time\b`, 'gi');
// "3pm Sydney", "6pm in Melbourne".
const CLOCK_PLACE = new RegExp(String.raw`${CLOCK}\s*(?:in\s+)?(${place})\b`, 'gi');
const ABBREVIATION = new RegExp(String.raw`\b(${Object.keys(ABBREVIATIONS).join('|')})\b`, 'g');

/** Where a text names a zone ("Calgary time", "11:00 pm Mountain", "ET"): a place of the clock, not a feature. */
export function zoneMentions(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PLACE_TIME), ...text.matchAll(CLOCK_PLACE), ...text.matchAll(ABBREVIATION)].map(
    (m) => {
      const start = m.index + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
      return { start, end: start + m[1]!.length };
    },
  );
}

/** The IANA zones a text names, each once. */
export function zonesNamedIn(text: string): string[] {
  const zones = new Set<string>();
  for (const m of text.matchAll(PLACE_TIME)) zones.add(PLACES[m[1]!.toLowerCase()]!);
  for (const m of text.matchAll(CLOCK_PLACE)) zones.add(PLACES[m[1]!.toLowerCase()]!);
  for (const m of text.matchAll(ABBREVIATION)) zones.add(ABBREVIATIONS[m[1]!]!);
  return [...zones];
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayInZone(instant: string, zone: string): string {
  return formatDay(localTime(Date.parse(instant), zoneNamed(zone) ?? UTC).day);
}

// The zones of a country an address's domain ends in ("brindleoates.com.au"): an attendee's own
// day. Generic endings (.com, .io, .edu, .co) say nothing about where anyone is.
const COUNTRY_ZONES: Record<string, readonly string[]> = {
  au: ['Australia/Perth', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Sydney'],
  nz: ['Pacific/Auckland'],
  jp: ['Asia/Tokyo'],
  kr: ['Asia/Seoul'],
  sg: ['Asia/Singapore'],
  hk: ['Asia/Hong_Kong'],
  in: ['Asia/Kolkata'],
  ae: ['Asia/Dubai'],
  uk: ['Europe/London'],
  ie: ['Europe/Dublin'],
  pt: ['Europe/Lisbon'],
  fr: ['Europe/Paris'],
  de: ['Europe/Berlin'],
  nl: ['Europe/Amsterdam'],
  be: ['Europe/Brussels'],
  es: ['Europe/Madrid'],
  it: ['Europe/Rome'],
  ch: ['Europe/Zurich'],
  at: ['Europe/Vienna'],
  se: ['Europe/Stockholm'],
  no: ['Europe/Oslo'],
  dk: ['Europe/Copenhagen'],
  fi: ['Europe/Helsinki'],
  pl: ['Europe/Warsaw'],
  ca: ['America/Vancouver', 'America/Toronto', 'America/Halifax'],
  us: ['America/Los_Angeles', 'America/New_York'],
  br: ['America/Sao_Paulo'],
  mx: ['America/Mexico_City'],
  za: ['Africa/Johannesburg'],
};

/** The zones an address's country domain places its owner in; none for a generic domain. */
export function zonesOfAddress(address: string): readonly string[] {
  const tld = /\.([a-z]{2})$/i.exec(address.trim())?.[1]?.toLowerCase();
  return (tld && COUNTRY_ZONES[tld]) || [];
}
