/**
 * Periods the documents give by size band: "up to 100 vehicles: installed within 10 working days;
 * 101 to 300 vehicles: within 4 weeks; more than 300: over 6 to 8 weeks". A draft that gives such a
 * period for a count ("for 140 vans we install within 10 working days") must give the band's own.
 */
import { durationInDays } from '../index/durations.ts';
import type { Measure } from '../index/measures.ts';
import { quantitiesIn } from '../index/quantities.ts';
import type { MeasuredNumber } from '../text/measured-numbers.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';

export type Band = { low: number; high: number; noun: string };

const BAND = new RegExp(
  String.raw`^\s*(?:[-*•]\s*)?(?:(?<upTo>up to|under|fewer than|less than|below)\s+(?<max>${NUMBER})|(?<from>${NUMBER})\s*(?:to|-|–)\s*(?<to>${NUMBER})|(?<over>more than|over|above)\s+(?<min>${NUMBER})|(?<atLeast>${NUMBER})\s*(?:\+|or more))\s+(?<noun>[a-z][a-z-]{2,})`,
  'i',
);

/** The size band a document line opens with ("101 to 300 vehicles: …"), if it opens with one. */
export function bandOf(line: string): Band | undefined {
  const g = BAND.exec(line)?.groups;
  if (!g) return undefined;
  const n = (raw: string | undefined) => (raw === undefined ? undefined : parseNumber(raw));
  const noun = g.noun!.toLowerCase();
  if (g.upTo) {
    const max = n(g.max);
    return max === undefined
      ? undefined
      : { low: 0, high: /under|fewer|less|below/i.test(g.upTo) ? max - 1 : max, noun };
  }
  if (g.from) {
    const [low, high] = [n(g.from), n(g.to)];
    return low === undefined || high === undefined || high <= low ? undefined : { low, high, noun };
  }
  const min = n(g.min ?? g.atLeast);
  if (min === undefined) return undefined;
  return { low: g.over ? min + 1 : min, high: Number.POSITIVE_INFINITY, noun };
}

// "up to 100 vehicles", "more than 300": a count said as a bound stands for the band's edge.
const BOUND_BEFORE = /\b(?:more than|over|above)\s+$/i;

/** The count nearest a period in its sentence ("for 140 vans … within 10 working days"). */
export function countNear(sentence: string, at: { start: number; end: number }): number | undefined {
  let best: { value: number; gap: number } | undefined;
  for (const q of quantitiesIn(sentence)) {
    const gap = q.end <= at.start ? at.start - q.end : q.start >= at.end ? q.start - at.end : 0;
    const over = BOUND_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start));
    if (!best || gap < best.gap) best = { value: over ? q.value + 1 : q.value, gap };
  }
  return best?.value;
}

// The same bands said inside one line: "one clinic 3 to 4 weeks; a group of 2 to 5 clinics 6 to 8 weeks".
const BAND_WITHIN = new RegExp(BAND.source.replace(String.raw`^\s*(?:[-*•]\s*)?`, String.raw`\b`), 'gi');
const SINGLE = /\b(?:one|a single|1)\s+(?<noun>[a-z][a-z-]{2,})/i;
const OR_MORE = new RegExp(String.raw`\b(?<min>${NUMBER})\s+(?<noun>[a-z][a-z-]{2,})\s+or more\b`, 'i');
// A period is what the band is given, never the band: "3 to 4 weeks" counts no clinics.
const TIME_NOUN = /^(?:business|working|minute|hour|day|week|month|year)s?$/i;
const PERIOD = new RegExp(
  String.raw`(?<from>${NUMBER})(?:\s*(?:to|-|–)\s*(?<to>${NUMBER}))?\s+(?:business\s+|working\s+)?(?<unit>day|week|month)s?\b`,
  'gi',
);

/** The band a part of a line gives ("a group of 2 to 5 clinics", "one clinic"), if any. */
function bandWithin(segment: string): Band | undefined {
  for (const m of segment.matchAll(BAND_WITHIN)) {
    const band = bandOf(segment.slice(m.index));
    if (band && !TIME_NOUN.test(band.noun)) return band;
  }
  const more = OR_MORE.exec(segment)?.groups;
  const min = more ? parseNumber(more.min!) : undefined;
  if (more && min !== undefined && !TIME_NOUN.test(more.noun!))
    return { low: min, high: Number.POSITIVE_INFINITY, noun: more.noun!.toLowerCase() };
  const one = SINGLE.exec(segment)?.groups?.noun;
  return one && !TIME_NOUN.test(one) ? { low: 1, high: 1, noun: one.toLowerCase() } : undefined;
}

/**
 * The bands of the parts of a line that state `days` among their periods, where the line lists bands
 * part by part; "4 to 6 weeks; 6 or more venues 6 to 10 weeks" gives six weeks to both bands.
 */
function bandsInLine(quote: string, days: number): Band[] {
  const found: Band[] = [];
  for (const segment of quote.split(/;|\n/)) {
    const band = bandWithin(segment);
    if (!band) continue;
    for (const p of segment.matchAll(PERIOD)) {
      const unit = p.groups!.unit!.toLowerCase() as 'day' | 'week' | 'month';
      const ends = [p.groups!.from, p.groups!.to].flatMap((r) => {
        const v = r === undefined ? undefined : parseNumber(r);
        return v === undefined ? [] : [durationInDays(v, unit)];
      });
      if (ends.some((d) => sameDays(d, days))) {
        found.push(band);
        break;
      }
    }
  }
  return found;
}

type Banded = { m: Measure; band: Band };
const groupsCache = new WeakMap<readonly Measure[], Banded[][]>();

/** The documented periods that open with a band, grouped by list: same passage, same counted noun. */
function bandGroups(measures: readonly Measure[]): Banded[][] {
  const cached = groupsCache.get(measures);
  if (cached) return cached;
  const groups = new Map<string, Banded[]>();
  for (const m of measures) {
    if (m.kind !== 'duration') continue;
    const quote = m.citation.quote ?? '';
    const opening = bandOf(quote);
    for (const band of opening ? [opening] : bandsInLine(quote, m.value)) {
      const key = `${m.citation.id}|${band.noun.replace(/s$/, '')}`;
      groups.set(key, [...(groups.get(key) ?? []), { m, band }]);
    }
  }
  const found = [...groups.values()].filter((g) => g.length >= 2);
  groupsCache.set(measures, found);
  return found;
}

const sameDays = (a: number, b: number) => Math.abs(a - b) <= Math.max(a, b) * 0.02;

/**
 * The banded period a draft's period contradicts for the count it is said of: the draft's clause
 * shares a word with the bands, its period is one they give, and the band holding the count gives
 * another.
 */
export function bandedContradiction(
  measures: readonly Measure[],
  n: MeasuredNumber,
  words: ReadonlySet<string>,
  count: number | undefined,
): Measure | undefined {
  if (n.kind !== 'duration' || count === undefined) return undefined;
  const groups = bandGroups(measures);
  if (groups.length === 0) return undefined;
  for (const group of groups) {
    const bandWords = new Set(group.flatMap((b) => [...b.m.stems]));
    const about = [...words].some((w) => bandWords.has(w)) && group.some((b) => sameDays(b.m.value, n.value));
    if (!about) continue;
    const holding = group.filter((b) => count >= b.band.low && count <= b.band.high);
    // "usually over 6 to 8 weeks" holds every period in between.
    const days = holding.map((b) => b.m.value);
    const inside = n.value >= Math.min(...days) * 0.98 && n.value <= Math.max(...days) * 1.02;
    if (holding.length === 0 || inside) continue;
    return holding[0]!.m;
  }
  return undefined;
}

/**
 * Whether `contrary` is another band's period in a list that also gives the draft's period: which of
 * the two holds is the band's to say (bandedContradiction), never a contradiction by itself.
 */
export function isOtherBand(measures: readonly Measure[], contrary: Measure, n: MeasuredNumber): boolean {
  return bandGroups(measures).some(
    (group) => group.some((b) => b.m === contrary) && group.some((b) => sameDays(b.m.value, n.value)),
  );
}
