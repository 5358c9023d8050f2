/**
 * What an account's order form says its next renewal costs, where it gives no renewal amount of its
 * own: a price held into the first renewal, a cap on the increase over the price in force, or the
 * then-current list price of the plan it is for.
 */
import { dayFromParts, parseDay } from '../../dates/calendar.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { headCountsIn } from '../index/quantities.ts';
import { extractFigures } from '../text/figures.ts';
import { splitSentences } from '../text/sentences.ts';
import { HEAD_NOUN } from './head-nouns.ts';

export type RenewalTerms = {
  /** The plans the order form is for: what its renewal terms price. */
  plans: ReadonlySet<string>;
  /** Seat prices the renewal is at: the price held into it, the price in force raised by a set uplift, or else the plan's list price. */
  rates: number[];
  /** The renewal is at the then-current list price: any price the public documents list will do. */
  atList: boolean;
  /** The most a seat may cost at renewal, where the order form caps the increase. */
  ceiling?: number;
  /** A price held into the first renewal, and the then-current list price for the renewals after it. */
  listAfterHold: boolean;
  /** The prices held into the first renewal (or set for it). */
  held: number[];
  /** The percentages the order form caps or sets a renewal's rise at. */
  increases: number[];
  /** The seat prices in force before the renewal. */
  inForce: number[];
};

export const RENEWAL_WORD = /\brenew/i;
// "the $26 per-seat price is held … including the first renewal term", "applies … to the first renewal".
// "the per-agent price remains unchanged for the first renewal term".
const HELD =
  /\b(?:held|holds?|fixed|locked|frozen|protect\w*|appl(?:y|ies)|guarantee[sd]?|unchanged|(?:remains?|stays?) the same|will not (?:change|increase)|(?:will|shall) keep)\b/i;
const UNCHANGED =
  /\b(?:unchanged|remains?\s+fixed|(?:shall|will)\s+remain\s+fixed|(?:remains?|stays?) the same|will not (?:change|increase)|is held|are held|frozen|locked)\b/i;
// "renews … at Copperleigh's then-current list price for the plan", "at the then-current pricing", "at
// the prices in effect at the time of renewal", "Add-on fees renew at list price", "all fees are at list".
const AT_LIST =
  /\b(?:then[\s-]current|current|prevailing|published)\s+list\s+prices?\b|\b(?:then[\s-]current|published)\s+list\b|\blist\s+prices?\s+then\s+in\s+(?:effect|force)\b|\bat\s+(?:the\s+|[A-Z][\w-]*'s\s+)?list(?:\s+prices?)?\b|\b(?:then[\s-]current|prevailing|published|standard)\s+(?:prices|pricing|rates)\b|\b(?:prices?|pricing|rates?)\s+(?:then\s+)?in\s+(?:effect|force)\s+(?:at|on)\s+(?:the\s+(?:time|date|first day)\s+of\s+)?(?:the\s+)?renewal\b/i;
// "may increase by no more than 6% over", "will not increase by more than 5%", "capped at 4%".
// "increases are limited to 5%", "will not exceed 5%".
const CAP =
  /\b(?:(?:increas|rais)(?:e|es|ed|ing)|ris(?:e|es|ing)|uplift\w*)\s+(?:[^.%]{0,40}?\s)??(?:by\s+)?(?:no more than|not more than|more than|at most|up to|a maximum of)\s+(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%|\bcap(?:ped|s)?\b[^.%]{0,40}?\bat\s+(\d+(?:\.\d+)?)\s*%|\b(?:increase|rise|uplift)\w*\b[^.%]{0,30}?\b(?:limited|restricted|capped) to\s+(\d+(?:\.\d+)?)\s*%|\b(?:increase|rise|uplift)\w*\b[^.%]{0,30}?\b(?:will|shall|may) not exceed\s+(\d+(?:\.\d+)?)\s*%|\b(?:will|shall|may)\s+not\s+exceed\s+(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%\s*\)?\s+(?:over|above)\b/i;

// "the per-seat price increases by 5% at renewal", "a 7% uplift applies", "Renewal uplift: 4%": a set rise.
const UPLIFT =
  /\b(?:increase[sd]?|rises?|goes up|uplift(?:ed)?)\s+(?:by\s+)?(?:exactly\s+|a (?:flat|fixed)\s+)?(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%|\b(\d+(?:\.\d+)?)\s*%\s+(?:price\s+)?(?:uplift|increase|rise)\b|\buplift\s*:\s*(\d+(?:\.\d+)?)\s*%|\b(?:price|fee|fees|rate|term)\s+plus\s+(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%/i;

/** The percentage of whichever alternative of a pattern matched. */
export const percentIn = (m: RegExpExecArray | RegExpMatchArray) =>
  Number(m.slice(1).find((g) => g !== undefined));

// "less a 10% loyalty discount", "10% below the then-current list": a renewal priced off the list.
const LIST_LESS =
  /\b(?:less|minus)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%|\b(\d+(?:\.\d+)?)\s*%\s+(?:below|off|under)\s+(?:the\s+)?(?:then[\s-]current\s+|published\s+)?list\b/i;

const PLAN_LABEL = /^[\s*_-]*(?:plan|product|edition|tier|package|subscription)[*_]*\s*:/i;

const cache = new WeakMap<DealContext, RenewalTerms>();

const PER_HEAD = new RegExp(`\\bper[\\s-]${HEAD_NOUN}\\b`, 'i');
const ADDED_SEATS =
  /^[^.]*\b(?:additional|added|extra|new)\s+(?:agents?|seats?|users?|technicians?|licen[cs]es?)\b[^.]*\b(?:charged|billed|invoiced|priced)\b/i;
// "Add-ons renew at…", "Add-On Services, which renew at…": the add-ons are what the sentence renews at list
// (not "Agents above 80, add-ons, and all fees in any later year are charged at list").
const ADD_ONS_RENEW =
  /^(?:the\s+)?add-?ons?\b[^.]*\brenew|\badd-?ons?\b(?:\s+[\w-]+)?(?:\s*\([^)]*\))?,?\s+(?:which\s+)?renew/i;
const CLAUSE_NUMBER = /^\s*\d+(?:\.\d+)*\.?\s+/;
const TABLE_ROW = /^\s*\|/;
// A price table's column of unit prices: "Unit fee (per Technician per month)", "Unit price", "Monthly".
const UNIT_COLUMN = /\bunit\b|\bper\s+(?:[\w-]+\s+){0,2}month\b|\bmonthly\b/i;
const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
// "$22.00 per staff seat per month", "the $26 per-seat price": a seat's monthly price, not a year's total.
const seatRates = (text: string): number[] =>
  extractFigures(text).flatMap((f) =>
    f.type === 'money' && (f.period === 'month' || (f.period === undefined && PER_HEAD.test(text)))
      ? [f.value]
      : [],
  );

export function renewalTerms(
  index: GuardIndex,
  deal: DealContext,
  orderForm: ReadonlySet<string>,
): RenewalTerms {
  const known = cache.get(deal);
  if (known) return known;
  const plans = new Set<string>();
  const inForce: number[] = [];
  // Today's rates of the plan itself, which alone a set uplift raises where add-ons renew at list.
  const planRates: number[] = [];
  const held: number[] = [];
  const caps: number[] = [];
  const uplifts: number[] = [];
  let atList = false;
  let addOnsAtList = false;
  let heldToday = false;
  const listLess: number[] = [];
  for (const chunk of index.kb.active)
    if (orderForm.has(chunk.id)) {
      let header: string[] | undefined;
      for (const s of splitSentences(chunk.text)) {
        // "| Sedgemoor Operations plan | 48 Technicians | $62.00 | $35,712.00 |" under "| Item | Quantity |
        // Unit fee (per Technician per month) | Annual fee |": the unit column's amount is the row's rate.
        const row = TABLE_ROW.test(s.text);
        if (!row) header = undefined;
        else if (!header) {
          header = cellsOf(s.text);
          continue;
        }
        const unitAt = row ? (header?.findIndex((h) => UNIT_COLUMN.test(h)) ?? -1) : -1;
        const rates =
          unitAt >= 0
            ? extractFigures(cellsOf(s.text)[unitAt] ?? '').flatMap((f) =>
                f.type === 'money' ? [f.value] : [],
              )
            : seatRates(s.text);
        const renewing = RENEWAL_WORD.test(s.text);
        const named = index.catalog.mentions(s.text);
        // The plan a row prices or a "Plan:" line names, not "HIPAA Business Associate Agreement" read
        // as the Business plan.
        if ((rates.length > 0 && !renewing) || PLAN_LABEL.test(s.text))
          for (const m of named) if (index.catalog.bySku.get(m.sku)?.period === 'month') plans.add(m.sku);
        if (!renewing) {
          inForce.push(...rates);
          if (!named.some((m) => deal.facts.addOns.has(m.sku))) planRates.push(...rates);
          continue;
        }
        // "The per-agent price remains unchanged for the first renewal": today's price, named by no amount.
        if (rates.length === 0 && UNCHANGED.test(s.text) && !AT_LIST.test(s.text)) heldToday = true;
        const cap = CAP.exec(s.text);
        if (cap) caps.push(percentIn(cap));
        const uplift = cap ? null : UPLIFT.exec(s.text);
        if (uplift) uplifts.push(percentIn(uplift));
        // "…will keep the Plus fee at $38.00", "for the first renewal term the per-agent fee is $111.28":
        // a rate the renewal is set at (not the base a cap or an uplift is worked on).
        if (rates.length > 0 && (HELD.test(s.text) || (!cap && !uplift))) held.push(...rates);
        // "Additional Agents are charged at list": seats beyond the contract's, not the renewal's rate.
        if (AT_LIST.test(s.text) && !ADDED_SEATS.test(s.text)) {
          // "Add-ons renew at the then-current list price": the list is theirs, not the plan's.
          // (A clause number, "7.3 Add-ons …", is no full stop.)
          if (ADD_ONS_RENEW.test(s.text.replace(CLAUSE_NUMBER, ''))) addOnsAtList = true;
          else atList = true;
          // "…at the list price then in effect, less a 10% loyalty discount": the list, less that.
          const less = LIST_LESS.exec(s.text);
          if (less) listLess.push(percentIn(less));
        }
      }
    }
  const listOf = (addOns: boolean) =>
    [...plans].flatMap((s) => {
      const p = index.catalog.bySku.get(s);
      return p?.period === 'month' && deal.facts.addOns.has(s) === addOns ? [p.listPrice] : [];
    });
  const planList = listOf(false).flatMap((r) =>
    listLess.length > 0 ? listLess.map((p) => Math.round(r * (100 - p)) / 100) : [r],
  );
  const list = [...(atList ? planList : []), ...(atList || addOnsAtList ? listOf(true) : [])];
  if (heldToday && held.length === 0) held.push(...planRates);
  // A set uplift raises every line, unless the add-ons renew at list instead.
  const raised = addOnsAtList ? planRates : inForce;
  const uplifted = raised.flatMap((r) => uplifts.map((u) => Math.round(r * (100 + u)) / 100));
  const terms: RenewalTerms = {
    plans,
    // A price held into the renewal comes first: the list price is for the renewals after it.
    rates: held.length > 0 ? [...held, ...(addOnsAtList ? listOf(true) : [])] : [...uplifted, ...list],
    atList: held.length === 0 && atList && listLess.length === 0,
    listAfterHold: held.length > 0 && atList && listLess.length === 0,
    held,
    increases: [...caps, ...uplifts],
    inForce,
    // Likewise a cap: "Add-on fees renew at list price" leaves it the plan's ($104 + 5%, not the sandbox's $350 + 5%).
    ...(caps.length > 0 && raised.length > 0
      ? { ceiling: Math.round(Math.max(...raised) * (100 + Math.min(...caps))) / 100 }
      : {}),
  };
  cache.set(deal, terms);
  return terms;
}

/**
 * A month's and a year's worth of each renewal rate for the seats the sentence counts ("for 36 agents
 * the renewal comes to…"), else for the seats on record.
 */
export function renewalTotals(deal: DealContext, rates: readonly number[], sentence: string): number[] {
  const said = headCountsIn(sentence);
  const seats =
    said.length > 0
      ? said
      : deal.opportunity.licensedSeats === undefined
        ? []
        : [deal.opportunity.licensedSeats];
  return rates.flatMap((r) => seats.flatMap((n) => [r * n, r * n * 12]));
}

// "From then, Team moves to…" after "Your renewal starts on 1 November.": the sentence goes on about it.
const GOING_ON =
  /^\s*(?:from then(?: on)?|from that (?:date|day|point)|after that|at that point|thereafter|then)\b/i;
const YEAR = /\b20\d\d\b/g;
const RENEWAL_START_DAYS = 45;

const LIST_ITEM = /^\s*(?:\||[-*•]\s|\d+[.)]\s)/;

/** The first row of the table or list a line at `at` belongs to, and the line that leads into it. */
function listLead(text: string, at: number): string {
  const lines = text.slice(0, at).split('\n');
  let first = lines.length - 1;
  while (first > 0 && LIST_ITEM.test(lines[first - 1]!)) first--;
  const intro = lines.slice(0, first).findLast((l) => l.trim() !== '') ?? '';
  return `${intro}\n${lines[first] ?? ''}`;
}

/** The heading of the table column a position of `text` sits in ("Today (620 doors)"), if it is in a table row. */
export function columnHeading(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^\s*\|/.test(text.slice(lineStart, at + 1))) return undefined;
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  let first = lines.length;
  while (first > 0 && /^\s*\|/.test(lines[first - 1]!)) first--;
  const header = first < lines.length ? lines[first]! : undefined;
  if (!header) return undefined;
  const column = text.slice(lineStart, at).split('|').length - 1;
  return header.split('|')[column]?.trim();
}

/**
 * Whether a sentence prices the renewal: it says so, it carries on from a sentence that does, or it
 * names a year after the current term ends ("For 2027 we'll move you to…") or a day just after it.
 */
export function speaksOfRenewal(
  deal: DealContext,
  text: string,
  sentence: { text: string; start: number },
  renewal: RegExp,
): boolean {
  if (renewal.test(sentence.text)) return true;
  // "| Extra storage | $40 per block per month |" under "| Line | Renewal price |", or a list item after
  // "Here are the renewal figures:": the table's header or the list's lead-in says so.
  if (LIST_ITEM.test(sentence.text) && renewal.test(listLead(text, sentence.start))) return true;
  if (GOING_ON.test(sentence.text)) {
    const before = text.slice(0, sentence.start);
    const previous = splitSentences(before).at(-1)?.text ?? '';
    if (renewal.test(previous)) return true;
  }
  const ends = deal.opportunity.contractEndDate;
  if (!ends) return false;
  const endYear = Number(ends.slice(0, 4));
  if ([...sentence.text.matchAll(YEAR)].some((m) => Number(m[0]) > endYear)) return true;
  // "From 1 July, your 90 seats move to…" where the term ends on 30 June: the renewal's first weeks;
  // and "continues after March 31", the term's last day.
  const endDay = parseDay(ends);
  return extractFigures(sentence.text).some(
    (f) =>
      f.type === 'date' &&
      (f.year === undefined ? [endYear, endYear + 1] : [f.year]).some((y) => {
        const day = dayFromParts(y, f.month, f.day);
        return (
          (day > endDay && day <= endDay + RENEWAL_START_DAYS) ||
          (day === endDay && /\b(?:after|beyond|past)\s+(?:the\s+)?$/i.test(sentence.text.slice(0, f.start)))
        );
      }),
  );
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "May 2027", "Oct 2027", "September 2028".
const MONTH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(20\d\d)\b/gi;

/**
 * Whether a sentence speaks of a renewal after the first one: a day ("From May 2027", "1 May 2027")
 * a year or more past the current term's end, when the first renewal has run.
 */
export function speaksOfLaterRenewal(deal: DealContext, sentence: string): boolean {
  const ends = deal.opportunity.contractEndDate;
  if (!ends) return false;
  const firstRenewalEnds = parseDay(ends) + 365;
  // "stays at $26 until 31 October 2028" gives when the hold ends, not a renewal after it.
  const bounds = (at: number) => /\b(?:until|till|through|to)\s+$/i.test(sentence.slice(0, at));
  const days = [
    ...extractFigures(sentence).flatMap((f) =>
      f.type === 'date' && f.year !== undefined && !bounds(f.start)
        ? [dayFromParts(f.year, f.month, f.day)]
        : [],
    ),
    ...[...sentence.matchAll(MONTH_YEAR)].flatMap((m) =>
      bounds(m.index)
        ? []
        : [dayFromParts(Number(m[2]), MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)) + 1, 1)],
    ),
  ];
  return days.some((d) => d > firstRenewalEnds);
}
