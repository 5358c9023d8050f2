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
import { HEAD_NOUN } from '../vocabulary/head-nouns.ts';
import { cellsOf, namedColumnRates, type PriceTable, rowReader, TABLE_ROW } from './order-form-tables.ts';

export type RenewalTerms = {
  /** The plans the order form is for: what its renewal terms price. */
  plans: ReadonlySet<string>;
  /** Seat prices the renewal is at: the price held into it, the price in force raised by a set uplift, or else the plan's list price. */
  rates: number[];
  /** The renewal is at the then-current list price: any price the public documents list will do. */
  atList: boolean;
  /** The most a seat may cost at renewal, where the order form caps the increase. */
  ceiling?: number;
  /** The most each line the order form prices alone may cost at renewal under the cap ("$40 a block" + 7%). */
  lineCeilings: ReadonlyMap<string, number>;
  /** A price held into the first renewal, and the then-current list price for the renewals after it. */
  listAfterHold: boolean;
  /** The prices held into the first renewal (or set for it). */
  held: number[];
  /** How many renewals a held price lasts ("for two (2) successive Renewal Terms"). */
  heldRenewals: number;
  /** A held price's head limit ("for up to eighty (80) Agents") and the list prices of the heads above it. */
  heldUpTo?: { heads: number; beyond: number[] };
  /** The percentages the order form caps or sets a renewal's rise at. */
  increases: number[];
  /** The seat prices in force before the renewal. */
  inForce: number[];
  /** The add-ons, or the lines a clause names, that renew at list whatever caps the plan's price. */
  addOnsAtList: ReadonlySet<string>;
};

export const RENEWAL_WORD = /\brenew/i;

/** Every amount the order form gives a renewal: its rates and the most its cap allows, overall and per line. */
export const renewalAmountsOf = (terms: RenewalTerms): number[] => [
  ...terms.rates,
  ...(terms.ceiling === undefined ? [] : [terms.ceiling]),
  ...terms.lineCeilings.values(),
];
// "the $26 per-seat price is held … including the first renewal term", "applies … to the first renewal".
// "the per-agent price remains unchanged for the first renewal term".
const HELD =
  /\b(?:held|holds?|fixed|locked|frozen|protect\w*|appl(?:y|ies)|guarantee[sd]?|unchanged|(?:remains?|stays?) the same|will not (?:change|increase)|(?:will|shall) keep)\b/i;
const UNCHANGED =
  /\b(?:(?:on|at)\s+the\s+same\s+(?:[\w-]+\s+)?(?:fees?|prices?|rates?)|at\s+the\s+(?:fees?|prices?|rates?)\s+(?:set\s+out|stated|shown)\s+(?:above|in\s+(?:this|the)\s+order\s+form)|unchanged|remains?\s+fixed|(?:shall|will)\s+remain\s+fixed|(?:remains?|stays?) the same|will not (?:change|increase)|is held|are held|frozen|locked)\b/i;
// "renews … at Copperleigh's then-current list price for the plan", "at the then-current pricing", "at
// the prices in effect at the time of renewal", "Add-on fees renew at list price", "all fees are at list".
const AT_LIST =
  /\b(?:then[\s-]current|current|prevailing|published)\s+list\s+prices?\b|\b(?:then[\s-]current|published)\s+(?:list|rate\s+card)\b|\blist\s+prices?\s+(?:then\s+)?in\s+(?:effect|force)\b|\blist\s+pricing\s+appl(?:y|ies)\b|\bat\s+(?:the\s+|[A-Z][\w-]*'s\s+)?list(?:\s+prices?)?\b|\b(?:then[\s-]current|prevailing|published|standard)\s+(?:prices|pricing|rates)\b|\b(?:prices?|pricing|rates?)\s+(?:then\s+)?in\s+(?:effect|force)\s+(?:at|on)\s+(?:the\s+(?:time|date|first day)\s+of\s+)?(?:the\s+)?renewal\b/i;
// "may increase by no more than 6% over", "will not increase by more than 5%", "capped at 4%".
// "increases are limited to 5%", "will not exceed 5%".
const CAP =
  /\b(?:(?:increas|rais)(?:e|es|ed|ing)|ris(?:e|es|ing)|uplift\w*)(?:\s+|,\s*)(?:[^.%]{0,40}?\s)??(?:by\s+)?(?:no more than|not more than|more than|at most|up to|a maximum of)\s+(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%|\bcap(?:ped|s)?\b[^.%]{0,40}?\bat\s+(\d+(?:\.\d+)?)\s*%|\b(?:increase|rise|uplift)\w*\b[^.%]{0,30}?\b(?:limited|restricted|capped) to\s+(\d+(?:\.\d+)?)\s*%|\b(?:increase|rise|uplift)\w*\b[^.%]{0,30}?\b(?:will|shall|may) not exceed\s+(?:the\s+lesser\s+of\s+)?(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%|\b(?:will|shall|may)\s+not\s+exceed\s+(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%\s*\)?\s+(?:over|above)\b/i;

// "the per-seat price increases by 5% at renewal", "a 7% uplift applies", "Renewal uplift: 4%": a set rise.
const UPLIFT =
  /\b(?:increase[sd]?|rises?|goes up|uplift(?:ed)?)\s+(?:by\s+|of\s+)?(?:exactly\s+|a (?:flat|fixed)\s+)?(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%|\b(\d+(?:\.\d+)?)\s*%\s+(?:price\s+)?(?:uplift|increase|rise)\b|\buplift\s*:\s*(\d+(?:\.\d+)?)\s*%|\b(?:price|fee|fees|rate|term)\s+plus\s+(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%/i;

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
  /^[^.]*(?:\b(?:additional|added|extra|new)\s+(?:agents?|seats?|users?|technicians?|licen[cs]es?)\b|\b(?:agents?|seats?|users?|technicians?|licen[cs]es?)\s+added\b)[^.]*\b(?:charged|billed|invoiced|priced)\b/i;
// "…for one (1) Renewal Term, after which list pricing applies": what the clause holds, then what follows.
const AFTER_HOLD_CLAUSE = /;|\b(?:after which|thereafter|and then)\b/i;
// "Thereafter, the Subscription Fee shall be … list price": a sentence that goes on with the renewal before it.
const THEREAFTER = /^\s*(?:thereafter|after that|after which|following (?:that|the (?:first )?renewal))\b/i;
// "applies only to the number of Agents stated in line 3.1": a held price for the seats on the order form.
const ONLY_STATED = new RegExp(
  `\\bonly\\s+(?:to|for)\\s+the\\s+(?:number|quantity)\\s+of\\s+${HEAD_NOUN}`,
  'i',
);
// "for two (2) successive Renewal Terms".
const HELD_RENEWALS =
  /\bfor\s+(?:(two|three|2|3)|[a-z]+\s*\(\s*(\d)\s*\))\s+(?:successive\s+|consecutive\s+)?renewal\s+(?:terms|years|periods)\b/i;
// "less the discount percentage shown in Section 4": the order form's own discount, given elsewhere in it.
const LESS_STATED_DISCOUNT =
  /\bless\s+the\s+(?:same\s+)?(?:percentage\s+)?discount(?:\s+percentage)?\s+(?:as\s+)?(?:shown|set out|stated|specified|given)\b/i;
const DISCOUNT_OF = /\bdiscount\s+of\s+(?:[a-z-]+\s+per\s?cent\s*\(\s*)?(\d+(?:\.\d+)?)\s*%/i;
// "Add-ons renew at…", "Add-On Services, which renew at…": the add-ons are what the sentence renews at list
// (not "Agents above 80, add-ons, and all fees in any later year are charged at list").
const ADD_ONS_RENEW =
  /^(?:the\s+|all\s+|any\s+)?add-?ons?\b[^.]*\brenew|\badd-?ons?\b(?:\s+[\w-]+)?(?:\s*\([^)]*\))?,?\s+(?:which\s+)?renew/i;
const UP_TO_HEADS = new RegExp(`\\bup\\s+to\\s+(?:[a-z-]+\\s+\\(\\s*)?(\\d+)\\s*\\)?\\s+${HEAD_NOUN}`, 'i');
const FIRST_MONTHS = /\bfor\s+the\s+first\s+(?:[a-z-]+\s+\(\d+\)|\d+|[a-z-]+)\s+months\b/i;
const CLAUSE_NUMBER = /^\s*\d+(?:\.\d+)*\.?\s+/;

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
  // "The AI Answer Bot (line 2) renews at … then-current list price": lines a clause names as at list.
  const namedAtList = new Set<string>();
  let heldToday = false;
  let heldUpTo: number | undefined;
  let heldRenewals = 1;
  const listLess: number[] = [];
  const lineRates = new Map<string, number[]>();
  const formDiscounts: number[] = [];
  const lineDiscounts = new Map<string, number>();
  const tables: PriceTable[] = [];
  const renewalClauses: string[] = [];
  let lessStated = false;
  for (const chunk of index.kb.active)
    if (orderForm.has(chunk.id)) {
      let header: string[] | undefined;
      let readRow: ReturnType<typeof rowReader> | undefined;
      let lastRenewing = false;
      for (const s of splitSentences(chunk.text)) {
        // "| Sedgemoor Operations plan | 48 Technicians | $62.00 | $35,712.00 |" under "| Item | Quantity |
        // Unit fee (per Technician per month) | Annual fee |": the unit column's amount is the row's rate.
        const row = TABLE_ROW.test(s.text);
        if (!row) header = undefined;
        else if (!header) {
          header = cellsOf(s.text);
          readRow = rowReader(header);
          tables.push({ header, rows: [] });
          continue;
        } else tables.at(-1)!.rows.push(cellsOf(s.text));
        const read = row ? readRow?.(s.text) : undefined;
        const rates = read ? read.today : seatRates(s.text);
        if (read) held.push(...read.renewal);
        const discountOf = DISCOUNT_OF.exec(s.text);
        if (discountOf) formDiscounts.push(percentIn(discountOf));
        const renewing: boolean =
          RENEWAL_WORD.test(s.text) || (lastRenewing && THEREAFTER.test(s.text.replace(CLAUSE_NUMBER, '')));
        if (!row) lastRenewing = renewing;
        const named = index.catalog.mentions(s.text);
        if (read?.discount !== undefined && named.length === 1)
          lineDiscounts.set(named[0]!.sku, read.discount);
        // The plan a row prices or a "Plan:" line names, not "HIPAA Business Associate Agreement" read
        // as the Business plan.
        if ((rates.length > 0 && !renewing) || PLAN_LABEL.test(s.text))
          for (const m of named) if (index.catalog.bySku.get(m.sku)?.period === 'month') plans.add(m.sku);
        if (renewing && !row) renewalClauses.push(s.text);
        if (!renewing) {
          inForce.push(...rates);
          const only = named.length === 1 ? named[0]!.sku : undefined;
          if (only && rates.length > 0) lineRates.set(only, [...(lineRates.get(only) ?? []), ...rates]);
          if (!named.some((m) => deal.facts.addOns.has(m.sku))) planRates.push(...rates);
          continue;
        }
        // "The per-agent price remains unchanged for the first renewal": today's price, named by no amount.
        const holds = s.text.split(AFTER_HOLD_CLAUSE)[0]!;
        if (rates.length === 0 && UNCHANGED.test(holds) && !AT_LIST.test(holds)) heldToday = true;
        const renewals = HELD_RENEWALS.exec(s.text);
        if (renewals) heldRenewals = NUMBER_WORDS[renewals[1]?.toLowerCase() ?? ''] ?? Number(renewals[2]);
        if (ONLY_STATED.test(s.text) && deal.opportunity.licensedSeats !== undefined)
          heldUpTo = deal.opportunity.licensedSeats;
        if (LESS_STATED_DISCOUNT.test(s.text)) lessStated = true;
        const cap = CAP.exec(s.text);
        if (cap) caps.push(percentIn(cap));
        const uplift = cap ? null : UPLIFT.exec(s.text);
        if (uplift) uplifts.push(percentIn(uplift));
        // "…will keep the Plus fee at $38.00", "for the first renewal term the per-agent fee is $111.28":
        // a rate the renewal is set at (not the base a cap or an uplift is worked on).
        if (rates.length > 0 && (HELD.test(s.text) || (!cap && !uplift))) {
          // "a promotional price of $62.00 … for the first twelve (12) months …, and $80.00 … thereafter,
          // including on renewal": the promotion's price is not the renewal's.
          const promotion = FIRST_MONTHS.exec(s.text);
          held.push(...(promotion ? seatRates(s.text.slice(promotion.index + promotion[0].length)) : rates));
          const upTo = UP_TO_HEADS.exec(s.text);
          if (upTo) heldUpTo = Number(upTo[1]);
        }
        // "Additional Agents are charged at list": seats beyond the contract's, not the renewal's rate.
        if (AT_LIST.test(s.text) && !ADDED_SEATS.test(s.text)) {
          // "Add-ons renew at the then-current list price": the list is theirs, not the plan's.
          // (A clause number, "7.3 Add-ons …", is no full stop.)
          if (ADD_ONS_RENEW.test(s.text.replace(CLAUSE_NUMBER, ''))) addOnsAtList = true;
          else atList = true;
          for (const sku of namedAtListIn(s.text, (part) => index.catalog.mentions(part)))
            namedAtList.add(sku);
          // "…at the list price then in effect, less a 10% loyalty discount": the list, less that.
          const less = LIST_LESS.exec(s.text);
          if (less) listLess.push(percentIn(less));
        }
      }
    }
  held.push(...namedColumnRates(tables, renewalClauses));
  if (lessStated) listLess.push(...formDiscounts);
  // "…less the same percentage discount as set out in this Order Form", given per line in its table.
  const lessLines = lessStated ? lineDiscounts : new Map<string, number>();
  const listOf = (addOns: boolean) =>
    [...plans].flatMap((s) => {
      const p = index.catalog.bySku.get(s);
      if (p?.period !== 'month' || deal.facts.addOns.has(s) !== addOns) return [];
      const own = lessLines.get(s);
      const cuts = own !== undefined ? [own] : addOns ? [] : listLess;
      return cuts.length === 0 ? [p.listPrice] : cuts.map((c) => Math.round(p.listPrice * (100 - c)) / 100);
    });
  const planList = listOf(false);
  const offList = listLess.length > 0 || lessLines.size > 0;
  // Under a cap the then-current list is only the plan's price as far as the cap allows; a line the
  // order form names as renewing at list is at list whatever the cap.
  const capped = caps.length > 0;
  const listLines = new Set([
    ...(addOnsAtList ? [...plans].filter((s) => deal.facts.addOns.has(s)) : []),
    ...(capped || heldToday ? [...namedAtList].filter((s) => plans.has(s)) : []),
  ]);
  const list = [
    ...(atList && !capped ? planList : []),
    ...(atList || addOnsAtList ? listOf(true) : []),
    ...[...listLines].flatMap((s) => index.catalog.bySku.get(s)?.listPrice ?? []),
  ];
  // Today's fees held: the add-ons' too, unless they renew at list, and not a line a clause names as at list.
  const namedRates = [...namedAtList].flatMap((s) => lineRates.get(s) ?? []);
  if (heldToday && held.length === 0)
    held.push(...(addOnsAtList ? planRates : inForce).filter((r) => !namedRates.includes(r)));
  // A set uplift raises every line, unless the add-ons renew at list instead.
  const raised = addOnsAtList ? planRates : inForce;
  const uplifted = raised.flatMap((r) => uplifts.map((u) => Math.round(r * (100 + u)) / 100));
  const terms: RenewalTerms = {
    plans,
    // A price held into the renewal comes first: the list price is for the renewals after it.
    // The heads above a held price's limit are at list.
    rates:
      held.length > 0
        ? [...held, ...(heldUpTo === undefined ? [] : listOf(false)), ...(addOnsAtList ? listOf(true) : [])]
        : [...uplifted, ...list],
    atList: held.length === 0 && atList && !offList && !capped,
    listAfterHold: held.length > 0 && atList && !offList,
    held,
    heldRenewals,
    ...(heldUpTo === undefined ? {} : { heldUpTo: { heads: heldUpTo, beyond: listOf(false) } }),
    increases: [...caps, ...uplifts],
    inForce,
    addOnsAtList: listLines,
    lineCeilings: new Map(
      [...lineRates]
        .filter(([sku]) => capped && !listLines.has(sku))
        .map(([sku, r]) => [sku, Math.round(Math.max(...r) * (100 + Math.min(...caps))) / 100]),
    ),
    // Likewise a cap: "Add-on fees renew at list price" leaves it the plan's ($104 + 5%, not the sandbox's $350 + 5%).
    ...(caps.length > 0 && raised.length > 0
      ? { ceiling: Math.round(Math.max(...raised) * (100 + Math.min(...caps))) / 100 }
      : {}),
  };
  cache.set(deal, terms);
  return terms;
}

/**
 * The lines a clause names as renewing at list: "…; Line 3 (AI Agent) renews at … then-current rate card"
 * (a part of its own), not "Line 3.1 renews on the same fees…, after which list pricing applies" (later).
 */
function namedAtListIn(text: string, mentions: (part: string) => readonly { sku: string }[]): string[] {
  const parts = text.split(/(;|\b(?:after which|thereafter|and then)\b)/i);
  return parts.flatMap((part, i) =>
    i % 2 === 0 && (i === 0 || parts[i - 1] === ';') && AT_LIST.test(part)
      ? mentions(part).map((m) => m.sku)
      : [],
  );
}

/** The seats a sentence counts, else the seats on record. */
function seatsOf(deal: DealContext, sentence: string): number[] {
  const said = headCountsIn(sentence);
  if (said.length > 0) return said;
  return deal.opportunity.licensedSeats === undefined ? [] : [deal.opportunity.licensedSeats];
}

/**
 * A month's and a year's worth of each renewal rate for the seats the sentence counts ("for 36 agents
 * the renewal comes to…"), else for the seats on record.
 */
export function renewalTotals(
  deal: DealContext,
  rates: readonly number[],
  sentence: string,
  terms?: RenewalTerms,
): number[] {
  const seats = seatsOf(deal, sentence);
  // A price held "for up to eighty (80) Agents" prices the heads above them at list, and only those.
  const limit = terms?.heldUpTo;
  const monthly = (r: number, n: number) => {
    if (!limit) return [r * n];
    const above = n - limit.heads;
    if (terms.held.includes(r))
      return above > 0 ? limit.beyond.map((b) => r * limit.heads + b * above) : [r * n];
    return limit.beyond.includes(r) ? (above > 0 ? [r * above] : []) : [r * n];
  };
  return rates.flatMap((r) => seats.flatMap((n) => monthly(r, n).flatMap((m) => [m, m * 12])));
}

/**
 * Totals that break a held price's head limit: every seat at the held price where there are more than
 * it covers, or the seats it covers at list.
 */
export function heldLimitBreaches(deal: DealContext, terms: RenewalTerms, sentence: string): number[] {
  const limit = terms.heldUpTo;
  if (!limit) return [];
  return seatsOf(deal, sentence).flatMap((n) =>
    (n > limit.heads ? terms.held : limit.beyond).flatMap((r) => [r * n, r * n * 12]),
  );
}

// "From then, Team moves to…" after "Your renewal starts on 1 November.": the sentence goes on about it.
const GOING_ON =
  /^\s*(?:from then(?: on)?|from that (?:date|day|point)|after that|at that point|thereafter|then)\b/i;
const STAYS = /\b(?:stays?|remains?|keeps?)\b/i;
// "The WhatsApp & SMS channel goes to $11.04": a line named first, said to change (not "At 500 users,
// everyone moves to the Band 2 rate").
const LINE_CHANGES = /\b(?:go|goes|move|moves|rise|rises|increase|increases|drop|drops)\s+to\b/i;
const OPENS_ON_CONDITION = /^\s*(?:at|if|for|in|on|when|with|from|after|before|since|once|as)\b/i;
const linesChange = (sentence: string) =>
  /^\s*[A-Z\d]/.test(sentence) && !OPENS_ON_CONDITION.test(sentence) && LINE_CHANGES.test(sentence);
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

/**
 * Whether a sentence prices the renewal: it says so, it carries on from a sentence that does, or it
 * names a year after the current term ends ("For 2027 we'll move you to…") or a day just after it.
 */
export function speaksOfRenewal(
  deal: DealContext,
  text: string,
  sentence: { text: string; start: number },
  renewal: RegExp,
  goingOn = true,
): boolean {
  if (renewal.test(sentence.text)) return true;
  // "From April 1 Pro moves to list at $84. Conversation Intelligence stays at $29": the next line of it.
  if (goingOn && (STAYS.test(sentence.text) || linesChange(sentence.text))) {
    const previous = splitSentences(text.slice(0, sentence.start)).at(-1);
    if (previous && speaksOfRenewal(deal, text, previous, renewal, false)) return true;
  }
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

// "held for both renewal years", "locked for the next two renewal years", "for every renewal".
const MANY_RENEWALS =
  /\b(?:both|(?:the\s+)?(?:next\s+)?(?:two|three|2|3)|all|every|each)\s+(?:of\s+(?:the|your)\s+)?(?:renewal\s+(?:years|terms|periods)|renewals)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, '2': 2, '3': 3 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "May 2027", "Oct 2027", "September 2028".
const MONTH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(20\d\d)\b/gi;

/**
 * Whether a sentence speaks of a renewal after the first one: a day ("From May 2027", "1 May 2027")
 * a year or more past the current term's end, when the first renewal has run, or more renewals than one.
 */
export function speaksOfLaterRenewal(deal: DealContext, sentence: string, heldRenewals = 1): boolean {
  const ends = deal.opportunity.contractEndDate;
  if (!ends) return false;
  if (heldRenewals === 1 && MANY_RENEWALS.test(sentence)) return true;
  const firstRenewalEnds = parseDay(ends) + 365 * heldRenewals;
  // "stays at $26 until 31 October 2027" gives when the hold ends: the first renewal's last day will
  // do, but not "(July 2026 to June 2028)", a month into the next.
  const bounds = (at: number) => /\b(?:until|till|through|to)\s+$/i.test(sentence.slice(0, at));
  const later = (day: number, at: number) => day > firstRenewalEnds + (bounds(at) ? 31 : 0);
  return (
    extractFigures(sentence).some(
      (f) =>
        f.type === 'date' && f.year !== undefined && later(dayFromParts(f.year, f.month, f.day), f.start),
    ) ||
    [...sentence.matchAll(MONTH_YEAR)].some((m) =>
      later(dayFromParts(Number(m[2]), MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)) + 1, 1), m.index),
    )
  );
}
