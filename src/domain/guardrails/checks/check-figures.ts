/** Figures: every price, percentage, count, duration and date a draft states must agree with a record. */
import { stem, stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import { type DealContext, moneyOnRecord } from '../index/deal-context.ts';
import { durationInDays } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { isInternalDocument } from '../index/internal-documents.ts';
import { headCountsIn, quantitiesIn } from '../index/quantities.ts';
import { isSaidWithTax, TAX_WORD, taxRatesIn } from '../index/tax-rates.ts';
import {
  bandedAmounts,
  discountsFor,
  type QuantityDiscount,
  quantityDiscounts,
} from '../index/volume-tiers.ts';
import { isDiscountPercent } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { programmesNamed } from '../support/programmes.ts';
import { blankOut } from '../text/blank-out.ts';
import { isAskingOnly, reportsCustomer } from '../text/claim-context.ts';
import type { CountFigure, Figure, MoneyFigure } from '../text/figures.ts';
import { priceFactors } from '../text/figures.ts';
import { linearizeTables } from '../text/tables.ts';
import { addOnsSpokenOf, passageOf } from './add-ons-spoken.ts';
import { isCountDifference } from './count-differences.ts';
import { dateProblem, meetingWeekdayProblems, monthProblem } from './date-claims.ts';
import { dropDerived } from './derived-figures.ts';
import { discountScopeProblems } from './discount-scope.ts';
import { durationProblem } from './duration-claims.ts';
import {
  APPROXIMATE,
  approvedPercents,
  type DraftFigures,
  isApproximate,
  REDUCTION_AFTER,
  REDUCTION_BEFORE,
  seatCounts,
} from './figure-context.ts';
import { planAllowanceTotals, planMixTotals } from './line-mix-totals.ts';
import { measureProblems } from './measure-claims.ts';
import { meetingTimeProblems } from './meeting-times.ts';
import { moneyProblem } from './money-problem.ts';
import { ownCountProblems, recordSeatCounts } from './own-counts.ts';
import { CONDITIONAL, ownedElsewhere, quantityProblems } from './plan-figures.ts';
import { isEffectiveRate, isPriceRatio } from './price-ratios.ts';
import { isPricedCount } from './priced-counts.ts';
import { kindOf, productsOfKind } from './products-by-kind.ts';
import { usageCountProblems } from './usage-counts.ts';

const COUNT_FACT =
  /\b(?:your|you have|you've|you're|you are|licensed|current(?:ly)?|today|existing|contract|agreement|subscription|renewal|active|using|used|usage|hit|reached|bought|purchased|own)\b/i;
// A statement of the contract's size: it must give the licensed seats exactly, not any count on record.
const LICENSED =
  /\b(?:licensed|licen[cs]es? (?:for|cover)|contract(?:ed)? (?:for|covers)|agreement (?:for|covers)|subscription (?:for|covers)|order form (?:is for|covers)|entitled to|paying for|pay for)\b/i;
const CHANGE =
  /\b(?:add\w*|additional|more|extra|expan\w*|grow\w*|brings? (?:you|it|the total|that) to|takes? you to|would|will be|new total|in total|total of|upgrad\w*|increas\w*|up to)\b/i;
// The seller's own history ("we have been in business since 2009") is a claim to check.
const ABOUT_US = /\b(?:we|we've|we're|our|us)\b/i;
const SEAT_STEM = /^(?:seat|user|licen[cs]|agent|member|login)/;
// The customer's own count: a documented plan limit says nothing about how many seats they have.
const YOUR_COUNT =
  /\b(?:your|you have|you've|you're|you are|you now have|licensed for|current(?:ly)?|existing|using|bought|purchased)\s+(?:[\w-]+\s+){0,2}$/i;

// A sentence that gives its amount as a sum of others: "brings the yearly total to", "all in".
const TOTAL_WORDS =
  /\b(?:total|totals|brings?|bringing|adding|adds|all in|altogether|in all|overall|comes? to)\b/i;
const EXAMPLE = /\b(?:say|e\.g\.|for example|for instance|suppose|imagine)\b[,:]?\s*$/i;

const near = (
  value: number,
  map: ReadonlyMap<number, GuardCitation>,
  tolerance = 0,
): GuardCitation | undefined => {
  for (const [v, c] of map) if (Math.abs(v - value) <= tolerance) return c;
  return undefined;
};

export function checkFigures(index: GuardIndex, deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const all = analysis.clauses.flatMap((c) => c.figures);
  const draftCounts = all.flatMap((f) => (f.type === 'count' ? [f.value] : []));
  // A percentage the price list gives as a volume band ("after 15% and then 12%") is a discount a
  // price may be worked out under, however the draft words it: the band is documented, not offered.
  const bands = new Set(deal.facts.discounts.volumeBands ?? []);
  const draftDiscounts = analysis.clauses.flatMap((c) =>
    c.figures.flatMap((f) =>
      f.type === 'percent' && (isDiscountPercent(textOf(analysis, c), f) || bands.has(f.value))
        ? [f.value]
        : [],
    ),
  );
  // Percentages a price is worked out under: said in a sentence that states an amount, and not as a
  // bound ("anything beyond 10% needs approval" names a limit, not a discount taken).
  const workedUnder = (c: DraftClause) => {
    const priced = analysis.clauses.some(
      (o) =>
        o.field === c.field &&
        o.sentence.start === c.sentence.start &&
        o.figures.some((f) => f.type === 'money'),
    );
    const text = textOf(analysis, c);
    return c.figures.flatMap((f) =>
      f.type === 'percent' &&
      priced &&
      !/\b(?:beyond|above|over|more than|up to|at most|exceed\w*|under|below|less than)\s*$/i.test(
        text.slice(Math.max(0, f.start - 20), f.start),
      )
        ? [f.value]
        : [],
    );
  };
  const draftPercents = new Set(analysis.clauses.flatMap(workedUnder));
  const draftMonths = all.flatMap((f) =>
    f.type === 'duration' ? [durationInDays(f.value, f.unit) / 30] : [],
  );
  const programmes = [
    ...new Set([
      ...programmesNamed(
        deal.facts.discounts.programmes,
        `${analysis.draft.subject}\n${analysis.draft.body}`,
        draftMonths.map((m) => m * 30),
      ),
      // A deal the CRM files under a programme ("Orchard: Team (nonprofit)") is priced under it.
      ...programmesNamed(
        deal.facts.discounts.programmes.filter((p) => p.durationDays === undefined),
        deal.opportunity.name,
        [],
      ),
      // "Complete, year 1 (after 15% and 4%)": a programme the draft names by its percentage alone
      // (the annual prepay's 4%). Whether it applies is the discount check's to judge; the price is
      // worked out under it, on the lines the programme covers, and under no other percentage.
      ...deal.facts.discounts.programmes.filter((p) => draftPercents.has(p.percent)),
    ]),
  ];
  // The band of the quantity discount table the deal's size falls in: "Calder Freight: Pro, 140 vans"
  // is priced 5% below list without the draft saying so. Sizes the deal states (its name, licensed
  // seats, counts on its thread) and the draft's own counts, never a bare number ("ISO 27001").
  const sizes = [
    ...quantitiesIn(deal.opportunity.name).map((q) => q.value),
    ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
    ...deal.thread.counts.keys(),
    ...draftCounts,
  ];
  const bandDiscounts = discountsFor(quantityTable(index, deal), sizes);
  const ofKindNear = (c: DraftClause) => {
    const passage = passageOf(analysis, c);
    const named = new Set(index.catalog.mentions(passage).map((m) => m.sku));
    return productsOfKind(
      index.catalog.products,
      index.sellerName,
      passage,
      named,
      deal.opportunity.currency,
    );
  };
  const said = new Set(analysis.clauses.flatMap((c) => stems(c.text)));
  for (const clause of analysis.clauses) {
    // "The note mentioned a 35% partner rate and C$77 a terminal": the note's figures, told back.
    if (clause.reported) continue;
    for (const figure of clause.figures) {
      const problem = figureProblem(index, deal, analysis, clause, figure, {
        draftCounts,
        draftDiscounts,
        draftMonths,
        programmes,
        bandDiscounts,
        addOnsNear: (c) => addOnsSpokenOf(index, deal, passageOf(analysis, c)),
        said,
        ofKindNear,
        passageProducts: (c) => [
          ...new Set(index.catalog.mentions(passageOf(analysis, c)).map((m) => m.sku)),
        ],
        referent: (c) => referentOf(analysis, c),
        // "3,000 learners puts you in the 10% volume band, so £9.90": a documented percentage the
        // sentence works its price out under (the percent check judges that it is documented for this).
        sentencePercents: (c) =>
          analysis.clauses
            .filter((o) => o.field === c.field && o.sentence.start === c.sentence.start)
            .flatMap(workedUnder)
            .filter((p) => deal.facts.percents.has(p)),
        sentenceProducts: (c) => sentenceSoFar(analysis, c).flatMap((o) => o.products.map((p) => p.sku)),
        sentenceTerms: (c) => sentenceSoFar(analysis, c).flatMap((o) => o.terms),
      });
      if (problem) findings.push(problem);
    }
    findings.push(...quantityProblems(index, deal, analysis, clause));
    findings.push(...measureProblems(index, deal, analysis, clause));
    findings.push(...ownCountProblems(index, deal, clause));
    findings.push(...usageCountProblems(index, deal, clause));
    findings.push(...meetingWeekdayProblems(index, deal, clause));
    findings.push(...meetingTimeProblems(index, deal, clause));
  }
  // What a discount is given on needs the price book (plan lines, add-on names), which this check holds.
  findings.push(...discountScopeProblems(index, deal, analysis));
  const percents = [
    ...draftDiscounts,
    ...bandDiscounts,
    ...programmes.map((p) => p.percent),
    ...approvedPercents(deal, draftMonths),
  ];
  const recordCounts = [
    ...deal.thread.counts.keys(),
    ...deal.crm.counts.keys(),
    ...deal.thread.numbers.keys(),
  ];
  const surcharges = [...deal.facts.surcharges.keys()].map((p) => 1 + p / 100);
  const located = analysis.clauses.flatMap((c) =>
    c.figures.map((f) => {
      const text = textOf(analysis, c);
      const approximate = isApproximate(text, f);
      const reduction =
        f.type === 'money' &&
        (/(?:[-−–]|\bminus|\bless)\s*$/i.test(text.slice(Math.max(0, f.start - 8), f.start)) ||
          REDUCTION_AFTER.test(text.slice(f.end, f.end + 30)) ||
          REDUCTION_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)));
      return { ...f, field: c.field, clause: c, approximate, reduction, sentenceStart: c.sentence.start };
    }),
  );
  // A sentence that names a plan (or a kind of hardware) is priced from its lines only; one that names none, from any.
  const cache = new Map<DraftClause, number[]>();
  const basesFor = (clause: DraftClause) => {
    let found = cache.get(clause);
    if (!found) {
      const inSentence = analysis.clauses
        .filter((o) => o.field === clause.field && o.sentence.start === clause.sentence.start)
        .flatMap((o) => o.products.map((p) => p.sku));
      const named = inSentence
        .filter((sku) => !deal.facts.addOns.has(sku))
        .flatMap((sku) => index.catalog.lines.get(sku) ?? [sku]);
      // "£18k a year for trackers": a sentence that names no plan but a kind of thing sold is priced
      // from that kind's lines, never from every line of the book times every volume on record.
      if (named.length === 0) named.push(...ofKindNear(clause));
      found = [
        ...pricedBases(
          index,
          deal,
          [...draftCounts, ...recordCounts],
          surcharges,
          new Set(named),
          draftCounts,
          siblingsOf(index, inSentence),
        ),
        // "Firm for 34 fee-earners and 18 support staff": each kind of seat at its own line's rate, on
        // the plan the sentence names or the one the deal is for.
        ...planMixTotals(deal, new Set([...named, ...dealPlanLines(index, deal)]), analysis.draft.body),
      ];
      cache.set(clause, found);
    }
    return found;
  };
  // The list prices of the products a sentence names, add-ons it speaks of included ("in total with
  // the Library"), or those of the passage's add-ons where the sentence names no plan.
  const listPricesFor = (clause: DraftClause) => {
    const skus = analysis.clauses
      .filter((o) => o.field === clause.field && o.sentence.start === clause.sentence.start)
      .flatMap((o) => o.products.map((p) => p.sku));
    const spoken = addOnsSpokenOf(
      index,
      deal,
      skus.length > 0 ? passageOf(analysis, clause) : clause.sentence.text,
    );
    const named = new Set([...skus, ...spoken]);
    return index.catalog.products.filter((p) => named.has(p.sku)).map((p) => p.listPrice);
  };
  return dropDerived(findings, {
    figures: located,
    recordCounts,
    factors: [1, ...percents.map((p) => 1 - p / 100)],
    bases: (f) => basesFor((f as (typeof located)[number]).clause),
    listPrices: (f) => listPricesFor((f as (typeof located)[number]).clause),
    quantitiesNear: (f) => {
      const sentence = (f as (typeof located)[number]).clause.sentence.text;
      return [
        ...quantitiesIn(sentence).map((q) => q.value),
        ...headCountsIn(sentence),
        ...priceFactors(sentence),
      ];
    },
    percentsNear: (f) => {
      const { clause } = f as (typeof located)[number];
      const sentences = new Set([clause.sentence.start, ...rateSentencesOf(analysis, clause)]);
      return (
        analysis.clauses
          .filter((c) => c.field === clause.field && sentences.has(c.sentence.start))
          .flatMap((c) => c.figures.flatMap((g) => (g.type === 'percent' ? [g.value] : [])))
          // A documented rate only: a worked-out one ("about 3% overall") would vouch for its own amount.
          .filter((p) => deal.facts.percents.has(p))
      );
    },
    approximateTolerance: index.config.approximateTolerance,
    recordAmounts: moneyOnRecord(deal).map(([v]) => v),
    saysTotal: (f) => TOTAL_WORDS.test((f as (typeof located)[number]).clause.sentence.text),
    sizes: dealSizes(deal),
    // A gross amount only where the draft speaks of the tax: a net price times 1.2 is no price otherwise.
    // The draft's own rate counts too ("Austin's 8.25% sales tax adds…"): a local tax is the law's
    // figure, which the documents only say is charged on top.
    taxRates: (f) => {
      const passage = passageOf(analysis, (f as (typeof located)[number]).clause);
      if (!TAX_WORD.test(passage)) return [];
      const documented = documentedTaxRates(index);
      return documented.taxed ? [...documented.rates, ...taxRatesIn(passage)] : documented.rates;
    },
    termYears: draftMonths.filter((m) => m >= 24).map((m) => m / 12),
    allowances: seatAllowances(index, deal, analysis),
    quantities: quantitiesIn(analysis.draft.body).map((q) => q.value),
  });
}

/** The clauses of a clause's sentence up to and including it. */
const sentenceSoFar = (analysis: DraftAnalysis, c: DraftClause) =>
  analysis.clauses.filter(
    (o) => o.field === c.field && o.sentence.start === c.sentence.start && o.start <= c.start,
  );

// "It's £5 per camera per month", "That comes to £9 a van", "On an annual plan it's $22": a subject
// that points back a sentence, after a short phrase that says on what terms.
const POINTING_SUBJECT =
  /^\s*(?:(?:on|with|for|at|under|in)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+)?(?:it|that|this)(?:'s|’s|\s+is|\s+costs?|\s+comes?\s+(?:in\s+)?(?:at|to)|\s+runs?(?:\s+at)?)\s/i;

// "On the Customer Portal: it's available on Operations, and it is priced per technician at $6": a
// sentence that opens by naming its topic, and a clause of it that points back to the topic.
const TOPIC_LABEL = /^\s*(?:on|about|re|regarding|as for|as to)\s+(?:the\s+|your\s+)?[^:\n]{2,60}:/i;
const POINTING_CLAUSE = /^\s*(?:(?:and|but|so)\s+)?(?:it|that|this)(?:'s|’s|\s+is|\s+costs?|\s+runs?)\s/i;

/**
 * The last product the sentence before names, when this clause opens its sentence with a pointing
 * subject; or the product a topic label opening the sentence names, when the clause points back to it.
 */
function referentOf(analysis: DraftAnalysis, clause: DraftClause) {
  const topic = TOPIC_LABEL.exec(clause.sentence.text);
  if (topic && POINTING_CLAUSE.test(clause.text))
    return analysis.clauses
      .filter((o) => o.sentence.start === clause.sentence.start)
      .flatMap((o) => o.products)
      .find((p) => p.end <= clause.sentence.start + topic[0].length);
  if (clause.start !== clause.sentence.start || !POINTING_SUBJECT.test(clause.sentence.text))
    return undefined;
  const before = analysis.clauses.filter(
    (o) => o.field === clause.field && o.sentence.end <= clause.sentence.start,
  );
  const previous = before.at(-1)?.sentence.start;
  return before
    .filter((o) => o.sentence.start === previous)
    .flatMap((o) => o.products)
    .at(-1);
}

/**
 * What the seats of the plans the deal and the draft name include between them (3,580 GB for 34
 * fee-earners at 100 GB and 18 support staff at 10 GB), each plan on its own: Chambers' 50 GB a
 * fee-earner is no part of a Firm total.
 */
function seatAllowances(index: GuardIndex, deal: DealContext, analysis: DraftAnalysis): number[] {
  const plans = [
    ...index.catalog.mentions(deal.opportunity.name),
    ...analysis.clauses.flatMap((c) => c.products),
  ];
  const families = new Set(plans.map((p) => (index.catalog.lines.get(p.sku) ?? [p.sku]).join(' ')));
  return [...families].flatMap((lines) =>
    planAllowanceTotals(deal, new Set(lines.split(' ')), analysis.draft.body),
  );
}

/** The lines of the plans the deal's name gives ("Quinlan Moran: Firm edition, 34 fee-earners"). */
function dealPlanLines(index: GuardIndex, deal: DealContext): string[] {
  return index.catalog
    .mentions(deal.opportunity.name)
    .flatMap((m) => index.catalog.lines.get(m.sku) ?? [m.sku]);
}

/** The sizes the deal states for itself: the counts in its name, its licensed seats, the counts its thread gives. */
function dealSizes(deal: DealContext): number[] {
  return [
    ...quantitiesIn(deal.opportunity.name).map((q) => q.value),
    ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
    ...deal.thread.counts.keys(),
  ];
}

/** The amount before a tax of `rate` percent, to the cent: EUR 1,107 at 23% is EUR 900. */
function netOf(figure: MoneyFigure, rate: number): MoneyFigure {
  return { ...figure, value: Math.round((figure.value / (1 + rate / 100)) * 100) / 100 };
}

const taxes = new WeakMap<GuardIndex, { rates: number[]; taxed: boolean }>();

/**
 * The tax rates the documents customers may read charge on top of the price book, and whether they
 * speak of a tax at all ("state sales tax is added") (read once per index).
 */
function documentedTaxRates(index: GuardIndex): { rates: number[]; taxed: boolean } {
  let found = taxes.get(index);
  if (!found) {
    const chunks = index.kb.active.filter((c) => !isInternalDocument(c) && c.kind !== 'contract');
    found = {
      rates: [...new Set(chunks.flatMap((c) => taxRatesIn(c.text)))],
      taxed: chunks.some((c) => TAX_WORD.test(c.text)),
    };
    taxes.set(index, found);
  }
  return found;
}

/**
 * Amounts the price book yields for volumes on record or in the draft: a plan's banded usage for a
 * volume, with the plan's fixed fee, in the deal's currency and marked up
 * where a document says a region costs more.
 */
function pricedBases(
  index: GuardIndex,
  deal: DealContext,
  volumes: number[],
  marks: number[],
  named: ReadonlySet<string>,
  stated: number[],
  siblings: ReadonlySet<string>,
): number[] {
  const bases: number[] = [];
  // A deal in a currency the price book does not use (euros, quoted from a euro list) is priced in the book's.
  const currency = index.catalog.products.some((p) => p.currency === deal.opportunity.currency)
    ? deal.opportunity.currency
    : undefined;
  const inCurrency = index.catalog.products.filter(
    (p) =>
      (!currency || p.currency === currency) && (named.size === 0 ? !siblings.has(p.sku) : named.has(p.sku)),
  );
  const positive = [...new Set(volumes.filter((v) => v > 1))];
  for (const p of inCurrency) {
    for (const m of marks) bases.push(p.listPrice * m);
    // A flat price per GB or per run times a volume.
    if (p.bands.length === 0 && p.period === undefined && !p.perSeat)
      for (const v of positive) bases.push(p.listPrice * v);
    if (p.bands.length === 0) continue;
    // "$600 for the first 1,000 GB": a band's rate times a volume the draft states, or the part of
    // one above another ("at 6,000 GB, the 1,000 above 5,000 at 30 cents: $300").
    const spans = new Set(stated.filter((v) => v > 1));
    for (const a of stated) for (const b of stated) if (a > b && b > 1) spans.add(a - b);
    for (const rate of new Set(p.bands.map((b) => b.rate))) for (const v of spans) bases.push(rate * v);
    const fees = (index.catalog.lines.get(p.sku) ?? [])
      .map((s) => index.catalog.bySku.get(s))
      .filter((l) => l && l.sku !== p.sku && l.bands.length === 0 && l.period && l.period !== 'once')
      .map((l) => l!.listPrice);
    for (const v of new Set(volumes.filter((v) => v > 0))) {
      const total = bandedAmounts(p.bands, v)[0];
      if (total === undefined) continue;
      const withFees = [total, ...fees.map((f) => f + total)];
      for (const a of withFees) for (const m of [1, ...marks]) bases.push(a * m);
    }
  }
  return bases;
}

/**
 * The other sizes of what a sentence names: "the 5,000-message pack" is not priced by the 1,000 one's
 * price times some count on record. Products of one kind ("SMS pack") that the sentence does not name.
 */
function siblingsOf(index: GuardIndex, skus: readonly string[]): ReadonlySet<string> {
  const families = new Set(
    skus.flatMap((sku) => {
      const product = index.catalog.bySku.get(sku);
      return product ? (kindOf(product, index.sellerName)?.family ?? []) : [];
    }),
  );
  return new Set(
    index.catalog.products
      .filter((p) => !skus.includes(p.sku) && families.has(kindOf(p, index.sellerName)?.family ?? ''))
      .map((p) => p.sku),
  );
}

/**
 * The sentences a rate may be stated in for an amount worked out from it: the one before ("Card: 2.95%
 * + $0.30. On a $925 rent that's $27.59."), and the one a list item hangs from ("Cards are 2.95% +
 * $0.30 per payment:" over "- $1,200 rent: $35.40 + $0.30"), whichever item of the list it is.
 */
function rateSentencesOf(analysis: DraftAnalysis, clause: DraftClause): number[] {
  const sentences = analysis.sentences.filter((s) => s.field === clause.field);
  let at = sentences.findIndex((s) => s.start === clause.sentence.start);
  const before = sentences[at - 1]?.start;
  const item = /^\s*(?:[-•*]|\d+[.)])\s/;
  if (!item.test(sentences[at]?.text ?? '')) return before === undefined ? [] : [before];
  while (at > 0 && item.test(sentences[at - 1]!.text)) at--;
  const leadIn = sentences[at - 1];
  return [
    ...(before === undefined ? [] : [before]),
    ...(leadIn && /:\s*$/.test(leadIn.text) ? [leadIn.start] : []),
  ];
}

function textOf(analysis: DraftAnalysis, clause: DraftClause): string {
  return clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
}

function figureProblem(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
  figure: Figure,
  draft: DraftFigures,
): GuardFinding | undefined {
  const text = textOf(analysis, clause);
  const at = { field: clause.field, start: figure.start, end: figure.end, text: figure.text };
  const { facts } = deal;
  const block = (kind: 'claim' | 'price', check: string, reason: string, citation?: GuardCitation) =>
    finding(kind, 'block', at, check, reason, citation);

  switch (figure.type) {
    case 'money': {
      const problem = moneyProblem(index, deal, clause, figure, draft, text, block);
      const { sentence } = clause;
      const inSentence = (at: number) => at - sentence.start;
      if (!problem || !isSaidWithTax(sentence.text, inSentence(figure.start), inSentence(figure.end)))
        return problem;
      // "EUR 1,107 with VAT": a price the book supports, grossed up by a tax the documents charge on top.
      const grossOfSupported = documentedTaxRates(index).rates.some(
        (rate) => !moneyProblem(index, deal, clause, netOf(figure, rate), draft, text, block),
      );
      return grossOfSupported ? undefined : problem;
    }
    case 'percent': {
      if (isDiscountPercent(text, figure)) return undefined; // the discount check owns these
      // A tax rate ("German VAT at 19%") is the law's figure, and one the customer reports is theirs.
      if (taxRatesIn(clause.sentence.text).includes(figure.value) || reportsCustomer(clause.text))
        return undefined;
      // "There's no 30% approval": a percentage denied claims nothing.
      if (/\b(?:no|not an?|never an?)\s+$/i.test(text.slice(Math.max(0, figure.start - 12), figure.start)))
        return undefined;
      const other = ownedElsewhere(index, deal, clause, text, figure, `p:${figure.value}`);
      if (other) return other;
      const support =
        near(figure.value, facts.percents) ??
        near(figure.value, deal.thread.percents) ??
        near(figure.value, deal.crm.percents, index.config.usagePercentSlack) ??
        // "The 15% applies to the 36-month term": a discount an approval on the deal records.
        deal.approvals.find((a) => a.percent === figure.value)?.citation;
      return support ||
        isPriceRatio(index.catalog, analysis, clause, figure) ||
        isEffectiveRate(analysis, clause, figure)
        ? undefined
        : block(
            'claim',
            'percent',
            `${figure.text} is not on record in the documents, the CRM or the thread`,
          );
    }
    case 'count': {
      // "15 Team agents": a count of a plan's seats, which the record may hold as the customer's size.
      const ofPlan = clause.products.some((p) => p.start > figure.start && p.start < figure.end);
      // "licensed for forty Growth seats": the contract's size, which no usage figure of 40 backs.
      const licensedOfPlan = ofPlan ? licensedProblem(deal, clause, figure, block) : undefined;
      if (licensedOfPlan !== undefined) return licensedOfPlan ?? undefined;
      if (ofPlan && seatCountSupport(deal, figure.value, 0)) return undefined;
      if (figure.unit !== 'seat') {
        // "if you sent it, say, 2,000 GB a month": an example volume, not one claimed.
        if (EXAMPLE.test(text.slice(Math.max(0, figure.start - 20), figure.start))) return undefined;
        // "Your contract covers 100 agents" where the price book sells per agent: the licensed seats.
        if (isMetered(index, figure.text)) {
          const licensed = licensedProblem(deal, clause, figure, block);
          if (licensed !== undefined) return licensed ?? undefined;
        }
        const unit = stem(figure.unit);
        // A plan owns a number only for what the documents count with it: Enterprise's "10 help
        // centres" says nothing about "10 agents" on Team ("Command 1,200 per minute" does count requests).
        const noun = stem(figure.unit.split(/\s+/).pop() ?? figure.unit);
        const countsIt =
          facts.numbers.get(figure.value)?.some((c) => c.stems.has(noun) || c.stems.has(unit)) ||
          rateSupport(facts, figure.value, text.slice(figure.end, figure.end + 20)) !== undefined;
        const other = countsIt
          ? ownedElsewhere(index, deal, clause, text, figure, `n:${figure.value}`)
          : undefined;
        if (other) return other;
        const support =
          near(figure.value, facts.counts) ??
          // "50,000 API calls" beside a row "API calls per day: 50,000": the counted noun, said with the number.
          facts.numbers.get(figure.value)?.find((c) => c.stems.has(unit) || c.stems.has(noun))?.citation ??
          rateSupport(facts, figure.value, text.slice(figure.end, figure.end + 20)) ??
          near(figure.value, deal.thread.counts) ??
          // "31,000 records" where the customer wrote "about 31,000 patient records".
          deal.thread.quantities.get(noun)?.get(figure.value) ??
          // "more than 50 car parks": a bound of a documented fee band for what it counts.
          deal.facts.feeBands.find(
            (b) =>
              [b.from, b.to, b.from - 1].includes(figure.value) && (b.nouns.has(noun) || b.nouns.has(unit)),
          )?.citation ??
          near(figure.value, deal.crm.counts) ??
          // "15 agents" where the price book sells by the agent: the customer's size, which the thread
          // may give in its own words ("we are 15 staff").
          (isMetered(index, figure.text) ? near(figure.value, deal.thread.numbers) : undefined);
        // "the 400 GB above your commitment": the gap between a stated volume and one on record.
        const gap =
          !support && isCountDifference(figure, clause.sentence.text, countOperands(analysis, deal));
        const priced =
          !support &&
          !gap &&
          isPricedCount(
            index,
            figure,
            analysis.clauses
              .filter((c) => c.field === clause.field && c.sentence.start === clause.sentence.start)
              .flatMap((c) => c.figures),
            text.slice(Math.max(0, figure.start - 30), figure.start),
          );
        // "Ashgrove College: Professional, 600 learners": the size the deal itself is filed under.
        const filed = quantitiesIn(deal.opportunity.name).some(
          (q) => q.value === figure.value && q.nouns.includes(noun),
        );
        return support || gap || priced || filed
          ? undefined
          : block(
              'claim',
              'count',
              `${figure.text} is not on record in the documents, the CRM or the thread`,
            );
      }
      const licensed = licensedProblem(deal, clause, figure, block);
      if (licensed !== undefined) return licensed ?? undefined;
      const lead25 = text.slice(Math.max(0, figure.start - 25), figure.start);
      // "under 100 users now": a bound, not an exact count.
      const bound =
        /\b(?:under|over|below|above|more than|fewer than|less than|nearly|almost|close to|upwards of)\s*$/i.test(
          lead25,
        );
      const approximate = APPROXIMATE.test(lead25);
      const tolerance = bound ? 0.15 : approximate ? index.config.approximateTolerance : 0;
      if (
        seatCountSupport(deal, figure.value, tolerance) ||
        seatsInAmount(index, deal, figure.value) ||
        recordSeatCounts(index, deal).includes(figure.value)
      )
        return undefined;
      // "5 seats included and 8 people scheduling, so 3 extra seats": a gap worked out in plain sight.
      if (
        isCountDifference(figure, clause.sentence.text, countOperands(analysis, deal)) ||
        isStatedGap(figure, text, clause.sentence)
      )
        return undefined;
      // A plan's documented limit or minimum ("up to 15 seats", "from 75 users") is no claim about them.
      const documented = facts.numbers
        .get(figure.value)
        ?.some((c) => [...c.stems].some((w) => SEAT_STEM.test(w)));
      const lead = text.slice(Math.max(clause.start, figure.start - 30), figure.start);
      if (documented && !YOUR_COUNT.test(lead)) return undefined;
      const hypothetical =
        (CONDITIONAL.test(clause.text) ||
          // "Here's one scenario: 95 seats on another two-year term": a count put forward to weigh.
          /\b(?:scenario|for example|for instance|e\.g\.)\b/i.test(clause.sentence.text) ||
          isAskingOnly(clause.text, clause.question) ||
          /\bfor\s+$/i.test(text.slice(0, figure.start))) &&
        !COUNT_FACT.test(clause.text);
      if (hypothetical) return undefined;
      const seats = near(deal.opportunity.licensedSeats ?? Number.NaN, deal.crm.counts);
      return block(
        'claim',
        'count',
        `${figure.text}: the record shows ${deal.opportunity.licensedSeats ?? 'no'} licensed seats and the thread never says ${figure.value}`,
        seats,
      );
    }
    case 'duration':
      return durationProblem(index, deal, clause, figure, block, passageOf(analysis, clause));
    case 'date':
      return dateProblem(index, deal, clause, figure, text, at);
    case 'month':
      return monthProblem(deal, figure, text, block);
    case 'year': {
      const year = Number(index.asOf.slice(0, 4));
      if (figure.value >= year - index.config.yearsBack && figure.value <= year + index.config.yearsAhead)
        return undefined;
      if (facts.years.has(figure.value) || deal.thread.numbers.has(figure.value)) return undefined;
      // A past year is history ("customers since 2019", "what happened in 2024") unless it dates a
      // capability or a product ("ISO 27001 certified since 2021").
      if (
        figure.value < year &&
        clause.terms.length === 0 &&
        clause.products.length === 0 &&
        !ABOUT_US.test(clause.text) &&
        !clause.text.includes(index.sellerName)
      )
        return undefined;
      return block('claim', 'year', `${figure.value} is not a year on record for this deal`);
    }
    case 'multiplier':
      return near(figure.value, facts.counts)
        ? undefined
        : block('claim', 'multiplier', `"${figure.text}" is a performance figure the documents do not state`);
  }
}

/** Whether a count is of a unit the price book sells by ("15 agents" on a per-agent price list). */
function isMetered(index: GuardIndex, text: string): boolean {
  const metered = index.catalog.metered;
  return metered !== undefined && new RegExp(metered.source, 'i').test(text);
}

// "3 extra seats", "3 more": a count said as what is left over once one count is taken from another.
const GAP_WORD = /\b(?:extra|more|additional|further)\b/i;
// A count the sentence gives of something ("8 people", "5 dispatcher seats"): no price, percentage or part of one.
const COUNTED = /(?<![\d,.$€£¥]|\b[A-Z]{3}\s?)\b(\d{1,5})\b(?![.,]\d)\s+(?!percent\b)\p{L}/gu;

/**
 * Whether a count is the gap between two counts its own sentence states ("Command includes 5 seats
 * and you have 8 people scheduling, so 3 extra seats"): both operands are in plain sight, so the
 * count is as grounded as they are.
 */
function isStatedGap(figure: CountFigure, text: string, sentence: { start: number; end: number }): boolean {
  if (!GAP_WORD.test(text.slice(figure.start, Math.min(sentence.end, figure.end + 12)))) return false;
  const operands = [...text.slice(sentence.start, sentence.end).matchAll(COUNTED)]
    .filter((m) => sentence.start + m.index !== figure.start)
    .map((m) => Number(m[1]));
  return operands.some((a) => operands.some((b) => a - b === figure.value && b !== figure.value));
}

/** The counts a draft may work a count out from: its own figures and the counts on record. */
function countOperands(analysis: DraftAnalysis, deal: DealContext) {
  const { facts } = deal;
  return {
    draft: analysis.clauses.flatMap((c) => c.figures),
    record: [...facts.counts.keys(), ...deal.thread.counts.keys(), ...deal.crm.counts.keys()],
    recordOf: (noun: string) =>
      [facts, deal.thread, deal.crm].flatMap((r) => [...(r.quantities.get(noun)?.keys() ?? [])]),
  };
}

/** On record, or one seat count on record plus or minus a number the thread wrote ("50 seats… 25 more"). */
function seatCountSupport(deal: DealContext, value: number, tolerance: number): boolean {
  if (seatCounts(deal).some((v) => Math.abs(v - value) <= v * tolerance)) return true;
  const seats = [
    ...deal.thread.counts.keys(),
    ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
  ];
  // Only a count or a change is added or taken away: "two years" makes 60 seats no 62, and 40 seats
  // twice over are no 80 unless the thread adds 40.
  const numbers = [...deal.thread.counts.keys(), ...deal.thread.changes.keys()];
  return seats.some((a) =>
    numbers.some((b) => (b !== a || deal.thread.changes.has(b)) && (a + b === value || a - b === value)),
  );
}

/** "300 requests per minute" against a table's "Fleet 300 per minute": the same rate, the unit left out. */
function rateSupport(facts: DealContext['facts'], value: number, after: string): GuardCitation | undefined {
  const per = /^\s*(?:per|a|an|\/)\s*(second|minute|hour|day|week|month|year)\b/i.exec(after);
  return per ? facts.rates.get(`${value}|${per[1]!.toLowerCase()}`) : undefined;
}

/** The seats the deal's amount prices: $33,180 is 35 seats of a $79 plan for a year. */
function seatsInAmount(index: GuardIndex, deal: DealContext, value: number): boolean {
  const { amount } = deal.opportunity;
  const factors = [
    1,
    ...deal.facts.discounts.programmes.map((p) => 1 - p.percent / 100),
    ...deal.approvals.flatMap((a) => (a.percent ? [1 - a.percent / 100] : [])),
  ];
  return index.catalog.products.some((p) => {
    if (!p.perSeat) return false;
    const perYear = p.listPrice * (p.period === 'month' ? 12 : 1);
    return factors.some((f) =>
      [1, 2, 3].some(
        (years) => Math.abs(perYear * f * value * years - amount) <= Math.max(1, amount * 0.0002),
      ),
    );
  });
}

const tables = new WeakMap<GuardIndex, QuantityDiscount[]>();

/** The rows of the quantity discount table the price documents give (read once per index). */
function quantityTable(index: GuardIndex, deal: DealContext): QuantityDiscount[] {
  const percents = deal.facts.discounts.volumeBands ?? [];
  if (percents.length === 0) return [];
  let rows = tables.get(index);
  if (!rows) {
    rows = index.kb.active
      .filter((c) => !isInternalDocument(c) && c.kind !== 'contract')
      .flatMap((c) => quantityDiscounts(linearizeTables(c.text), percents));
    tables.set(index, rows);
  }
  return rows;
}

/**
 * A statement of the contract's size must give the licensed seats exactly, not any count on record.
 * Undefined where the clause states no contract size; null where it states the right one.
 */
function licensedProblem(
  deal: DealContext,
  clause: DraftClause,
  figure: Figure,
  block: (kind: 'claim', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
): GuardFinding | null | undefined {
  const licensed = deal.opportunity.licensedSeats;
  if (
    licensed === undefined ||
    figure.type !== 'count' ||
    !LICENSED.test(clause.text) ||
    CONDITIONAL.test(clause.text) ||
    // A plan's name is no change of size: "licensed for 40 Growth seats".
    CHANGE.test(blankOut(clause.text, clause.products, clause.start)) ||
    // "licensed for a subset of at least 100 learners": a bound, not the contract's size.
    /\b(?:at least|a minimum of|minimum|no fewer than|more than|fewer than|over|under)\s+$/i.test(
      clause.text.slice(0, figure.start - clause.start),
    )
  )
    return undefined;
  if (figure.value === licensed) return null;
  // Its own check: the contract's size is the licensed count exactly, never a sum of other counts.
  return block(
    'claim',
    'licensed',
    `${figure.text}: the record shows ${licensed} licensed seats`,
    near(licensed, deal.crm.counts),
  );
}
