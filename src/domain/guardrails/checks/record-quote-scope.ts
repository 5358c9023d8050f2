/**
 * Reads a deal for a quote built on its recorded yearly amount (see `recordQuoteTotals`): the plan
 * lines its name or the figure's sentence names, and the one-off lines a first year may carry. A
 * line joins when the draft speaks of it ("onboarding", "the gateways"), a plan's own onboarding only
 * for the plan named; a figure said of the first year ("year one would be CHF 32,040") carries the
 * named plan's onboarding and hardware for the deal's own size ("14 sites") without listing them.
 */
import { stem, stems } from '../../knowledge/text-tokens.ts';
import { type DealContext, moneyOnRecord } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import type { CatalogProduct } from '../index/product-catalog.ts';
import { quantitiesIn } from '../index/quantities.ts';
import type { MoneyFigure } from '../text/figures.ts';
import { type OneOffLine, recordQuoteTotals } from './record-quotes.ts';
import { statedRounding, writtenRounding } from './stated-rounding.ts';

export type RecordQuoteInput = {
  /** Products the figure's sentence names. */
  planSkus: readonly string[];
  /** Stems of every word the author wrote. */
  said: ReadonlySet<string>;
  /** The figure's sentence. */
  sentence: string;
  /** The figure is rounded in plain sight ("about", "CHF 31.6k"). */
  rounded: boolean;
  /** Counts the draft states. */
  counts: readonly number[];
  /** Discounts the draft invokes or states, in percent. */
  quotePercents: readonly number[];
  /** Term lengths the draft states, in months. */
  termMonths: readonly number[];
};

const FIRST_YEAR = /\b(?:year (?:one|1)|first year|1st year|initial year)\b/i;
const TIME_WORD = /^(?:day|week|month|year|hour)s?$/i;

/** The common noun a line is bought by, from its name: "TG-2 Edge Gateway" → gateway, "Remote training day" → training. */
function lineNoun(product: CatalogProduct, sellerName: string): string | undefined {
  const seller = new Set(stems(sellerName));
  const base = product.name.split(/[(,]/)[0] ?? '';
  const words = base.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w) && !seller.has(stem(w)));
  const last = words.at(-1);
  const noun = last && TIME_WORD.test(last) && words.length > 1 ? words.at(-2) : last;
  return noun ? stem(noun) : undefined;
}

/** The one-off lines of the book a first year of this quote may carry, each at the counts it may be bought at. */
function oneOffLines(
  index: GuardIndex,
  deal: DealContext,
  book: readonly CatalogProduct[],
  planFamilies: ReadonlySet<string>,
  input: RecordQuoteInput,
): OneOffLine[] {
  const firstYear = !input.rounded && FIRST_YEAR.test(input.sentence);
  const ownSize = quantitiesIn(deal.opportunity.name).map((q) => q.value);
  const sizes = [
    ...ownSize,
    ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
    ...deal.thread.counts.keys(),
    ...input.counts,
  ];
  return book
    .filter((p) => p.period === 'once' || p.period === undefined)
    .flatMap((p) => {
      // "Onboarding, Ridge" is the Ridge plan's: no line of a plan the quote is not for.
      // Read part by part: the whole name is the line's own, and the longest name wins a mention.
      const ofPlans = p.name
        .split(/[,()]/)
        .flatMap((part) => index.catalog.mentions(part))
        .filter((m) => !(index.catalog.lines.get(p.sku) ?? [p.sku]).includes(m.sku));
      if (ofPlans.length > 0 && !ofPlans.some((m) => planFamilies.has(m.sku))) return [];
      const noun = lineNoun(p, index.sellerName);
      const spoken = noun !== undefined && input.said.has(noun);
      if (!spoken && !firstYear) return [];
      const fixed = p.period === 'once' || /\bone[\s-]?off\b/i.test(p.unit ?? '');
      if (fixed) return ofPlans.length > 0 || spoken ? [{ price: p.listPrice, counts: [1] }] : [];
      const counted = noun ? [...(deal.thread.quantities.get(noun)?.keys() ?? [])] : [];
      const counts = spoken ? [1, ...sizes, ...counted] : ownSize;
      return counts.length > 0 ? [{ price: p.listPrice, counts }] : [];
    });
}

export function isRecordQuoteTotal(
  index: GuardIndex,
  deal: DealContext,
  figure: MoneyFigure,
  input: RecordQuoteInput,
): boolean {
  if (figure.period === 'month') return false;
  const records = moneyOnRecord(deal)
    .map(([v]) => v)
    .filter((v) => v > 0);
  if (records.length === 0) return false;
  const book = index.catalog.products.filter(
    (p) => p.currency === deal.opportunity.currency && p.bands.length === 0 && !p.perSeat,
  );
  const planFamilies = new Set(
    [...index.catalog.mentions(deal.opportunity.name).map((m) => m.sku), ...input.planSkus].flatMap(
      (sku) => index.catalog.lines.get(sku) ?? [sku],
    ),
  );
  // Only a plan's own fee carries a programme discount: an add-on the deal names is no plan line.
  const plans = book.filter(
    (p) => planFamilies.has(p.sku) && p.period === 'year' && !deal.facts.addOns.has(p.sku),
  );
  const factor = (p: number) => 1 - p / 100;
  const approved = deal.approvals.flatMap((a) => (a.percent === undefined ? [] : [a.percent]));
  const totals = recordQuoteTotals({
    records,
    // A rounded figure is the record as it stands: re-pricing it too would reach any amount near it.
    planPrices: input.rounded ? [] : plans.map((p) => p.listPrice),
    recordFactors: [1, ...deal.facts.discounts.programmes.map((p) => p.percent), ...approved].map(factor),
    quoteFactors: [1, ...input.quotePercents].map(factor),
    years: input.termMonths.filter((m) => m >= 24 && m % 12 === 0).map((m) => m / 12),
    oneOffs: oneOffLines(index, deal, book, planFamilies, input),
  });
  const slack = input.rounded
    ? (writtenRounding(figure.text) ?? statedRounding(figure.value, index.config.approximateTolerance))
    : Number.isInteger(figure.value)
      ? 0.5
      : 0.011;
  return totals.some((t) => Math.abs(t - figure.value) <= slack);
}
