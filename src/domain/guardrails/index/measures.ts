/**
 * Documented quantities: each number a public document gives (a retention period, a limit, an SLA, a
 * threshold), with the words that say what it measures and the plans it is stated for, so a draft's
 * "Team keeps one year of history" can meet the document's "Team: Ticket history kept: 2 years".
 */
import { STOPWORDS, tokenize } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { CURRENCY_CODES } from '../text/currencies.ts';
import { type MeasureKind, measuredNumbers } from '../text/measured-numbers.ts';
import { spellingStem } from '../text/spelling.ts';

export type Measure = {
  kind: MeasureKind;
  value: number;
  /** What the sentence (and the heading above it) is about, plan names left out. */
  stems: ReadonlySet<string>;
  /** The plans the number is stated for; none when the document states it of the product as a whole. */
  plans: readonly string[];
  citation: GuardCitation;
  /** "Typically 4 to 8 weeks": the range the number is one end of; any period inside it agrees. */
  range?: readonly [number, number];
  /** The product the sentence opens with, as a table row or a list item does: whose figure this is. */
  of?: string;
};

type Mention = { sku: string; start: number; end: number };

// Units and counting words say how a quantity is measured, not which quantity it is; "includes"
// and "comes with" say a plan has it, not what it is.
const UNIT_WORD =
  /^(?:includ|come|get|minute|hour|day|week|month|year|second|percent|per|more|less|least|most|up|within|after|before|about|around|including|only|each|every|all|none|unlimited|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)$/;
// "CHF", "AUD": the currency an amount is in says nothing of which quantity a number gives.
const CURRENCY_WORD = new RegExp(`^(?:${CURRENCY_CODES})$`, 'i');
// Past forms the stemmer leaves apart from their verb ("kept" is "keeps", "held" is "holds"), and
// short units that name what they count ("400 rpm" is 400 requests a minute).
const IRREGULAR: Record<string, string> = {
  kept: 'keep',
  held: 'hold',
  sent: 'send',
  given: 'give',
  rpm: 'request',
  rps: 'request',
};

function measureStem(word: string): string | undefined {
  const lower = word.toLowerCase();
  const s = IRREGULAR[lower] ?? spellingStem(lower);
  if (s.length < 3 || /\d/.test(s) || STOPWORDS.has(lower) || STOPWORDS.has(s) || UNIT_WORD.test(s))
    return undefined;
  if (CURRENCY_WORD.test(lower)) return undefined;
  return s;
}

// "Priority 1", "P2", "Sev-1", "Tier 3": a numbered class is a word of its own, which tells the P1
// response time from the P2 one where "priority" alone cannot.
const NUMBERED_CLASS = /\b(priority|prio|p(?=\d)|severity|sev|tier|level)[\s-]?(\d)\b/gi;
const CLASS_NAMES: Record<string, string> = { p: 'priority', prio: 'priority', sev: 'severity' };

type StemAt = { stem: string; start: number; end: number };

/** "Priority 1" and "P1" alike as the word "priority1", with where the text names it. */
export function numberedClasses(text: string): StemAt[] {
  return [...text.matchAll(NUMBERED_CLASS)].map((m) => ({
    stem: `${CLASS_NAMES[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase()}${m[2]}`,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The meaningful words of a text with their offsets, numbered classes as one word each. */
function stemsAt(text: string): StemAt[] {
  const classes = numberedClasses(text);
  const words = tokenize(text).flatMap((t) => {
    const s = measureStem(t.word);
    return s ? [{ stem: s, start: t.start, end: t.end }] : [];
  });
  return [...words, ...classes];
}

/** The meaningful words of a text, spelled one way. */
export function measureStems(text: string): Set<string> {
  return new Set(stemsAt(text).map((t) => t.stem));
}

// A quantity is named beside its number: "Ticket history kept: 2 years", "announced 7 days in advance".
const NEAR = 70;

/**
 * For each number, the meaningful words close to it and closer to it than to any other number
 * ("3 help centres and 100 automations"), outside the spans given (plan names).
 */
export function stemsNear(
  text: string,
  numbers: readonly { start: number; end: number }[],
  skip: readonly { start: number; end: number }[] = [],
): Set<string>[] {
  const near = numbers.map(() => new Set<string>());
  const groups = parentheticals(text);
  // Words in brackets speak of what the brackets hold: "(approval workflows) and templates (up to
  // 200)" gives the 200 to templates.
  const apart = (t: { start: number }, n: { start: number }) =>
    groups.some((g) => t.start > g.start && t.start < g.end && !(n.start > g.start && n.start < g.end));
  const distance = (t: { start: number; end: number }, n: { start: number; end: number }) =>
    apart(t, n)
      ? Number.POSITIVE_INFINITY
      : t.end <= n.start
        ? n.start - t.end
        : t.start >= n.end
          ? t.start - n.end
          : 0;
  for (const t of stemsAt(text)) {
    if (skip.some((s) => t.start < s.end && t.end > s.start)) continue;
    const s = t.stem;
    let nearest = -1;
    numbers.forEach((n, i) => {
      if (nearest < 0 || distance(t, n) < distance(t, numbers[nearest]!)) nearest = i;
    });
    if (nearest >= 0 && distance(t, numbers[nearest]!) <= NEAR) near[nearest]!.add(s);
  }
  return near;
}

/** The spans of the bracketed asides in a text, outermost and innermost alike. */
function parentheticals(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) spans.push({ start: open.pop()!, end: i });
  }
  return spans;
}

const JOINED = /^\s*(?:,|and|or|&|\/|,\s*and|,\s*or)\s*$/i;
const NAMED_AFTER = /^[^,;.]{0,30}?\b(?:on|for|with|in|of)\s+(?:the\s+)?$/i;

/** "Team and Enterprise": the plans joined to the one at `i` by "and", "or" or a comma, either side. */
function joined(text: string, mentions: readonly Mention[], i: number): string[] {
  let first = i;
  let last = i;
  while (first > 0 && JOINED.test(text.slice(mentions[first - 1]!.end, mentions[first]!.start))) first--;
  while (
    last < mentions.length - 1 &&
    JOINED.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))
  )
    last++;
  return mentions.slice(first, last + 1).map((m) => m.sku);
}

/** The plans named together with `mention`: "Team and Enterprise help centres" gives 40 languages to both. */
export function plansJoinedTo(text: string, mentions: readonly Mention[], mention: Mention): string[] {
  const i = mentions.indexOf(mention);
  return i < 0 ? [mention.sku] : joined(text, mentions, i);
}

/**
 * The plans a number at [start, end) is stated for: those named right after it ("3 on Team and
 * Enterprise"), else the nearest named before it in its sentence ("Team: Help centres: 3").
 */
export function plansOf(text: string, mentions: readonly Mention[], start: number, end: number): string[] {
  const after = mentions.findIndex((m) => m.start >= end && NAMED_AFTER.test(text.slice(end, m.start)));
  if (after >= 0) return joined(text, mentions, after);
  // A plan named in a bracketed aside before the number says where the subject is sold, not whose
  // number it is: "Priority (add-on on Team, included in Pro): replies within 2 hours" is Priority's.
  const asides = parentheticals(text).filter((g) => g.end < start);
  let before = -1;
  mentions.forEach((m, i) => {
    if (m.end <= start && !asides.some((g) => m.start > g.start && m.end <= g.end)) before = i;
  });
  return before >= 0 ? joined(text, mentions, before) : [];
}

// "Essential: 20; Advance: 60": each number given to the plan named right before it.
const PLAN_CELL = /^\s*:\s*$/;
// "Custom ticket fields: 5 on Starter, 50 on Team": each number given to the plan named right after it.
const PLAN_AFTER = /^\s+(?:on|for|in|with)\s+(?:the\s+)?$/i;

/**
 * "Rate plans: Essential: 20; Advance: 60; Elite: 200" or "Custom fields: 5 on Starter, 50 on Team", a
 * table row read out: the label before the first colon names the quantity of every cell, not only of
 * the nearest one. Read in full, even where
 * a product's name begins with one of its words ("Rate" of an add-on called "Rate Shopping").
 */
function rowLabel(
  text: string,
  numbers: readonly { start: number; end: number }[],
  mentions: readonly Mention[],
): Set<string> {
  const colon = text.indexOf(':');
  if (numbers.length < 2 || colon < 0 || numbers[0]!.start < colon) return new Set();
  const cells = numbers.every((n) =>
    mentions.some(
      (m) =>
        m.start > colon &&
        ((m.end <= n.start && PLAN_CELL.test(text.slice(m.end, n.start))) ||
          (m.start >= n.end && PLAN_AFTER.test(text.slice(n.end, m.start)))),
    ),
  );
  return cells ? measureStems(text.slice(0, colon)) : new Set();
}

/** The documented quantities of one public sentence. */
// "Guided onboarding (…): …", "- The Extra sandbox …": a sentence that opens with the product is about it.
const OPENS_WITH = /^[\s*_|-]*(?:the\s+)?$/i;

export function readMeasures(
  text: string,
  headingText: string,
  mentions: readonly Mention[],
  citation: GuardCitation,
  metered?: RegExp,
): Measure[] {
  const numbers = measuredNumbers(text, metered);

  if (numbers.length === 0) return [];
  const heading = measureStems(headingText);
  const label = rowLabel(text, numbers, mentions);
  const of = mentions[0] && OPENS_WITH.test(text.slice(0, mentions[0].start)) ? mentions[0].sku : undefined;
  return stemsNear(text, numbers, mentions).map((stems, i) => {
    const n = numbers[i]!;
    for (const w of [...heading, ...label]) stems.add(w);
    const plans = plansOf(text, mentions, n.start, n.end);
    return {
      kind: n.kind,
      value: n.value,
      stems,
      plans,
      citation,
      ...(n.range ? { range: n.range } : {}),
      ...(of ? { of } : {}),
    };
  });
}

const MONTH_DAYS = 30;

/**
 * "About six weeks" agrees with "typically 4 to 8 weeks": a period (in days) inside a documented
 * range is one it allows. A period in whole months is as long as four weeks to 31 days a month:
 * "two to three months" says "8 to 12 weeks" in other words.
 */
export function isWithinRange(m: Measure, days: number, tolerance: number): boolean {
  if (m.kind !== 'duration' || m.range === undefined) return false;
  const months = days >= MONTH_DAYS && days % MONTH_DAYS === 0 ? days / MONTH_DAYS : undefined;
  const [low, high] = months === undefined ? [days, days] : [months * 28, months * 31];
  return high >= m.range[0] * (1 - tolerance) && low <= m.range[1] * (1 + tolerance);
}
