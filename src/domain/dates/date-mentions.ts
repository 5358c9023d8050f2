/** Finds date expressions in a sentence and resolves them against the message's own local day: business rules first. */
import {
  addBusinessDays,
  addMonths,
  dayFromParts,
  daysInMonth,
  endOfMonth,
  mondayOf,
  partsOfDay,
  quarterOf,
  quarterRange,
  startOfMonth,
  weekdayOf,
} from './calendar.ts';
import {
  COUNT,
  countValue,
  MONTH,
  monthNumber,
  WEEKDAY_FULL,
  WEEKDAY_SHORT,
  weekdayNumber,
} from './date-words.ts';

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

type Range = { from: number; to: number; precision: DatePrecision };
type Rule = { re: RegExp; resolve: (m: RegExpExecArray, ref: DateReference) => Range | undefined };

const day = (d: number, precision: DatePrecision = 'day'): Range => ({ from: d, to: d, precision });
const span = (from: number, to: number, precision: DatePrecision = 'span'): Range => ({
  from,
  to,
  precision,
});

/** The Friday that closes the working week of `d`; on a weekend, next week's Friday. */
function fridayOf(d: number): number {
  const w = weekdayOf(d);
  return w === 6 || w === 0 ? mondayOf(d) + 7 + 4 : mondayOf(d) + 4;
}

/** Month-day without a year: the occurrence nearest the message, leaning forward (plans are about the future). */
function inferYear(month: number, dom: number, ref: DateReference): number | undefined {
  const { year } = partsOfDay(ref.day);
  if (dom < 1 || dom > daysInMonth(year, month)) return undefined;
  const thisYear = dayFromParts(year, month, dom);
  if (thisYear < ref.day - 45) return dayFromParts(year + 1, month, dom);
  if (thisYear > ref.day + 300) return dayFromParts(year - 1, month, dom);
  return thisYear;
}

function explicitDay(
  year: number | undefined,
  month: number,
  dom: number,
  ref: DateReference,
): number | undefined {
  if (month < 1 || month > 12 || dom < 1) return undefined;
  if (year === undefined) return inferYear(month, dom, ref);
  const y = year < 100 ? 2000 + year : year;
  if (dom > daysInMonth(y, month)) return undefined;
  return dayFromParts(y, month, dom);
}

/** A month named without a year: this year's, unless it has already ended, then next year's. */
function monthRange(month: number, ref: DateReference, year?: number): Range {
  const { year: refYear } = partsOfDay(ref.day);
  let y = year ?? refYear;
  if (year === undefined && dayFromParts(y, month, daysInMonth(y, month)) < ref.day) y += 1;
  return span(dayFromParts(y, month, 1), dayFromParts(y, month, daysInMonth(y, month)), 'month');
}

function partOfMonth(part: string, m: Range): Range {
  const { year, month } = partsOfDay(m.from);
  const last = daysInMonth(year, month);
  const d = (n: number) => dayFromParts(year, month, Math.min(n, last));
  if (/^(early|beginning|start|first week)/.test(part)) return span(d(1), d(10), 'span');
  if (/^(mid|middle)/.test(part)) return day(d(15), 'span');
  if (/^(late|last week)/.test(part)) return span(d(21), d(last), 'span');
  if (/^end/.test(part)) return day(d(last), 'span');
  return m;
}

function weekdayDate(ref: DateReference, wd: number, modifier: string | undefined): number {
  const today = weekdayOf(ref.day);
  const mod = (modifier ?? '').trim();
  if (/^next|^following/.test(mod)) {
    // "next Tuesday" is the Tuesday of next week (said on a weekend, the coming week).
    const base = today === 6 || today === 0 ? mondayOf(ref.day) + 7 : mondayOf(ref.day) + 7;
    return base + ((wd + 6) % 7);
  }
  let delta = (wd - today + 7) % 7;
  if (delta === 0 && !/^this/.test(mod)) delta = 7;
  return ref.day + delta;
}

function quarterYear(q: number, yearText: string | undefined, ref: DateReference): number {
  if (yearText) {
    const y = Number(yearText);
    return y < 100 ? 2000 + y : y;
  }
  const { year } = partsOfDay(ref.day);
  return quarterRange(year, q).to < ref.day ? year + 1 : year;
}

function addUnits(ref: DateReference, n: number, unit: string): number {
  if (/^(business|working) day/.test(unit)) return addBusinessDays(ref.day, n);
  if (/^day/.test(unit)) return ref.day + n;
  if (/^fortnight/.test(unit)) return ref.day + 14 * n;
  if (/^(week|wk)/.test(unit)) return ref.day + 7 * n;
  if (/^(month|mo)/.test(unit)) return addMonths(ref.day, n);
  if (/^quarter/.test(unit)) return addMonths(ref.day, 3 * n);
  if (/^(year|yr)/.test(unit)) return addMonths(ref.day, 12 * n);
  return ref.day + n;
}

const WD_MODIFIER = '(?:this coming|this|next|coming|following|first thing|end of day|eod|cob|early|late)';
// Prepositions are looked behind, not matched, so the relation reader still sees them before the mention.
const WD_PREPOSITION = '(?<=\\b(?:by|on|until|till|til|before|after|from|starting|for)\\s)';
const UNIT = '(?:business days?|working days?|days?|weeks?|wks?|fortnights?|months?|quarters?|years?|yrs?)';
const QUALIFIER =
  '(?:about |around |roughly |approximately |approx\\.? |~ ?|another |an additional |the next )?';
const PART =
  '(?:early|earlier in|beginning of|the beginning of|start of|the start of|first week of|the first week of|mid|mid-|middle of|the middle of|late|later in|end of|the end of|last week of|the last week of)';

const rules: Rule[] = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m, ref) => {
      const d = explicitDay(Number(m[1]), Number(m[2]), Number(m[3]), ref);
      return d === undefined ? undefined : day(d);
    },
  },
  {
    // 3/9, 3/9/26, 03/09/2026: US order unless the first number cannot be a month.
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d/%])/g,
    resolve: (m, ref) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a === 24 && b === 7) return undefined;
      const [month, dom] = a > 12 ? [b, a] : [a, b];
      const d = explicitDay(m[3] ? Number(m[3]) : undefined, month, dom, ref);
      return d === undefined ? undefined : day(d);
    },
  },
  {
    re: new RegExp(
      `\\b(${MONTH})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|k\\b|seats|users|licen))(?:,?\\s*(\\d{4}))?`,
      'g',
    ),
    resolve: (m, ref) => {
      const month = monthNumber(m[1]!);
      if (!month) return undefined;
      const d = explicitDay(m[3] ? Number(m[3]) : undefined, month, Number(m[2]), ref);
      return d === undefined ? undefined : day(d);
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?![a-z])(?:,?\\s*(\\d{4}))?`, 'g'),
    resolve: (m, ref) => {
      const month = monthNumber(m[2]!);
      if (!month) return undefined;
      const d = explicitDay(m[3] ? Number(m[3]) : undefined, month, Number(m[1]), ref);
      return d === undefined ? undefined : day(d);
    },
  },
  {
    // "early April", "the end of March", "mid-May", "end of feb"
    re: new RegExp(`\\b(${PART})\\s*(${MONTH})(?![a-z])(?:\\s+(\\d{4}))?`, 'g'),
    resolve: (m, ref) => {
      const month = monthNumber(m[2]!);
      if (!month) return undefined;
      return partOfMonth(m[1]!.replace(/^the /, ''), monthRange(month, ref, m[3] ? Number(m[3]) : undefined));
    },
  },
  {
    // "in July", "until June", "through February", "by September": a bare month needs a preposition before it.
    re: new RegExp(
      `(?<=\\b(?:in|by|until|till|til|through|thru|after|before|from|during|around|of|since|next)\\s)(${MONTH})(?![a-z])(?:\\s+(\\d{4}))?`,
      'g',
    ),
    resolve: (m, ref) => {
      const month = monthNumber(m[1]!);
      if (!month) return undefined;
      return monthRange(month, ref, m[2] ? Number(m[2]) : undefined);
    },
  },
  {
    // "on the 18th", "by the 22nd": the next such day of the month.
    re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|time|floor|percent|anniversary|century))/g,
    resolve: (m, ref) => {
      const dom = Number(m[1]);
      const p = partsOfDay(ref.day);
      if (dom < 1 || dom > 31) return undefined;
      for (let i = 0; i < 3; i += 1) {
        const monthStart = addMonths(dayFromParts(p.year, p.month, 1), i);
        const mp = partsOfDay(monthStart);
        if (dom <= daysInMonth(mp.year, mp.month)) {
          const d = dayFromParts(mp.year, mp.month, dom);
          if (d >= ref.day - 1) return day(d);
        }
      }
      return undefined;
    },
  },
  {
    re: /\b(?:(the )?day after (?:tomorrow|tmrw))\b/g,
    resolve: (_m, ref) => day(ref.day + 2),
  },
  {
    re: /\b(?:(?:first thing|eod|e\.o\.d\.?|cob|c\.o\.b\.?|end of (?:the )?(?:business )?day|close of business|by end of)\s+)?(?:tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr)\b/g,
    resolve: (_m, ref) => day(ref.day + 1),
  },
  {
    re: /\b(?:today|tonight|later today|this (?:morning|afternoon|evening)|end of (?:the )?(?:business )?day|close of (?:business|play)|end of business|e\.?o\.?d\b\.?|c\.?o\.?b\b\.?|e\.?o\.?b\b\.?)/g,
    resolve: (_m, ref) => day(ref.day),
  },
  {
    re: /\byesterday\b/g,
    resolve: (_m, ref) => day(ref.day - 1),
  },
  {
    re: new RegExp(`\\b(?:(${WD_MODIFIER})\\s+)?(${WEEKDAY_FULL})\\b`, 'g'),
    resolve: (m, ref) => {
      const wd = weekdayNumber(m[2]!);
      return wd === undefined ? undefined : day(weekdayDate(ref, wd, m[1]));
    },
  },
  {
    // Short weekday names are ordinary words too ("sat", "wed"), so they count only after a date word.
    re: new RegExp(`(?:\\b(${WD_MODIFIER})\\s+|${WD_PREPOSITION})(${WEEKDAY_SHORT})\\b\\.?`, 'g'),
    resolve: (m, ref) => {
      const wd = weekdayNumber(m[2]!);
      return wd === undefined ? undefined : day(weekdayDate(ref, wd, m[1]));
    },
  },
  {
    re: /\b(early|beginning of|start of|mid|mid-|middle of|late|later|end of|the end of)\s*(this|next|the following)\s+week\b/g,
    resolve: (m, ref) => {
      const monday = mondayOf(ref.day) + (m[2] === 'this' ? 0 : 7);
      const part = m[1]!;
      if (/^(early|beginning|start)/.test(part)) return span(Math.max(monday, ref.day), monday + 1, 'span');
      if (/^(mid|middle)/.test(part)) return day(monday + 2, 'span');
      if (/^later?$/.test(part)) return span(Math.max(monday + 3, ref.day), monday + 4, 'span');
      return day(monday + 4, 'span');
    },
  },
  {
    re: /\b(?:end of (?:the |this )?week|e\.?o\.?w\b\.?|by the weekend|before the weekend|(?:the )?end of the working week)/g,
    resolve: (_m, ref) => day(fridayOf(ref.day), 'span'),
  },
  {
    re: /\b(?:over the weekend|this weekend)\b/g,
    resolve: (_m, ref) => span(mondayOf(ref.day) + 5, mondayOf(ref.day) + 6, 'span'),
  },
  {
    re: /\bthe week after next\b/g,
    resolve: (_m, ref) => span(mondayOf(ref.day) + 14, mondayOf(ref.day) + 18, 'week'),
  },
  {
    re: /\b(this|next|the following|following) week\b/g,
    resolve: (m, ref) => {
      if (m[1] === 'this') return span(ref.day, Math.max(ref.day, mondayOf(ref.day) + 4), 'week');
      return span(mondayOf(ref.day) + 7, mondayOf(ref.day) + 11, 'week');
    },
  },
  {
    re: /\bthe week of\b/g,
    resolve: () => undefined, // resolved by the explicit date that follows it
  },
  {
    re: new RegExp(`\\b(${PART})?\\s*(this|next|the following|the) month\\b`, 'g'),
    resolve: (m, ref) => {
      const base =
        m[2] === 'next' || m[2] === 'the following'
          ? addMonths(startOfMonth(ref.day), 1)
          : startOfMonth(ref.day);
      const whole = span(base, endOfMonth(base), 'month');
      if (!m[1]) return m[2] === 'this' || m[2] === 'the' ? span(ref.day, whole.to, 'month') : whole;
      return partOfMonth(m[1].replace(/^the /, ''), whole);
    },
  },
  {
    re: /\b(?:e\.?o\.?m\b\.?|month[- ]end|end of month)/g,
    resolve: (_m, ref) => day(endOfMonth(ref.day), 'span'),
  },
  {
    re: /\b(?:e\.?o\.?q\b\.?|quarter[- ]end|end of (?:the |this )?quarter|(?:the )?close of (?:the |this )?quarter)/g,
    resolve: (_m, ref) => {
      const q = quarterOf(ref.day);
      return day(quarterRange(q.year, q.quarter).to, 'span');
    },
  },
  {
    re: /\b(this|next|the following) quarter\b/g,
    resolve: (m, ref) => {
      const q = quarterOf(ref.day);
      if (m[1] === 'this') return span(ref.day, quarterRange(q.year, q.quarter).to, 'quarter');
      const nq =
        q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 };
      const r = quarterRange(nq.year, nq.quarter);
      return span(r.from, r.to, 'quarter');
    },
  },
  {
    // Q2, Q3 2026, q4'26, "end of Q2", "Q2 close", "early Q3"
    re: /\b(early |late |end of |the end of |start of |beginning of |mid-?)?(?:fy\s?)?q([1-4])(?:\s*(?:'|fy|20)?(\d{2}))?(\s+(?:close|end|closing|is closed|wraps up|wrap-up))?\b/g,
    resolve: (m, ref) => {
      const q = Number(m[2]);
      const year = quarterYear(q, m[3], ref);
      const r = quarterRange(year, q);
      const part = (m[1] ?? '').trim();
      if (m[4] || /end/.test(part)) return day(r.to, 'span');
      if (/early|start|beginning/.test(part)) return span(r.from, addMonths(r.from, 1) - 1, 'span');
      if (/late/.test(part)) return span(addMonths(r.from, 2), r.to, 'span');
      return span(r.from, r.to, 'quarter');
    },
  },
  {
    re: /\b(?:e\.?o\.?y\b\.?|year[- ]end|end of (?:the |this )?year)/g,
    resolve: (_m, ref) => {
      const { year } = partsOfDay(ref.day);
      return day(dayFromParts(year, 12, 31), 'span');
    },
  },
  {
    re: /\b(?:(early )?next year|the new year|new year|after the holidays|the holidays)\b/g,
    resolve: (m, ref) => {
      const { year, month } = partsOfDay(ref.day);
      if (/holidays/.test(m[0])) {
        if (month < 11) return undefined;
        return span(dayFromParts(year, 12, 20), dayFromParts(year + 1, 1, 1), 'span');
      }
      const next = month === 1 && /new year/.test(m[0]) ? year : year + 1;
      if (m[1]) return span(dayFromParts(next, 1, 1), dayFromParts(next, 2, 28), 'span');
      return /new year/.test(m[0])
        ? day(dayFromParts(next, 1, 1), 'span')
        : span(dayFromParts(next, 1, 1), dayFromParts(next, 12, 31), 'year');
    },
  },
  {
    // "in two to three weeks", "2-3 weeks", "in 2 or 3 business days"
    re: new RegExp(`\\b(${COUNT})\\s*(?:-|–|to|or)\\s*(${COUNT})\\s+(${UNIT})\\b`, 'g'),
    resolve: (m, ref) => {
      const a = countValue(m[1]!);
      const b = countValue(m[2]!);
      if (a === undefined || b === undefined || b < a) return undefined;
      return span(addUnits(ref, a, m[3]!), addUnits(ref, b, m[3]!), 'span');
    },
  },
  {
    // "in ten days", "in about three weeks", "within 48 hours", "a fortnight", "two weeks from now", "another week"
    re: new RegExp(
      `\\b(?:in|within|inside of|inside|takes?|taking|need|needs|give (?:us|me|it)|for|another|over the next|in the next)\\s+${QUALIFIER}(${COUNT})\\s+(${UNIT})(?:'s|'| time)?\\b|\\b(${COUNT})\\s+(${UNIT})\\s+from (?:now|today)\\b|\\b(?:in\\s+)?a fortnight\\b`,
      'g',
    ),
    resolve: (m, ref) => {
      if (m[0].includes('fortnight') && !m[2] && !m[4]) return day(ref.day + 14, 'span');
      const n = countValue((m[1] ?? m[3])!);
      const unit = (m[2] ?? m[4])!;
      if (n === undefined || n > 400) return undefined;
      return day(addUnits(ref, n, unit), 'span');
    },
  },
  {
    re: /\bwithin\s+(\d{1,3}|twenty-four|forty-eight|seventy-two)\s+hours\b|\b(24|48|72)\s+hours\b/g,
    resolve: (m, ref) => {
      const words: Record<string, number> = { 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72 };
      const h = Number(m[1] ?? m[2]) || words[m[1] ?? ''] || 24;
      return day(ref.day + Math.max(1, Math.ceil((ref.minute + h * 60) / 1440) - 1), 'span');
    },
  },
];

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

/** Every date expression the rules recognise, left to right, overlaps resolved in favour of the longer one. */
export function findDateMentions(text: string, ref: DateReference, anchor?: DateMention): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of rules) {
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
