/** Whether an amount follows from a documented price: list, per year, per term, discounted, or times a seat count. */
import type { GuardCitation } from '../guard-schema.ts';
import { type DealContext, moneyOnRecord } from '../index/deal-context.ts';
import type { DiscountProgramme } from '../index/discount-policy.ts';
import type { MoneyFact } from '../index/knowledge-facts.ts';
import { headCountsIn } from '../index/quantities.ts';
import { appliesTo } from '../support/programmes.ts';
import type { MoneyFigure, Period } from '../text/figures.ts';
import { currencyFamily, currencyNamed, sameCurrency, statedCurrencyNamed } from './fact-currency.ts';
import { statedPeriod, statedUnit } from './fact-period.ts';
import { statedRounding, writtenRounding, writtenStep } from './stated-rounding.ts';

export type MoneyContext = {
  /** Products the sentence names; empty when it names none. */
  skus: readonly string[];
  /** Seat counts on record or named in the draft, for totals. */
  counts: readonly number[];
  /** The amount is for the whole team, of these sizes: a documented total for another head count backs nothing. */
  team?: readonly number[];
  /** Discount percentages the draft states (checked against policy on their own). */
  discounts: readonly number[];
  /** Percentages of a size band the deal falls in: they take the plan's fee down, never an add-on's. */
  planOnly?: readonly number[];
  /** Programme discounts the draft invokes by their condition ("three-year term", "as a charity"). */
  programmes: readonly DiscountProgramme[];
  /** The amount is a reduction ("$11.85 below list", "saves you $1,200"), not a price. */
  reduction?: boolean;
  /** Term lengths the draft states, in months, for whole-term totals. */
  months: readonly number[];
  tolerance: number;
  /** The draft says "about", "roughly": rounding is expected. */
  approximate?: boolean;
  /** The sentence prices monthly billing ("if you preferred monthly billing"): a yearly price spread over twelve months is another line's. */
  monthlyBilling?: boolean;
  /** Products bought one to a customer for a period (a platform fee), never per seat or unit. */
  flatFees?: ReadonlySet<string>;
  /** Products judged on their own (the ones the sentence names): their prices back no other amount. */
  otherThan?: ReadonlySet<string>;
  /** The dollar most of the price book is in, where it has one: what a document's bare "$" means. */
  mainDollar?: string;
  /** Passages that state a competitor's prices (battlecards), which back no amount of ours. */
  rivalSources?: ReadonlySet<string>;
  /** Amounts the price book yields for a count the draft or the record gives (graduated tiers). */
  derived?: readonly MoneyFact[];
  /** Only facts from these passages back the amount (the account's order form, for what it pays today). */
  onlyFrom?: ReadonlySet<string>;
  /** The most units a price-book line's rate may be multiplied by (a graduated tier's size). */
  capacity?: (skus: readonly string[]) => number;
};

/** How many of `period` one list-price period makes: a monthly price is 12 per year. */
function periodFactors(
  base: Period | undefined,
  stated: Period | undefined,
  months: readonly number[],
): number[] {
  const perMonth: Record<Period, number> = { month: 1, quarter: 3, year: 12, once: Number.NaN };
  if (base === undefined || base === 'once') return stated === undefined || stated === 'once' ? [1] : [];
  if (stated !== undefined && stated !== 'once') return [perMonth[stated] / perMonth[base]];
  // No period stated: the amount may be per period, per year or for a whole term.
  return [...new Set([1, 3, 12, 24, 36, ...months].map((m) => m / perMonth[base]))];
}

const HALF_CENT = 0.006;

export function moneySupport(
  deal: DealContext,
  figure: MoneyFigure,
  context: MoneyContext,
): GuardCitation | undefined {
  // A price per seat is quoted to the cent; only a total is rounded further.
  const exact = figure.perUnit && !context.approximate;
  // "€36.6k" shows its hundreds: it rounds no further than €50, whatever "about" stands before it.
  const shownDigits = /\d\.\d+\s*k\b/i.test(figure.text)
    ? (writtenRounding(figure.text) ?? Number.POSITIVE_INFINITY)
    : Number.POSITIVE_INFINITY;
  // Exact to the unit a figure is written in: the euro of "€4,320", the cent of "€11.07" (a price
  // worked out to the cent is off by half a cent at most: $0.44 is no "$0.45").
  // "£10.00" shows its pence: a whole amount only when written without them.
  const whole =
    Number.isInteger(figure.value) && !/\d[.,]\d{2}\b(?!\d)/.test(figure.text.replace(/,\d{3}/g, ''));
  const step = whole ? 0.5 : HALF_CENT;
  const close = (candidate: number) =>
    exact
      ? // Half a cent, but no more than a twentieth of a sub-dollar rate: CAD 0.025 a message is no CAD 0.03.
        // A rate is quoted to the cent, never rounded to the dollar: "$52" is no $51.80, "$75" no 5% off $79.
        Math.abs(candidate - figure.value) <= Math.min(HALF_CENT, candidate * 0.05)
      : // Half a cent of rounding, but no more than a twentieth of a sub-dollar rate: $0.05 is not 2 × $0.03.
        // "About" rounds only as far as the figure's own digits do ("about £23k", not "about £21,991").
        Math.abs(candidate - figure.value) <=
        Math.min(
          shownDigits,
          Math.max(
            Math.min(HALF_CENT, candidate * 0.05),
            context.approximate
              ? Math.min(candidate * context.tolerance, statedRounding(figure.value, context.tolerance))
              : candidate * context.tolerance,
          ),
        );
  // A seat count times two stacked discounts can land near almost any figure: such a total must be
  // exact to the dollar, not merely within the rounding a plain total is allowed.
  const single = new Set([
    1,
    ...[...context.discounts, ...(context.planOnly ?? []), ...context.programmes.map((p) => p.percent)].map(
      (a) => 1 - a / 100,
    ),
  ]);
  // An amount is exact to the unit it is written in (15% off €6,500 is €5,525, not €5,500; "CHF 2,511"
  // is no CHF 2,500 fee) unless rounded in plain sight ("about", "£23k"). Half a percent of slack
  // around every product of a price, a count on record and a period backs nearly any figure, since a
  // deal's record holds many counts: 39 × 45 × 12 is £21,060, within 0.5% of a wrong £21,160.
  const openlyRounded = context.approximate === true || /\d\s*k\b/i.test(figure.text);
  const closeFor = (candidate: number, discount: number, count: number) =>
    count > 1 && !single.has(discount) && !single.has(1 - discount)
      ? Math.abs(candidate - figure.value) <= step
      : !openlyRounded && !figure.perUnit
        ? Math.abs(candidate - figure.value) <= step && close(candidate)
        : close(candidate);
  for (const [value, citation] of moneyOnRecord(deal)) if (closeFor(value, 1, 1)) return citation;
  // A CRM keeps a deal's amount in whole units: "NZD 35,642.40" is the amount it records as 35,642.
  for (const [value, citation] of deal.crm.money)
    if (
      !figure.perUnit &&
      Number.isInteger(value) &&
      Math.abs(value - figure.value) < 1 &&
      !Number.isInteger(figure.value)
    )
      return citation;

  const { discounts: policy, addOns } = deal.facts;
  // A programme applies only where the draft invokes it, one at a time unless the documents let
  // them combine; a discount the draft states may sit on top (the discount check judges that).
  const factorsFor = (programmes: readonly number[], stated: readonly number[]) => {
    const factors = new Set<number>([1]);
    for (const a of [...programmes, ...stated]) factors.add(1 - a / 100);
    // A programme the draft also names by its percentage ("the 5% multi-year discount") is one discount, not two.
    for (const a of programmes)
      for (const b of stated) if (a !== b) factors.add((1 - a / 100) * (1 - b / 100));
    for (const a of stated) for (const b of stated) if (a !== b) factors.add((1 - a / 100) * (1 - b / 100));
    if (!policy.noStacking)
      for (const a of programmes)
        for (const b of programmes) if (a !== b) factors.add((1 - a / 100) * (1 - b / 100));
    return [...factors];
  };
  // What a discount takes off: list × the percentage, or list minus the discounted price.
  const off = (factors: number[]) =>
    context.reduction ? factors.filter((f) => f < 1).map((f) => 1 - f) : factors;
  // A programme the documents say covers add-ons too ("4% off the edition and add-on fees") does,
  // whatever the policy says of programmes in general.
  const addOnFactors = off(
    factorsFor(
      context.programmes.filter((p) => !policy.notOnAddOns || p.onAddOns).map((p) => p.percent),
      context.discounts,
    ),
  );
  const planFactors = (skus: readonly string[]) =>
    off(
      factorsFor(
        context.programmes
          .filter((p) => skus.length === 0 || skus.some((s) => appliesTo(p, s)))
          .map((p) => p.percent),
        [...new Set([...context.discounts, ...(context.planOnly ?? [])])],
      ),
    );
  // A price per seat is a price per seat: only a total multiplies by a seat count.
  const counts = figure.perUnit ? [1] : [1, ...context.counts.filter((c) => c > 0)];
  // A price stated in dollars backs no amount in pounds, nor one in Canadian dollars an amount in US
  // dollars: skip a fact whose words give it in another currency.
  // A bare "$" is the deal's own dollar ("$32,000" on a US deal is no C$32,000), and a document's bare "$"
  // the price book's main dollar where the book lists another dollar too ("$60 (C$80)").
  const dollar = (code: string | undefined, as: string | undefined) =>
    code === 'dollar' && as !== undefined && currencyFamily(as) === 'dollar' ? as : code;
  const named = dollar(
    currencyNamed(figure.currency ?? (figure.text.includes('$') ? '$' : undefined)),
    deal.opportunity.currency,
  );
  // "$6 per 1,000 test runs" where the documents sell $6 per 10,000: the price of another block.
  const block = blockOf(figure.text);
  const blocks = new Map<string, number>();
  for (const f of deal.facts.money)
    if (f.perQuantity) for (const s of f.skus) blocks.set(`${s}|${f.value}`, f.perQuantity);
  // A price-book line states no block; a document stating the same price of the same product does.
  const otherBlock = (fact: (typeof deal.facts.money)[number]) => {
    if (block === undefined) return false;
    const documented =
      fact.perQuantity ?? fact.skus.map((s) => blocks.get(`${s}|${fact.value}`)).find((b) => b);
    return documented !== undefined && documented !== block;
  };
  for (const fact of [...deal.facts.money, ...(context.derived ?? [])]) {
    if (fact.citation.source === 'chunk' && context.rivalSources?.has(fact.citation.id)) continue;
    if (context.onlyFrom && !context.onlyFrom.has(fact.citation.id)) continue;
    // 4.5p a label times a volume is exact to the place the amount is written to: a whole "£259" it
    // only nears is another amount.
    const fits = (candidate: number, discount: number, count: number) =>
      fact.value < 1 && count > 1 && !openlyRounded
        ? Math.abs(candidate - figure.value) <= Math.min(HALF_CENT, writtenStep(figure.text))
        : closeFor(candidate, discount, count);
    const factCurrency = named && dollar(statedCurrencyNamed(fact.value, fact.citation), context.mainDollar);
    if (named && factCurrency && !sameCurrency(named, factCurrency)) continue;
    if (otherBlock(fact)) continue;
    if (context.team && !ofTeam(fact, context.team)) continue;
    if (fact.skus.length > 0 && fact.skus.every((s) => context.otherThan?.has(s))) continue;
    if (context.skus.length > 0 && fact.skus.length > 0 && !fact.skus.some((s) => context.skus.includes(s)))
      continue;
    const factors =
      fact.skus.length > 0 && fact.skus.every((s) => addOns.has(s)) ? addOnFactors : planFactors(fact.skus);
    // An amount a document states on no product and with no period (an order form's total line, its
    // period in the column heading) backs the same amount whatever period the draft gives it.
    if (fact.skus.length === 0 && fact.period === undefined && !figure.perUnit && closeFor(fact.value, 1, 1))
      return fact.citation;
    // "Minimum monthly fee: €400": a price-book row read into facts keeps its period in its label.
    // Only for a total that states its own period ("€400 a month", "€4,800 a year"), so the period
    // gives one factor: with none stated, a monthly fact would be tried per quarter, year and term.
    // A price per seat is the price book's own line, which carries its period.
    const factPeriod =
      fact.period ??
      (fact.skus.length > 0 && !figure.perUnit && figure.period !== undefined && figure.period !== 'once'
        ? statedPeriod(fact.value, fact.citation)
        : undefined);
    const flat = isFlatFee(fact, context.flatFees);
    // "$22 per 1,000 SMS, billed monthly": a usage rate's period is when it is billed, not what it costs.
    const said = block !== undefined && factPeriod === undefined ? undefined : figure.period;
    for (const period of periodFactors(factPeriod, said, context.months)) {
      if (context.monthlyBilling && factPeriod === 'year' && period < 1) continue;
      // A month's share of a yearly platform fee is no price per head: five times it is no fee at all.
      // A rate read of no product times a count backs nothing said of a product the sentence names.
      const uncounted =
        fact.perQuantity !== undefined ||
        fact.forCount !== undefined ||
        (flat && period < 1) ||
        (fact.skus.length === 0 && context.skus.length > 0);
      const capacity = context.capacity?.(fact.skus) ?? Number.POSITIVE_INFINITY;
      for (const discount of factors) {
        // "$240 per 100 GB" is priced by its own volume (below), never by the seat: 30 seats × $240 is no fee.
        for (const count of uncounted ? [1] : counts)
          if (count <= capacity && fits(fact.value * period * discount * count, discount, count))
            return fact.citation;
      }
    }
    // "$400 per 1,000 documents", so 20,000 documents come to $8,000: whole blocks of a stated volume.
    // Only for the product the sentence prices: a volume price on no product ("$240 per 100 GB") times
    // any volume on record would back nearly any amount said of a named product.
    const ownsVolume = context.skus.length === 0 || fact.skus.length > 0;
    if (fact.perQuantity && !figure.perUnit && ownsVolume)
      for (const discount of factors)
        for (const count of counts)
          if (count > fact.perQuantity && count % fact.perQuantity === 0)
            if (closeFor(fact.value * (count / fact.perQuantity) * discount, discount, 2))
              return fact.citation;
    // A price per GB or per run has no period of its own: times a monthly volume it is a monthly amount.
    // A fee its own words say is paid once ("Onboarding fee (one-off): CHF 6,000") is no such rate.
    if (
      context.skus.length > 0 &&
      fact.period === undefined &&
      !fact.perQuantity &&
      statedPeriod(fact.value, fact.citation) !== 'once' &&
      figure.period !== undefined &&
      figure.period !== 'once' &&
      !figure.perUnit
    )
      // A rate of no product ("€20 per block") times a volume and a discount would reach nearly any
      // amount said of a named one: it joins only at list.
      for (const discount of fact.skus.length > 0 ? factors : [1])
        for (const count of counts)
          if (count > 1 && fits(fact.value * discount * count, discount, count)) return fact.citation;
  }
  return undefined;
}

/** Whether a documented price is a flat fee: the price book's line for one, or words giving no unit ("CHF 2,400 per year"). */
function isFlatFee(fact: MoneyFact, flatFees: ReadonlySet<string> | undefined): boolean {
  if (fact.skus.length > 0) return flatFees !== undefined && fact.skus.every((s) => flatFees.has(s));
  return statedUnit(fact.value, fact.citation) === 'flat';
}

/** The block a price is stated for: "$6 per 1,000 test runs" → 1,000; none for "per GB" or "a month". */
function blockOf(text: string): number | undefined {
  const m = /\bper\s+(\d[\d,]*)\s*\p{L}/iu.exec(text);
  const n = m ? Number(m[1]!.replace(/,/g, '')) : Number.NaN;
  return Number.isFinite(n) && n > 1 ? n : undefined;
}

/** Whether a documented amount is for one of these head counts, or states none ("Quantity: 20 agents … $5,760" is for 20). */
function ofTeam(fact: MoneyFact, team: readonly number[]): boolean {
  const heads = headCountsIn(fact.citation.quote ?? '');
  return heads.length === 0 || heads.some((h) => team.includes(h));
}
