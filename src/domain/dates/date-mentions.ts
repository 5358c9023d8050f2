/** Finds date expressions in a sentence and resolves them against the message's own local day: business rules first. */
import { DATE_RULES, WD_MODIFIER } from './date-rules.ts';
import { WEEKDAY_FULL, WEEKDAY_SHORT } from './date-words.ts';

/** The local day and minute at which a message was written: relative dates count from here. */
export type DateReference = { day: number; minute: number };

export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'span';

/** How the sentence relates to the named period: "after March 1", "until the 22nd", "through February", "by Friday". */
export type DateRelation = 'after' | 'until' | 'through' | 'before' | 'by' | 'on' | 'in' | 'from' | 'none';

export type DateMention = {
  /** Offsets into the text that was searched. */
  start: number;
  end: number;
  text: string;
  /** The epoch days the expression names, inclusive: "next week" is Monday to Friday. */
  from: number;
  to: number;
  precision: DatePrecision;
  relation: DateRelation;
  source: 'rule' | 'chrono' | 'anaphora';
};

const WEEKDAY_ONLY = new RegExp(`^(?:(?:${WD_MODIFIER})\\s+)?(?:${WEEKDAY_FULL}|${WEEKDAY_SHORT})\\.?$`);

const RELATION_WORDS =
  /\b(after|following|until|till|til|up until|through|thru|before|prior to|no later than|by|on|in|from|starting|beginning|as of|within|once|around|when)\b/g;

/** The preposition that ties the sentence to the mention, read in the clause just before it. */
export function relationBefore(text: string, start: number): DateRelation {
  let windowStart = Math.max(0, start - 70);
  const clauseBreak = Math.max(text.lastIndexOf(';', start - 1), text.lastIndexOf(':', start - 1));
  if (clauseBreak >= windowStart) windowStart = clauseBreak + 1;
  const window = text.slice(windowStart, start);
  let last: string | undefined;
  let sawAfter = false;
  RELATION_WORDS.lastIndex = 0;
  for (let m = RELATION_WORDS.exec(window); m; m = RELATION_WORDS.exec(window)) {
    last = m[1];
    if (last === 'after' || last === 'following') sawAfter = true;
  }
  switch (last) {
    case 'after':
    case 'following':
      return 'after';
    case 'until':
    case 'till':
    case 'til':
    case 'up until':
      return 'until';
    case 'through':
    case 'thru':
      return 'through';
    case 'before':
    case 'prior to':
      return 'before';
    case 'by':
    case 'no later than':
    case 'within':
      return 'by';
    case 'from':
    case 'starting':
    case 'beginning':
    case 'as of':
      return 'from';
    case 'on':
    case 'once':
    case 'when':
    case 'around':
      return sawAfter ? 'after' : 'on';
    case 'in':
      return sawAfter ? 'after' : 'in';
    default:
      return 'none';
  }
}

const NEEDS = [...new Set(DATE_RULES.map((rule) => rule.needs))];
const NEEDS_OF = DATE_RULES.map((rule) => NEEDS.indexOf(rule.needs));

/** Every date expression the rules recognise, left to right, overlaps resolved in favour of the longer one. */
export function findDateMentions(text: string, ref: DateReference, anchor?: DateMention): DateMention[] {
  const found: DateMention[] = [];
  // Rules share their cheap tests (a digit, a month name…): each test runs at most once per text.
  const passed: Array<boolean | undefined> = new Array(NEEDS.length);
  for (let r = 0; r < DATE_RULES.length; r += 1) {
    const rule = DATE_RULES[r]!;
    const n = NEEDS_OF[r]!;
    let ok = passed[n];
    if (ok === undefined) {
      ok = NEEDS[n]!.test(text);
      passed[n] = ok;
    }
    if (!ok) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const range = rule.resolve(m, ref);
      if (!range) continue;
      let start = m.index;
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      start += lead;
      let end = m.index + raw.trimEnd().length;
      // "the end of march." — a sentence's full stop is not part of the date.
      while (end > start + 1 && text[end - 1] === '.' && (end === text.length || /\s/.test(text[end] ?? '')))
        end -= 1;
      found.push({ start, end, text: text.slice(start, end), ...range, relation: 'none', source: 'rule' });
    }
  }
  if (anchor) {
    const then =
      /\b(?:(?:before|by|until|till|after|on|from|around|at)\s+(then|that point|that date|that time)\b|(then)(?=\s*(?:[.?!,;)]|$|and\b|so\b|if\b)))/g;
    for (let m = then.exec(text); m; m = then.exec(text)) {
      const word = (m[1] ?? m[2])!;
      const start = m.index + m[0].length - word.length;
      found.push({
        start,
        end: start + word.length,
        text: word,
        from: anchor.from,
        to: anchor.to,
        precision: anchor.precision,
        relation: 'none',
        source: 'anaphora',
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateMention[] = [];
  for (const f of found) {
    const prev = kept[kept.length - 1];
    if (prev && f.start < prev.end) continue;
    // "Thursday, March 26" or "Tue 3/9": the weekday only decorates the explicit date that follows it.
    if (
      prev &&
      prev.precision === 'day' &&
      WEEKDAY_ONLY.test(prev.text) &&
      f.start - prev.end <= 3 &&
      /^[\s,]*$/.test(text.slice(prev.end, f.start))
    ) {
      kept[kept.length - 1] = {
        ...f,
        start: prev.start,
        text: text.slice(prev.start, f.end),
        relation: prev.relation,
      };
      continue;
    }
    kept.push({ ...f, relation: relationBefore(text, f.start) });
  }
  return kept;
}

/** The first day on which waiting is over: "after March 1" resumes March 2, "until the 22nd" on the 22nd. */
export function resumeDay(m: DateMention): number {
  if (m.relation === 'after' || m.relation === 'through') return m.to + 1;
  return m.from;
}

/** The last day on which a promise is still on time: "by Friday" is Friday, "next week" is its Friday. */
export function dueDay(m: DateMention): number {
  if (m.relation === 'before' && m.precision === 'day') return m.from - 1;
  if (m.relation === 'after') return m.to + 1;
  return m.to;
}
