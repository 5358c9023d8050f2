/** Finds the figures a sentence states (money, percentages, counts, durations, dates) with their offsets. */
import { CURRENCY_CODES, CURRENCY_SIGNS, signCode } from './currencies.ts';
import { DIGITS, NUMBER, parseNumber, THOUSANDS_IN_WORDS, withMagnitude } from './number-words.ts';

export type Period = 'month' | 'year' | 'quarter' | 'once';
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

type At = { start: number; end: number; text: string };
export type MoneyFigure = At & {
  type: 'money';
  value: number;
  currency?: string;
  period?: Period;
  perUnit: boolean;
  /** "$400 per 1,000 documents": the quantity one price buys. */
  perQuantity?: number;
};
export type PercentFigure = At & { type: 'percent'; value: number };
export type CountFigure = At & { type: 'count'; value: number; unit: string };
export type DurationFigure = At & {
  type: 'duration';
  value: number;
  unit: DurationUnit;
  adjectival: boolean;
};
export type DateFigure = At & {
  type: 'date';
  month: number;
  day: number;
  year?: number;
  weekday?: number;
  /** A numeric date like 4/5 reads either way round; both readings are kept. */
  ambiguous: boolean;
};
export type MonthFigure = At & { type: 'month'; month: number; year?: number; lead: string };
export type YearFigure = At & { type: 'year'; value: number };
export type MultiplierFigure = At & { type: 'multiplier'; value: number };
export type Figure =
  | MoneyFigure
  | PercentFigure
  | CountFigure
  | DurationFigure
  | DateFigure
  | MonthFigure
  | YearFigure
  | MultiplierFigure;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MONTH =
  // Only a short name takes a full stop: the one after "October" ends the sentence.
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?';

export const monthNumber = (name: string): number =>
  MONTHS.indexOf(name.toLowerCase().slice(0, 3) as (typeof MONTHS)[number]) + 1;
const weekdayNumber = (name: string | undefined): number | undefined =>
  name ? WEEKDAYS.indexOf(name.toLowerCase().slice(0, 3) as (typeof WEEKDAYS)[number]) : undefined;

const CURRENCY_WORDS: Record<string, string> = { euros: 'EUR', pounds: 'GBP', francs: 'CHF' };
const currencyCode = (raw: string): string | undefined => {
  const lower = raw.toLowerCase();
  if (lower === '$' || lower === 'dollars' || lower === 'bucks') return undefined; // any dollar; amounts decide
  return signCode(raw) ?? CURRENCY_WORDS[lower] ?? (/^[A-Z]{3}$/i.test(raw) ? raw.toUpperCase() : undefined);
};

const MONEY_BEFORE = new RegExp(
  String.raw`(?<cur>${CURRENCY_SIGNS}|\b(?:${CURRENCY_CODES}))\s?(?<num>${DIGITS})(?:\s?(?<mag>k|K|mm|m|M|bn|million|thousand|billion)\b)?`,
  'g',
);
// "ten thousand nine hundred and twenty dollars": a long amount in words, read whole.
const MONEY_IN_THOUSANDS = new RegExp(
  String.raw`\b(?<num>${THOUSANDS_IN_WORDS})\s(?<cur>[Dd]ollars|[Ee]uros|[Pp]ounds)\b`,
  'g',
);
const MONEY_AFTER = new RegExp(
  // Codes in capitals only: "5 try" is no Turkish lira.
  String.raw`\b(?<num>${NUMBER})(?:\s?(?<mag>k|K|m|M|million|thousand))?\s?(?<cur>${CURRENCY_CODES}|[Dd]ollars|[Ee]uros|[Pp]ounds|[Ff]rancs|[Bb]ucks)\b`,
  'g',
);
// "per seat", "per staff seat", "a technician seat": a seat, whoever sits in it.
const SEAT =
  '(?:(?:[A-Za-z][\\w-]* )?seat|user|licen[cs]e|head|member|person|named user|login|editor|viewer|agent)s?';
const PER = String.raw`(?:\/\s*|\bper[\s-]+|\ba\s+|\ban\s+|\beach\s+)`;
// "$240 per 100 GB a year" is a rate for a quantity, priced like a rate per seat.
const MONEY_TAIL = new RegExp(
  String.raw`^(?<unit>\s*${PER}${SEAT}\b|\s*per\s+(?<qty>\d[\d,]*)\s+[A-Za-z][\w-]*|\s*(?:per|each)\s+[A-Za-z][\w-]*(?=\s*${PER}(?:month|mo|year|yr|annum|quarter)\b))?(?:(?:\s+(?:more|less|extra))?\s*${PER}(?<per>month|mo|year|yr|annum|quarter)\b|\s*,?\s*(?:billed\s+|paid\s+)?(?<adv>monthly|annually|yearly|quarterly|one-time|one time|one-off|one off|upfront|up front)\b)?`,
  'i',
);
/**
 * The words after an amount that say what it is per: MONEY_TAIL, or "each" then a period ("EUR 12
 * each per month", a rate per item). "Each" with no period after it ("CHF 29,400 each") is left out.
 */
function moneyTail(after: string): { text: string; groups: Record<string, string | undefined> } | undefined {
  const each = /^\s*each\b/i.exec(after)?.[0];
  const afterEach = each ? MONEY_TAIL.exec(after.slice(each.length)) : null;
  if (each && (afterEach?.groups?.per || afterEach?.groups?.adv))
    return { text: each + afterEach[0], groups: afterEach.groups };
  const tail = MONEY_TAIL.exec(after);
  return tail ? { text: tail[0], groups: tail.groups ?? {} } : undefined;
}
// "55 per seat", "costs 55": a price even without a currency sign.
const MONEY_BARE = new RegExp(
  String.raw`\b(?<num>${DIGITS})(?=\s*(?:\/|per|a|an|each)\s*(?:seat|user|licen[cs]e|named user)s?\b)|(?<=\b(?:costs?|priced at|price (?:is|of)|lists? (?:at|for)|list price (?:is|of)|for just|for only|charges?)\s+(?:you\s+)?(?:just\s+|only\s+)?)(?<num2>${DIGITS})\b(?!\s*(?:%|percent|seats?|users?|licen|weeks?|days?|months?|years?|hours?|minutes?))`,
  'g',
);
const CURRENCY_WORD_END = /(?:dollars|euros|pounds)$/i;
const CENTS_AFTER_WORDS = new RegExp(String.raw`^\s+and\s+(${NUMBER})\s+cents\b`, 'i');
const CENTS_AFTER = /^\s?(?:cents?\b|¢)/i;
const CENTS = /(?<![\d.,$€£])\b(?<num>\d{1,2}(?:\.\d+)?)\s?(?:¢|cents?\b)/gi;
// "half off", "a third off", "one tenth below list", "one in ten off": a share of the price said in words.
const FRACTION_OFF =
  /\b(?<frac>half|(?:a|one|two|three)[\s-](?:half|third|quarter|fifth|sixth|eighth|tenth|twentieth)s?|(?:one|1) in (?:two|three|four|five|ten|twenty|\d{1,3}))(?=[\s-](?:off|below|under|less than|discount|reduction|price|of the (?:list )?(?:price|fee|rate)))/gi;
/** A cheap look for a share said in words ("a tenth below list"), before reading it. */
export const SHARE_IN_WORDS =
  /\b(?:half|third|quarter|fifth|sixth|eighth|tenth|twentieth|in \w+)s?[\s-](?:off|below|under|less|discount|reduction|price|of the)/i;
const PERCENT = new RegExp(String.raw`\b(?<num>${NUMBER})\s?(?:%|\s?percent\b|\s?per cent\b|\s?pct\b)`, 'gi');
const DATE_MONTH_DAY = new RegExp(
  String.raw`(?:\b(?<wd>${WEEKDAY}),?\s+)?(?:the\s+)?\b(?<m>${MONTH})\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})\b)?`,
  'g',
);
const DATE_DAY_MONTH = new RegExp(
  String.raw`(?:\b(?<wd>${WEEKDAY}),?\s+)?(?:the\s+)?\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>${MONTH})(?![a-z])(?:,?\s+(?<y>(?:19|20)\d{2})\b)?`,
  'g',
);
const DATE_ISO = /\b(?<y>(?:19|20)\d{2})-(?<m>[01]\d)-(?<d>[0-3]\d)\b/g;
// "3/12" reads month first, but "30/04/2026" can only be day first; "24/7" is a round-the-clock service.
const DATE_NUMERIC = new RegExp(
  String.raw`(?:\b(?<wd>${WEEKDAY}),?\s+)?\b(?!24\/7\b)(?<a>[0-3]?\d)\/(?<b>[0-3]?\d)(?:\/(?<y>(?:19|20)?\d{2}))?\b`,
  'g',
);
const DATE_DOTTED = new RegExp(
  String.raw`(?:\b(?<wd>${WEEKDAY}),?\s+)?\b(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>(?:19|20)\d{2})\b`,
  'g',
);
const MONTH_ONLY = new RegExp(
  String.raw`(?<lead>\b(?:in|of|by|until|till|through|thru|before|after|since|during|from|to|early|mid|late|end of|start of|beginning of)[\s-]+)(?<m>${MONTH})(?![a-z])(?!\s+\d{1,2}\b)(?:,?\s+(?<y>(?:19|20)\d{2})\b)?`,
  'g',
);
const DURATION = new RegExp(
  String.raw`\b(?<num>${NUMBER}|an|half an)(?<sep>\s|-)(?<unit>minutes?|mins?|(?:(?:business|working|calendar)[\s-])?(?:hours?|hrs?|days?)|weeks?|months?|years?|yrs?)\b`,
  'gi',
);
// "lasts a month", "kept for a year and a half": a single unit said with "a", where the words before
// make it a length; "$49 a month" and "in a week" are no such thing.
const DURATION_A =
  /(?<=\b(?:for|lasts?|lasting|runs?|running|within|is|are)\s+)a\s+(?<unit>week|month|year|fortnight)(?<half>\s+and\s+a\s+half)?(?=\s+long\b|['’]s\b|\s*[.,;:!?]|\s*$)/gi;
const COUNT_UNITS =
  'seats?|users?|licen[cs]es?|logins?|admins?|editors?|viewers?|dashboards?|reports?|integrations?|connectors?|workspaces?|projects?|sites?|locations?|plants?|clinics?|labs?|employees?|customers?|clients?|companies|teams?|departments?|GB|TB|MB|PB|megabytes?|gigabytes?|terabytes?|API calls?|API requests?|requests?|events?|rows?|records?|queries|data sources?';
// "25 more users", "85 licensed agents": what a count is said to be, between the number and its unit.
const COUNT_QUALIFIER =
  '(?:more|additional|extra|new|active|total|named|concurrent|paid|licensed|current|existing|full)';
const COUNT = new RegExp(
  // A data size may be written run together: "25MB", "1.5GB".
  // "35 Growth seats": a plan's name may stand between a count and its unit.
  String.raw`\b(?<num>${NUMBER})(?<mag>k|K)?(?:\s|-|(?=[KMGTP]B\b))(?:${COUNT_QUALIFIER}\s+|(?<plan>[A-Z][a-z]+)\s+(?=(?:seats?|users?|licen[cs]es?)\b))?(?<unit>${COUNT_UNITS})\b`,
  'gi',
);
const COUNT_OF = new RegExp(
  String.raw`\b(?<num>${DIGITS})\s+(?:of|out of)\s+(?:your|the|our|their|its)?\s*(?:${DIGITS}\s+)?(?<unit>seats|users|licen[cs]es)\b`,
  'gi',
);
// "active users went from 124 to 63": both numbers count the unit named before them.
const COUNT_RANGE = new RegExp(
  `(?<unit>seats?|users?|licen[cs]es?|logins?)\\b[^.;:!?]{0,40}?\\bfrom\\s+(?:about\\s+|around\\s+|roughly\\s+)?(?<a>${DIGITS})\\s+(?:to|down to|up to)\\s+(?:about\\s+|around\\s+|roughly\\s+)?(?<b>${DIGITS})\\b`,
  'gid',
);
// "140 x £27 x 12" is a sum worked out for the reader, not "10x faster": a factor is never followed by a figure.
// "3,200 x CAD 0.035" multiplies a count by a price: neither part of "3,200" nor the count is a speed-up.
const MULTIPLIER = new RegExp(
  String.raw`(?<![\d,.])\b(?<num>\d+(?:\.\d+)?)\s?x\b(?!\s*(?:${CURRENCY_SIGNS}|(?:${CURRENCY_CODES})\b)?\s*\d)`,
  'gi',
);
// "3,200 x CAD 0.035", "12 × $40": a count written as the factor of a price.
const PRICE_FACTOR = new RegExp(
  String.raw`(?<![\d,.])\b(?<num>${DIGITS})(?:\s?[x×*]\s?|\s+at\s+)(?=(?:${CURRENCY_SIGNS}|(?:${CURRENCY_CODES})\b)\s?\d)`,
  'gi',
);

// "C$749.70 a month for the seven", "across all four": a count whose noun the passage gave before.
const COUNT_OF_THE = new RegExp(
  String.raw`\b(?:for|across|over|on|of)\s+(?:the|all|all of the|each of the|your)\s+(?<num>${NUMBER})\b(?!\s*(?:%|per\b|[.,]?\d|(?:minutes?|hours?|days?|weeks?|months?|years?)\b))`,
  'gi',
);

/**
 * The counts a sentence multiplies a price by in plain arithmetic ("3,200 x CAD 0.035 = CAD 112") or
 * names on their own ("C$924 a month for the seven").
 */
export function priceFactors(text: string): number[] {
  return [...text.matchAll(PRICE_FACTOR), ...text.matchAll(COUNT_OF_THE)].flatMap(
    (m) => parseNumber(m.groups!.num!) ?? [],
  );
}

const YEAR = /\b(?<y>(?:19|20)\d{2})\b/g;

const MONTH_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const NUMBER_WORD_HINT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|couple|single|zero|an|half)\b/i;
const HINTS = new Map<RegExp, RegExp>([
  [MONEY_BEFORE, new RegExp(String.raw`[$€£¥₹]|\b(?:${CURRENCY_CODES})\b`)],
  [
    MONEY_AFTER,
    new RegExp(String.raw`\b(?:${CURRENCY_CODES}|[Dd]ollars|[Ee]uros|[Pp]ounds|[Ff]rancs|[Bb]ucks)\b`),
  ],
  [MONEY_IN_THOUSANDS, /\bthousand,? (?:and )?[a-z]/],
  [PERCENT, /%|\bper ?cent\b|\bpct\b/i],
  [
    MONEY_BARE,
    /\d\s*(?:\/|per|a|an|each)\s*(?:seat|user|licen|named)|\b(?:cost|price|list|just|only|charge)/i,
  ],
  [FRACTION_OFF, SHARE_IN_WORDS],
  [DATE_MONTH_DAY, MONTH_HINT],
  [DATE_DAY_MONTH, MONTH_HINT],
  [DATE_ISO, /\d{4}-\d/],
  [DATE_NUMERIC, /\d\/\d/],
  [DATE_DOTTED, /\d\.\d{1,2}\.\d/],
  [MONTH_ONLY, MONTH_HINT],
  [COUNT_OF, /\d\s+(?:of|out of)\s/i],
  [DURATION, /\b(?:min|hour|hr|day|week|month|year|yr)/i],
  [COUNT, NUMBER_WORD_HINT],
  [MULTIPLIER, /\dx\b|\d x\b/i],
  [YEAR, /\b(?:19|20)\d\d\b/],
]);

const PERIODS: Record<string, Period> = {
  month: 'month',
  mo: 'month',
  monthly: 'month',
  year: 'year',
  yr: 'year',
  annum: 'year',
  annually: 'year',
  yearly: 'year',
  quarter: 'quarter',
  quarterly: 'quarter',
  'one-time': 'once',
  'one time': 'once',
  'one-off': 'once',
  'one off': 'once',
  upfront: 'once',
  'up front': 'once',
};

function durationUnit(raw: string): DurationUnit {
  const u = raw.toLowerCase().replace(/^(business|working|calendar)[\s-]/, '');
  if (u.startsWith('min')) return 'minute';
  if (u.startsWith('h')) return 'hour';
  if (u.startsWith('d')) return 'day';
  if (u.startsWith('w')) return 'week';
  if (u.startsWith('mo')) return 'month';
  return 'year';
}

/**
 * Every figure in `text`, longest readings first (a date is not also a count, "$65" is not also a
 * year). `masked` hides spans that are not figures: addresses, times, "SOC 2", "ISO 27001".
 */
/** A count pattern for the metered units a price book sells by ("conversations", "hosts"). */
export function meteredCountPattern(units: readonly string[]): RegExp | undefined {
  const own = units.filter((u) => !new RegExp(`^(?:${COUNT_UNITS})$`, 'i').test(u));
  if (own.length === 0) return undefined;
  const plural = (u: string) => (/[^aeiou]y$/i.test(u) ? `${u.slice(0, -1)}(?:y|ies)` : `${u}s?`);
  const alternatives = own.map((u) => plural(u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|');
  return new RegExp(
    // "85 licensed agents", and "all 85 of your agents" as COUNT_OF reads seats.
    String.raw`\b(?<num>${NUMBER})(?<mag>k|K)?(?:(?:\s|-)(?:${COUNT_QUALIFIER}\s+)?|\s+(?:of|out of)\s+(?:your|the|our|their|its)\s+)(?<unit>${alternatives})\b`,
    'gi',
  );
}

export function extractFigures(
  text: string,
  masked: readonly { start: number; end: number }[] = [],
  metered?: RegExp,
): Figure[] {
  const taken = new Uint8Array(text.length);
  for (const m of masked) taken.fill(1, m.start, m.end);
  const figures: Figure[] = [];
  const claim = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    taken.fill(1, start, end);
    return true;
  };
  const scan = (
    pattern: RegExp,
    build: (m: RegExpExecArray, g: Record<string, string | undefined>) => Figure | undefined,
  ) => {
    // Most sentences hold no figure of a given kind: a cheap look for its key words skips the full pattern.
    const hint = HINTS.get(pattern);
    if (hint && !hint.test(text)) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const figure = build(m, m.groups ?? {});
      if (figure && claim(figure.start, figure.end)) figures.push(figure);
    }
  };
  const at = (m: RegExpExecArray, end = m.index + m[0].length): At => ({
    start: m.index,
    end,
    text: text.slice(m.index, end),
  });

  const money = (m: RegExpExecArray, g: Record<string, string | undefined>): MoneyFigure | undefined => {
    const parsed = parseNumber(g.num!);
    if (parsed === undefined) return undefined;
    // "twelve dollars and seventy-five cents": the cents said after the currency word.
    const cents = CURRENCY_WORD_END.test(m[0])
      ? CENTS_AFTER_WORDS.exec(text.slice(m.index + m[0].length))
      : null;
    const centsValue = cents ? parseNumber(cents[1]!) : undefined;
    const value =
      withMagnitude(parsed, g.mag) + (centsValue !== undefined && centsValue < 100 ? centsValue / 100 : 0);
    const end = m.index + m[0].length + (centsValue !== undefined ? cents![0].length : 0);
    const tail = moneyTail(text.slice(end, end + 48));
    // "$79 a seat, billed annually" names how it is invoiced, not what one payment covers.
    const tailText = tail?.text ?? '';
    const billed = /\b(?:billed|paid|invoiced)\s+\w+\s*$/i.test(tailText);
    const adverb = tail?.groups?.adv;
    // "A$7,140 paid monthly" is a year's cost on the monthly line as readily as "$595 paid monthly" is
    // a month's: how a total is paid is no period of it.
    // "$13,424.64 paid up front for the year" is a year's amount, paid at once.
    const forTheYear =
      /^up/i.test(adverb ?? '') &&
      /^\s*(?:for (?:the|a|one) (?:whole |full )?year|a year|per year)\b/i.test(
        text.slice(end + tailText.length),
      );
    const period =
      tail?.groups?.per ??
      (forTheYear
        ? 'year'
        : billed &&
            (tail?.groups?.unit
              ? /^(?:annually|yearly|quarterly)$/i.test(adverb ?? '')
              : !/^(?:one|up)/i.test(adverb ?? ''))
          ? undefined
          : adverb);
    const currency = currencyCode(g.cur!);
    // "$24 a month each", "$24 each a month": a rate for one of what the sentence counts. ("CHF 29,400
    // each" of years two and three is a year's total, so only "each" beside a period marks a rate.)
    const each =
      period !== undefined &&
      (/^\s*each\b/i.test(text.slice(end + tailText.length)) || /^\s*each\b/i.test(tailText));
    return {
      ...at(m, end + tailText.length),
      type: 'money',
      value,
      ...(currency ? { currency } : {}),
      ...(period ? { period: PERIODS[period.toLowerCase()]! } : {}),
      perUnit: Boolean(tail?.groups?.unit) || each,
      ...(tail?.groups?.qty ? { perQuantity: Number(tail.groups.qty.replace(/,/g, '')) } : {}),
    };
  };
  scan(MONEY_BEFORE, money);
  scan(MONEY_IN_THOUSANDS, money);
  scan(MONEY_AFTER, money);
  scan(MONEY_BARE, (m, g) => {
    const figure = money(m, { ...g, num: g.num ?? g.num2, cur: '$' });
    // "costs 3.5 cents each": an amount in hundredths of the currency.
    const cents = CENTS_AFTER.exec(text.slice(m.index + m[0].length));
    if (!figure || !cents) return figure;
    const end = m.index + m[0].length + cents[0].length;
    return { ...figure, value: figure.value / 100, end, text: text.slice(m.index, end), perUnit: true };
  });
  // "2.6% + 10¢", "12¢ per transaction": an amount in hundredths of the currency, a rate per item.
  scan(CENTS, (m, g) => {
    const value = parseNumber(g.num!);
    return value === undefined ? undefined : { ...at(m), type: 'money', value: value / 100, perUnit: true };
  });
  scan(FRACTION_OFF, (m, g) => {
    const value = fractionPercent(g.frac!);
    return value === undefined ? undefined : { ...at(m), type: 'percent', value };
  });
  scan(PERCENT, (m, g) => {
    const value = parseNumber(g.num!);
    return value === undefined ? undefined : { ...at(m), type: 'percent', value };
  });
  const date = (
    m: RegExpExecArray,
    g: Record<string, string | undefined>,
    ambiguous = false,
  ): DateFigure | undefined => {
    const month = /^\d/.test(g.m!) ? Number(g.m) : monthNumber(g.m!);
    const day = Number(g.d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const year = g.y ? (g.y.length === 2 ? 2000 + Number(g.y) : Number(g.y)) : undefined;
    const weekday = weekdayNumber(g.wd);
    return {
      ...at(m),
      type: 'date',
      month,
      day,
      ...(year ? { year } : {}),
      ...(weekday !== undefined && weekday >= 0 ? { weekday } : {}),
      ambiguous,
    };
  };
  scan(DATE_MONTH_DAY, (m, g) => date(m, g));
  scan(DATE_DAY_MONTH, (m, g) => date(m, g));
  scan(DATE_ISO, (m, g) => date(m, g));
  scan(DATE_NUMERIC, (m, g) =>
    Number(g.a) > 12
      ? date(m, { ...g, d: g.a, m: g.b })
      : date(m, { ...g, m: g.a, d: g.b }, Number(g.b) <= 12),
  );
  scan(DATE_DOTTED, (m, g) => date(m, g));
  scan(MONTH_ONLY, (m, g) => {
    const leadLength = g.lead!.length;
    return {
      start: m.index + leadLength,
      end: m.index + m[0].length,
      text: m[0].slice(leadLength),
      type: 'month',
      month: monthNumber(g.m!),
      ...(g.y ? { year: Number(g.y) } : {}),
      lead: g.lead!.trim().toLowerCase(),
    };
  });
  COUNT_RANGE.lastIndex = 0;
  for (let m = COUNT_RANGE.exec(text); m; m = COUNT_RANGE.exec(text)) {
    const unit = normalizeUnit(m.groups!.unit!);
    for (const [start, end] of [m.indices!.groups!.a!, m.indices!.groups!.b!]) {
      const raw = text.slice(start, end);
      const figure: CountFigure = {
        start,
        end,
        text: raw,
        type: 'count',
        value: Number(raw.replace(/,/g, '')),
        unit,
      };
      if (claim(start, end)) figures.push(figure);
    }
  }
  scan(COUNT_OF, (m, g) => ({
    ...at(m, m.index + g.num!.length),
    type: 'count',
    value: Number(g.num!.replace(/,/g, '')),
    unit: normalizeUnit(g.unit!),
  }));
  scan(DURATION, (m, g) => {
    const raw = g.num!.toLowerCase();
    const unit = durationUnit(g.unit!);
    if (raw === 'half an')
      return { ...at(m), type: 'duration', value: 30, unit: 'minute', adjectival: false };
    const parsed = raw === 'an' ? 1 : parseNumber(raw);
    if (parsed === undefined) return undefined;
    // Ten business days are two calendar weeks.
    const value = unit === 'day' && /^(?:business|working)/i.test(g.unit!) ? (parsed * 7) / 5 : parsed;
    const singularAfterPlural = value > 1 && !/s$/i.test(g.unit!);
    return { ...at(m), type: 'duration', value, unit, adjectival: g.sep === '-' || singularAfterPlural };
  });
  scan(DURATION_A, (m, g) => {
    const fortnight = /^fortnight$/i.test(g.unit!);
    const value = (fortnight ? 2 : 1) * (g.half ? 1.5 : 1);
    const unit = fortnight ? 'week' : durationUnit(g.unit!);
    return { ...at(m), type: 'duration', value, unit, adjectival: false };
  });
  scan(COUNT, (m, g) => {
    const value = parseNumber(g.num!);
    // The pattern ignores case; a plan's name between count and unit is written with a capital.
    if (value === undefined || (g.plan !== undefined && !/^[A-Z]/.test(g.plan))) return undefined;
    return { ...at(m), type: 'count', value: withMagnitude(value, g.mag), unit: normalizeUnit(g.unit!) };
  });
  if (metered)
    scan(metered, (m, g) => {
      const value = parseNumber(g.num!);
      if (value === undefined) return undefined;
      return { ...at(m), type: 'count', value: withMagnitude(value, g.mag), unit: normalizeUnit(g.unit!) };
    });
  scan(MULTIPLIER, (m, g) => ({ ...at(m), type: 'multiplier', value: Number(g.num) }));
  scan(YEAR, (m, g) => ({ ...at(m), type: 'year', value: Number(g.y) }));
  return figures.sort((a, b) => a.start - b.start);
}

/** The unit's singular, lower-case form, with seats, users and licences treated as one unit. */
export function normalizeUnit(raw: string): string {
  const u = raw.toLowerCase();
  if (/^(seat|user|licen[cs]e|login|editor|viewer)s?$/.test(u)) return 'seat';
  if (u === 'companies') return 'company';
  if (u === 'queries') return 'query';
  if (/^(gb|tb|mb|pb)$/.test(u)) return u;
  if (/[^aeiou]ies$/.test(u)) return u.replace(/ies$/, 'y');
  return u.replace(/s$/, '');
}

/** Every plain number in the text, whatever it counts: a thread's "what would 25 more look like?". */
const BARE_NUMBER = new RegExp(`\\b(?:${NUMBER})\\b`, 'gi');

export function bareNumbers(text: string): number[] {
  const values: number[] = [];
  for (const m of text.matchAll(BARE_NUMBER)) {
    const value = parseNumber(m[0]);
    // "1.8 million": the number with its magnitude.
    const magnitude = /^\s(million|billion|thousand)\b/i.exec(text.slice(m.index + m[0].length));
    if (value !== undefined) values.push(withMagnitude(value, magnitude?.[1]));
  }
  return values;
}

const NON_FIGURES = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // addresses
  /\bhttps?:\/\/\S+|\bwww\.\S+/gi, // links
  /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g, // phone numbers
  /\b\d{1,2}(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/gi, // clock times
  /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/g, // 14:30
  /^[ \t]*\d+[.)][ \t]/gm, // list numbering
  /\b(?:Q[1-4]|H[12]|FY\s?\d{2,4})\b/g, // quarters and fiscal years are periods, not facts
];

/** Spans that hold digits without stating a figure: addresses, links, phone numbers, clock times. */
export function nonFigureSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of NON_FIGURES) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const DENOMINATORS: Record<string, number> = {
  half: 2,
  third: 3,
  quarter: 4,
  fifth: 5,
  sixth: 6,
  eighth: 8,
  tenth: 10,
  twentieth: 20,
};

/** "a tenth" is 10, "two thirds" 67, "one in five" 20: a fraction in words as a whole percentage. */
export function fractionPercent(raw: string): number | undefined {
  const text = raw.toLowerCase().replace(/-/g, ' ').trim();
  if (text === 'half') return 50;
  const oneIn = /^(?:one|1) in (.+)$/.exec(text);
  if (oneIn) {
    const of = parseNumber(oneIn[1]!);
    return of ? Math.round(100 / of) : undefined;
  }
  const parts = /^(a|one|two|three) (\w+?)s?$/.exec(text);
  if (!parts) return undefined;
  const numerator = parts[1] === 'a' ? 1 : parseNumber(parts[1]!);
  const denominator = DENOMINATORS[parts[2]!];
  if (!numerator || !denominator || numerator >= denominator) return undefined;
  // "a third off" has always read as 33, and "two thirds" as 67: whole percentages, like a draft would write.
  return Math.round((100 * numerator) / denominator);
}
