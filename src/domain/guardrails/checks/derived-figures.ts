/**
 * Figures a draft works out from its own grounded figures: a rep who writes "the first 500 GB at
 * $0.40 and the next 1,500 GB at $0.30, so $650 a month, plus the $400 platform fee: $1,050, or
 * $12,600 a year" states one price list and three sums. Each sum is as grounded as its parts.
 */
import type { GuardFinding } from '../guard-schema.ts';
import type { Figure, MoneyFigure } from '../text/figures.ts';

type Located = Figure & {
  field: 'subject' | 'body';
  approximate?: boolean;
  /** The amount is what a discount takes off ("-$4,680", "a saving of $900"), not a price. */
  reduction?: boolean;
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
  /** Relative rounding allowed for a total ("about", "$40k"). */
  approximateTolerance: number;
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
  const cleared = new Set<string>();
  const grounded = () => money.filter((m) => !blocked.has(key(m)) || cleared.has(key(m)));

  // A figure the draft itself may have derived, from the figures it has already grounded.
  const moneyDerived = (target: Located & MoneyFigure): boolean => {
    const rounded = ROUNDED.test(target.text) || target.approximate === true;
    const tolerance = Math.max(0.011, target.value * (rounded ? input.approximateTolerance : 0.001));
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
    // The same amount stated twice backs neither; a price per seat times a stated count does back a total.
    const own = [
      ...parts.map((m) => m.value).filter((v) => v !== target.value),
      ...parts.flatMap((m) => counts.filter((c) => c > 1).map((c) => m.value * c)),
    ].filter((v) => v > 0);
    // A sentence naming a few products may add their list prices, per seat, to a figure it grounded
    // ("Team plus the $1,000 assistant": 40 × $49 + $1,000); the price book alone sums to nothing.
    const prices = input.listPrices?.(target) ?? [];
    const listed = (prices.length <= MAX_BASE_TERMS ? prices : [])
      .flatMap((b) => [b, ...counts.filter((c) => c > 1).map((c) => b * c)])
      .filter((v) => v > 0 && v !== target.value);
    const terms = [...own, ...listed];
    for (let i = 0; i < own.length; i++) {
      if (scaled(terms[i]!)) return true;
      for (let j = i + 1; j < terms.length; j++) {
        if (scaled(terms[i]! + terms[j]!)) return true;
        for (let k = j + 1; k < terms.length; k++) if (scaled(terms[i]! + terms[j]! + terms[k]!)) return true;
      }
    }
    return false;
  };

  const known = [...new Set([...counts, ...input.recordCounts])].filter((v) => v > 0);
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
    if (c.type === 'count' && c.unit !== 'seat' && f?.check === 'count' && countDerived(c.value))
      cleared.add(k);
  }
  return findings.filter((f) => !cleared.has(key(f)));
}
