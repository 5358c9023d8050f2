/**
 * Figures a draft works out from its own grounded figures: a rep who writes "the first 500 GB at
 * $0.40 and the next 1,500 GB at $0.30, so $650 a month, plus the $400 platform fee: $1,050, or
 * $12,600 a year" states one price list and three sums. Each sum is as grounded as its parts.
 */
import type { GuardFinding } from '../guard-schema.ts';
import type { Figure, MoneyFigure } from '../text/figures.ts';
import { parseNumber } from '../text/number-words.ts';
import { statedRounding, writtenStep } from './stated-rounding.ts';

type Located = Figure & {
  field: 'subject' | 'body';
  approximate?: boolean;
  /** The amount is what a discount takes off ("-$4,680", "a saving of $900"), not a price. */
  reduction?: boolean;
  /** Where the figure's sentence starts in its field: amounts of one sentence are one comparison. */
  sentenceStart?: number;
};

export type DerivationInput = {
  /** Every figure the draft states, with the field it is in. */
  figures: readonly Located[];
  /** Quantities on record (thread, CRM, documents) that a draft may take a difference of. */
  recordCounts: readonly number[];
  /** Discount factors the draft may apply (1 − stated or invoked percentages). */
  factors: readonly number[];
  /** Amounts the price book yields for what a figure's sentence names (a volume across bands, a marked-up list price). */
  bases: (figure: Located) => readonly number[];
  /** List prices of the products a figure's sentence names, which a total may add per seat. */
  listPrices?: (figure: Located) => readonly number[];
  /** Quantities the draft states in a figure's own sentence ("for 140 vans"), which a total may multiply. */
  quantitiesNear?: (figure: Located) => readonly number[];
  /** Percentages the draft states in a figure's own sentence ("C$135,000 x 2.55%"), which an amount may be a share of. */
  percentsNear?: (figure: Located) => readonly number[];
  /** Relative rounding allowed for a total ("about", "$40k"). */
  approximateTolerance: number;
  /** The sizes the deal states for itself (its name's count, its licensed seats), which an add-on's line may be bought for. */
  sizes?: readonly number[];
  /** Totals the deal's record holds (its amount, an order form's total), which a draft may add a line to. */
  recordAmounts?: readonly number[];
  /** Whether a figure's sentence says it is a total ("brings the yearly total to", "all in"). */
  saysTotal?: (figure: Located) => boolean;
  /** Rates (in percent) of a tax the documents charge on top, where a figure's passage speaks of tax. */
  taxRates?: (figure: Located) => readonly number[];
  /** Lengths in years of the multi-year terms the draft states, which a yearly amount may run for. */
  termYears?: readonly number[];
  /** What a plan's seats include between them for the counts on record (3,580 GB for 34 + 18 seats). */
  allowances?: readonly number[];
  /** Counts of things the draft states ("15 office users"), which a count may be the difference of. */
  quantities?: readonly number[];
};

const key = (f: { field: string; start: number; end: number }) => `${f.field}|${f.start}|${f.end}`;
// "$12.6k", "$40k": a total rounded on purpose.
const ROUNDED = /\d\s*k\b/i;
// List prices join the sums only for a sentence that names a few products: more, and any total
// would match some sum of them.
const MAX_BASE_TERMS = 8;

/**
 * Drops the price and quantity findings whose figure follows by arithmetic from figures the draft
 * states and the checks accepted (sums, a year of a monthly amount, a volume times a rate, a stated
 * discount of a sum), or from two quantities on record (the 600 GB between 2,000 and 2,600).
 */
export function dropDerived(findings: GuardFinding[], input: DerivationInput): GuardFinding[] {
  const blocked = new Map(findings.filter((f) => f.severity === 'block').map((f) => [key(f), f]));
  const money = input.figures.filter((f): f is Located & MoneyFigure => f.type === 'money');
  const counts = input.figures.flatMap((f) => (f.type === 'count' ? [f.value] : []));
  const percents = input.figures.flatMap((f) => (f.type === 'percent' ? [f.value] : []));
  const months = input.figures.flatMap((f) =>
    f.type === 'duration' && f.unit === 'month' && f.value > 1 ? [f.value] : [],
  );
  const cleared = new Set<string>();
  const grounded = () => money.filter((m) => !blocked.has(key(m)) || cleared.has(key(m)));

  // A figure the draft itself may have derived, from the figures it has already grounded.
  const moneyDerived = (target: Located & MoneyFigure): boolean => {
    const rounded = ROUNDED.test(target.text) || target.approximate === true;
    // A sum the rep worked out is exact to the unit unless rounded in plain sight ("about", "£23k"):
    // a relative slack around each of the many sums below would reach nearly any figure.
    const tolerance = rounded
      ? Math.max(0.011, statedRounding(target.value, input.approximateTolerance))
      : Number.isInteger(target.value)
        ? Math.max(0.011, Math.min(0.5, target.value * 0.001))
        : writtenStep(target.text); // "€254.93" is written to the cent: €255 is another amount, and so is €254.92
    const close = (v: number) => Math.abs(v - target.value) <= tolerance;
    // Monthly amounts make a yearly one twelve times over; a monthly figure is never a year's.
    const periods = target.period === 'year' ? [12, 1] : target.period === undefined ? [1, 12] : [1];
    // A reduction is the discount's share of a sum: 10% of $46,800 is the "-$4,680" line of a quote.
    const factors = target.reduction
      ? [...input.factors, ...input.factors.filter((f) => f < 1).map((f) => 1 - f)]
      : input.factors;
    const scaled = (sum: number) => periods.some((p) => factors.some((f) => close(sum * p * f)));
    // What the price book yields stands on its own; only the draft's own figures are added up.
    if (input.bases(target).some((b) => b > 0 && scaled(b))) return true;
    const parts = grounded().filter(
      (m) => m !== target && (m.period === undefined || m.period === 'month' || m.period === target.period),
    );
    // The vans of "£20,160 a year for 140 vans": a number the target's own sentence counts by.
    const multipliers = [...new Set([...counts, ...(input.quantitiesNear?.(target) ?? [])])].filter(
      (c) => c > 1,
    );
    // The same amount stated twice backs neither; a price per seat times a stated count does back a total.
    // A rate per seat adds to rates per seat, a total to totals: €5.50 + €2 + €247.50 is no amount.
    const own = [
      ...parts
        .filter((m) => m.perUnit === target.perUnit)
        .map((m) => m.value)
        .filter((v) => v !== target.value),
      ...parts.flatMap((m) => multipliers.map((c) => m.value * c)),
      // "$648 a month … to September 30, which is five months, or $3,240": a monthly amount over the months stated.
      ...parts.filter((m) => m.period === 'month').flatMap((m) => months.map((n) => m.value * n)),
    ].filter((v) => v > 0);
    // A year's amount the draft states ("£6,480 a year") joins a total of no stated period as it is,
    // never twelve times over: "£10,950 for the first year" is £6,480 a year and £4,470 once.
    const yearly =
      target.period === undefined
        ? grounded()
            .filter((m) => m !== target && m.period === 'year' && m.value !== target.value)
            .map((m) => m.value)
        : [];
    // A sentence naming a few products may add their list prices, per seat, to a figure it grounded
    // ("Team plus the $1,000 assistant": 40 × $49 + $1,000); the price book alone sums to nothing.
    const prices = input.listPrices?.(target) ?? [];
    // A year of a monthly price per head joins a yearly total as it is ("£100,548 a year, so £134,148
    // with the Library" adds 1,400 × £2 × 12), never as a monthly one.
    const listed = (prices.length <= MAX_BASE_TERMS ? prices : [])
      .flatMap((b) => [b, ...counts.filter((c) => c > 1).map((c) => b * c)])
      .filter((v) => v > 0 && v !== target.value);
    // A year's amount the draft states plus a year of a listed price for the deal's size ("£100,548 a
    // year, so £134,148 in total with the Library" adds 1,400 × £2 × 12): one pair, as they stand.
    const heads = [...new Set([...counts, ...(input.sizes ?? [])])].filter((c) => c > 1);
    const listedYears = (prices.length <= MAX_BASE_TERMS ? prices : []).flatMap((b) =>
      heads.map((c) => b * c * 12),
    );
    if (yearly.some((y) => listedYears.some((l) => close(y + l)))) return true;
    // "C$135,000 x 2.55% = C$3,442.50": a rate the sentence states, taken of an amount the draft grounded.
    const shares = input.percentsNear?.(target) ?? [];
    // "2.95% + $0.30 … on a $925 rent that's $27.59": the share plus a fixed part the draft states.
    const fixed = [0, ...parts.filter((m) => m.value < target.value).map((m) => m.value)];
    if (
      parts.some((m) => !m.perUnit && shares.some((p) => fixed.some((f) => close((m.value * p) / 100 + f))))
    )
      return true;
    const terms = [...own, ...yearly, ...listed];
    const firsts = own.length + yearly.length;
    // Sums of up to three terms; one with a year's amount in it is taken as it stands.
    const fits = (sum: number, ...at: number[]) =>
      at.some((i) => i >= own.length && i < firsts) ? close(sum) : scaled(sum);
    for (let i = 0; i < firsts; i++) {
      if (fits(terms[i]!, i)) return true;
      for (let j = i + 1; j < terms.length; j++) {
        if (fits(terms[i]! + terms[j]!, i, j)) return true;
        for (let k = j + 1; k < terms.length; k++)
          if (fits(terms[i]! + terms[j]! + terms[k]!, i, j, k)) return true;
      }
    }
    // "Total: €26,280" under five lines of a list: the lines right above it, added as they stand.
    if (runTotals(money, target, (m) => !blocked.has(key(m)) || cleared.has(key(m))).some(close)) return true;
    // "The upgrade adds £8,721": the gap between two amounts the draft states for one period. Plain
    // stated amounts only (no seat multiples): a gap of products would reach far too many numbers.
    const stated = [
      ...parts.map((m) => ({ value: m.value, period: m.period })),
      ...yearly.map((value) => ({ value, period: 'year' as const })),
    ];
    // An amount said with no period is one of the period its neighbour gives ("£327,888 a year … brings it to £299,376").
    for (const a of stated)
      for (const b of stated)
        if (
          a.value > b.value &&
          (a.period ?? b.period) === (b.period ?? a.period) &&
          a.value !== target.value &&
          b.value !== target.value
        )
          if (
            close(a.value - b.value) ||
            // "€1,235 a month instead of €1,032, so €2,436 more a year": a month's gap over a year.
            (target.period === 'year' &&
              a.period === 'month' &&
              b.period === 'month' &&
              close((a.value - b.value) * 12))
          )
            return true;
    if (swapped(target, grounded(), close)) return true;
    return spreadOrGrossed(target, grounded(), close, rounded, input);
  };

  const allowances = input.allowances ?? [];
  const known = [
    ...new Set([...counts, ...input.recordCounts, ...allowances, ...(input.quantities ?? [])]),
  ].filter((v) => v > 0);
  const countDerived = (value: number): boolean =>
    known.some(
      (a) =>
        known.some((b) => a !== b && (a - b === value || a + b === value)) ||
        percents.some((p) => p < 100 && Math.abs((a * p) / 100 - value) <= value * 0.02 + 0.5),
    );

  let changed = true;
  while (changed) {
    changed = false;
    for (const m of money) {
      const k = key(m);
      const f = blocked.get(k);
      if (!f || cleared.has(k) || f.check !== 'price') continue;
      if (moneyDerived(m)) {
        cleared.add(k);
        changed = true;
      }
    }
  }
  for (const c of input.figures) {
    const k = key(c);
    const f = blocked.get(k);
    if (
      c.type === 'count' &&
      c.unit !== 'seat' &&
      f?.check === 'count' &&
      (allowances.includes(c.value) || countDerived(c.value))
    )
      cleared.add(k);
  }
  // "Pro includes 15 office users, so 23 extra": a count of things the draft works out as a difference.
  for (const f of findings) {
    if (f.severity !== 'block' || f.check !== 'count' || cleared.has(key(f))) continue;
    const value = parseNumber(/^\S+/.exec(f.text)?.[0] ?? '');
    if (
      value !== undefined &&
      /\b(?:extra|more|additional|further|beyond|over)\b/i.test(f.text) &&
      countDerived(value)
    )
      cleared.add(key(f));
  }
  return findings.filter((f) => !cleared.has(key(f)));
}

/**
 * "That's £880.50 a month. On monthly billing the platform fee is £299 rather than £249, so £930.50":
 * a total stated earlier with one of its lines swapped for another the target's own sentence gives.
 * Why this stays safe: the two lines are amounts of the target's sentence, the total is one stated
 * before it for the same period, all three grounded, and the match is exact to the unit written.
 */
function swapped(
  target: Located & MoneyFigure,
  grounded: readonly (Located & MoneyFigure)[],
  close: (v: number) => boolean,
): boolean {
  if (target.perUnit || target.sentenceStart === undefined) return false;
  const samePeriod = (m: MoneyFigure) => (m.period ?? target.period) === (target.period ?? m.period);
  const mine = grounded.filter(
    (m) =>
      m !== target &&
      m.field === target.field &&
      m.sentenceStart === target.sentenceStart &&
      !m.perUnit &&
      samePeriod(m),
  );
  const totals = grounded.filter(
    (m) =>
      m.field === target.field &&
      m.end <= (target.sentenceStart ?? 0) &&
      !m.perUnit &&
      m.value !== target.value &&
      samePeriod(m),
  );
  return mine.some((a) =>
    mine.some((b) => a !== b && totals.some((t) => t !== a && t !== b && close(t.value + a.value - b.value))),
  );
}

/**
 * A grounded amount restated another way: a year's amount a month ("£54k a year, £4,500 a month if
 * you spread it"), over a multi-year term ("£28,512 a year, £85,536 across the term"), on top of the
 * deal's recorded total ("adding them brings the yearly total to £374,616"), or grossed up by a tax
 * the documents charge on top (or that tax alone). Each is one step from one amount, exact to the unit.
 */
function spreadOrGrossed(
  target: Located & MoneyFigure,
  grounded: readonly (Located & MoneyFigure)[],
  close: (v: number) => boolean,
  rounded: boolean,
  input: DerivationInput,
): boolean {
  const others = grounded.filter((m) => m !== target && m.value !== target.value && !m.perUnit);
  const yearly = others.filter((m) => m.period === 'year').map((m) => m.value);
  if (target.perUnit) return false;
  const monthly = target.period === 'month';
  if (monthly && yearly.some((v) => close(v / 12))) return true;
  if (!monthly && yearly.some((v) => (input.termYears ?? []).some((y) => close(v * y)))) return true;
  // The record's totals are yearly or whole-deal amounts: no month's.
  const records = monthly ? [] : (input.recordAmounts ?? []).filter((r) => r > 0 && r !== target.value);
  const lines = others.filter((m) => m.period !== 'month' && m.period !== 'once').map((m) => m.value);
  // A line added to the record is a total said as one, and exact: "about €82k" is near too many such sums.
  if (!rounded && input.saysTotal?.(target) && records.some((r) => lines.some((v) => close(r + v))))
    return true;
  const rates = input.taxRates?.(target) ?? [];
  const samePeriod = (m: MoneyFigure) => (m.period ?? target.period) === (target.period ?? m.period);
  const nets = [...others.filter(samePeriod).map((m) => m.value), ...records];
  return rates.some((rate) => nets.some((v) => close(v * (1 + rate / 100)) || close((v * rate) / 100)));
}

// A total sums the lines of one list or table, which sit right above it: no more of them than this.
const MAX_RUN = 8;

/**
 * The sums of the amounts right above `target` in its field (the last two, the last three, …): a
 * quote's "Total" line adds the lines it closes. Why this stays safe: only unbroken runs ending just
 * before the target count, so a target has at most MAX_RUN − 1 candidates (never a subset search),
 * every line in the run must itself be grounded, a price per seat or per unit in the run ("at €9 per
 * employee") is a rate, not a line, and is stepped over, and a reduction ("-$4,680") is taken off.
 */
export function runTotals<T extends Figure & { field: string; reduction?: boolean }>(
  money: readonly (T & MoneyFigure)[],
  target: T & MoneyFigure,
  isGrounded: (m: T & MoneyFigure) => boolean,
): number[] {
  const at = money.indexOf(target);
  const sums: number[] = [];
  let sum = 0;
  let lines = 0;
  // One period for the whole run: a month's line and a year's line add up to nothing.
  let period = target.period;
  for (let i = at - 1; i >= 0 && lines < MAX_RUN; i--) {
    const m = money[i]!;
    if (m.field !== target.field) break;
    if (m.perUnit) continue;
    // A one-off fee belongs to the year it is paid in ("year one"), as an amount of no period does.
    const recurring = m.period === 'once' ? undefined : m.period;
    if (recurring !== undefined && period !== undefined && recurring !== period) break;
    period = period ?? recurring;
    if (!isGrounded(m) || m.value === target.value) break;
    sum += m.reduction ? -m.value : m.value;
    lines++;
    if (lines >= 2) sums.push(sum);
  }
  return sums;
}
