/** The business rules for date phrases in mail: each a cheap word test, a pattern and a resolver to calendar days. */
import {
  addMonths,
  dayFromParts,
  daysInMonth,
  endOfMonth,
  mondayOf,
  partsOfDay,
  quarterOf,
  quarterRange,
  startOfMonth,
} from './calendar.ts';
import type { DateReference } from './date-mentions.ts';
import {
  addUnits,
  day,
  explicitDay,
  fridayOf,
  holidayRange,
  monthRange,
  nearerReading,
  partOfMonth,
  quarterYear,
  type Range,
  span,
  weekdayDate,
} from './date-rule-helpers.ts';
import {
  COUNT,
  countValue,
  MONTH,
  monthNumber,
  WEEKDAY_FULL,
  WEEKDAY_SHORT,
  weekdayNumber,
} from './date-words.ts';

/** `needs` is a cheap test the text must pass before the rule's full pattern is tried. */
export type DateRule = {
  needs: RegExp;
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: DateReference) => Range | undefined;
};

const DIGIT = /\d/;
const MONTH_CUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
const WEEKDAY_CUE = /mon|tue|wed|thu|fri|sat|sun|wensday/;
const TOMORROW_CUE = /tom|tmr/;
const TODAY_CUE =
  /today|tonight|morning|afternoon|evening|eod|e\.o\.d|cob|c\.o\.b|eob|e\.o\.b|end of|close of/;
const WEEK_CUE = /week|eow|e\.o\.w/;
const MONTH_WORD_CUE = /month|eom|e\.o\.m/;
const QUARTER_CUE = /quarter|eoq|e\.o\.q|q[1-4]/;
const YEAR_CUE = /year|eoy|e\.o\.y|holiday/;
const UNIT_CUE = /day|week|month|quarter|year|fortnight|yr|wk/;
const HOUR_CUE = /hours/;
const YESTERDAY_CUE = /yesterday/;
const HOLIDAY_CUE = /easter|thanksgiving|christmas|xmas|july|labou?r day|memorial day|summer/;

export const WD_MODIFIER =
  '(?:this coming|this|next|coming|following|first thing|end of day|eod|cob|early|late)';
// Prepositions are looked behind, not matched, so the relation reader still sees them before the mention.
const WD_PREPOSITION = '(?<=\\b(?:by|on|until|till|til|before|after|from|starting|for)\\s)';
const UNIT = '(?:business days?|working days?|days?|weeks?|wks?|fortnights?|months?|quarters?|years?|yrs?)';
const QUALIFIER =
  '(?:about |around |roughly |approximately |approx\\.? |~ ?|another |an additional |the next )?';
const PART =
  '(?:early|earlier in|beginning of|the beginning of|start of|the start of|first week of|the first week of|mid|mid-|middle of|the middle of|late|later in|end of|the end of|last week of|the last week of)';

export const DATE_RULES: DateRule[] = [
  {
    needs: HOLIDAY_CUE,
    re: /\b(?:easter|thanksgiving|christmas|xmas|independence day|july 4th|(?:the )?(?:4th|fourth) of july|labou?r day|memorial day|(?:the )?summer(?: holidays| break| vacation)?)\b/g,
    resolve: (m, ref) => holidayRange(m[0], ref),
  },
  {
    needs: DIGIT,
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m, ref) => {
      const d = explicitDay(Number(m[1]), Number(m[2]), Number(m[3]), ref);
      return d === undefined ? undefined : day(d);
    },
  },
  {
    // 3/9, 3/9/26, 03/09/2026: the order that can be a date; when both can, the one nearer the message.
    needs: DIGIT,
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d/%])/g,
    resolve: (m, ref) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a === 24 && b === 7) return undefined;
      const year = m[3] ? Number(m[3]) : undefined;
      const d = nearerReading(explicitDay(year, a, b, ref), explicitDay(year, b, a, ref), ref);
      return d === undefined ? undefined : day(d);
    },
  },
  {
    needs: MONTH_CUE,
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
    needs: MONTH_CUE,
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
    needs: MONTH_CUE,
    re: new RegExp(`\\b(${PART})\\s*(${MONTH})(?![a-z])(?:\\s+(\\d{4}))?`, 'g'),
    resolve: (m, ref) => {
      const month = monthNumber(m[2]!);
      if (!month) return undefined;
      return partOfMonth(m[1]!.replace(/^the /, ''), monthRange(month, ref, m[3] ? Number(m[3]) : undefined));
    },
  },
  {
    // "in July", "until June", "through February", "by September": a bare month needs a preposition before it.
    needs: MONTH_CUE,
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
    needs: DIGIT,
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
    needs: TOMORROW_CUE,
    re: /\b(?:(the )?day after (?:tomorrow|tmrw))\b/g,
    resolve: (_m, ref) => day(ref.day + 2),
  },
  {
    needs: TOMORROW_CUE,
    re: /\b(?:(?:first thing|eod|e\.o\.d\.?|cob|c\.o\.b\.?|end of (?:the )?(?:business )?day|close of business|by end of)\s+)?(?:tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr)\b/g,
    resolve: (_m, ref) => day(ref.day + 1),
  },
  {
    needs: TODAY_CUE,
    re: /\b(?:today|tonight|later today|this (?:morning|afternoon|evening)|end of (?:the )?(?:business )?day|close of (?:business|play)|end of business|e\.?o\.?d\b\.?|c\.?o\.?b\b\.?|e\.?o\.?b\b\.?)/g,
    resolve: (_m, ref) => day(ref.day),
  },
  {
    needs: YESTERDAY_CUE,
    re: /\byesterday\b/g,
    resolve: (_m, ref) => day(ref.day - 1),
  },
  {
    needs: WEEKDAY_CUE,
    re: new RegExp(`\\b(?:(${WD_MODIFIER})\\s+)?(${WEEKDAY_FULL})\\b`, 'g'),
    resolve: (m, ref) => {
      const wd = weekdayNumber(m[2]!);
      return wd === undefined ? undefined : day(weekdayDate(ref, wd, m[1]));
    },
  },
  {
    // Short weekday names are ordinary words too ("sat", "wed"), so they count only after a date word.
    needs: WEEKDAY_CUE,
    re: new RegExp(`(?:\\b(${WD_MODIFIER})\\s+|${WD_PREPOSITION})(${WEEKDAY_SHORT})\\b\\.?`, 'g'),
    resolve: (m, ref) => {
      const wd = weekdayNumber(m[2]!);
      return wd === undefined ? undefined : day(weekdayDate(ref, wd, m[1]));
    },
  },
  {
    needs: WEEK_CUE,
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
    needs: WEEK_CUE,
    re: /\b(?:end of (?:the |this )?week|e\.?o\.?w\b\.?|by the weekend|before the weekend|(?:the )?end of the working week)/g,
    resolve: (_m, ref) => day(fridayOf(ref.day), 'span'),
  },
  {
    needs: WEEK_CUE,
    re: /\b(?:over the weekend|this weekend)\b/g,
    resolve: (_m, ref) => span(mondayOf(ref.day) + 5, mondayOf(ref.day) + 6, 'span'),
  },
  {
    needs: WEEK_CUE,
    re: /\bthe week after next\b/g,
    resolve: (_m, ref) => span(mondayOf(ref.day) + 14, mondayOf(ref.day) + 18, 'week'),
  },
  {
    needs: WEEK_CUE,
    re: /\b(this|next|the following|following) week\b/g,
    resolve: (m, ref) => {
      if (m[1] === 'this') return span(ref.day, Math.max(ref.day, mondayOf(ref.day) + 4), 'week');
      return span(mondayOf(ref.day) + 7, mondayOf(ref.day) + 11, 'week');
    },
  },
  {
    needs: WEEK_CUE,
    re: /\bthe week of\b/g,
    resolve: () => undefined, // resolved by the explicit date that follows it
  },
  {
    needs: MONTH_WORD_CUE,
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
    needs: MONTH_WORD_CUE,
    re: /\b(?:e\.?o\.?m\b\.?|month[- ]end|end of month)/g,
    resolve: (_m, ref) => day(endOfMonth(ref.day), 'span'),
  },
  {
    needs: QUARTER_CUE,
    re: /\b(?:e\.?o\.?q\b\.?|quarter[- ]end|end of (?:the |this )?quarter|(?:the )?close of (?:the |this )?quarter)/g,
    resolve: (_m, ref) => {
      const q = quarterOf(ref.day);
      return day(quarterRange(q.year, q.quarter).to, 'span');
    },
  },
  {
    needs: QUARTER_CUE,
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
    needs: QUARTER_CUE,
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
    needs: YEAR_CUE,
    re: /\b(?:e\.?o\.?y\b\.?|year[- ]end|end of (?:the |this )?year)/g,
    resolve: (_m, ref) => {
      const { year } = partsOfDay(ref.day);
      return day(dayFromParts(year, 12, 31), 'span');
    },
  },
  {
    needs: YEAR_CUE,
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
    needs: UNIT_CUE,
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
    needs: UNIT_CUE,
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
    needs: HOUR_CUE,
    re: /\bwithin\s+(\d{1,3}|twenty-four|forty-eight|seventy-two)\s+hours\b|\b(24|48|72)\s+hours\b/g,
    resolve: (m, ref) => {
      const words: Record<string, number> = { 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72 };
      const h = Number(m[1] ?? m[2]) || words[m[1] ?? ''] || 24;
      return day(ref.day + Math.max(1, Math.ceil((ref.minute + h * 60) / 1440) - 1), 'span');
    },
  },
];
