/** Figures: every price, percentage, count, duration and date a draft states must agree with a record. */
import { stem, stems } from '../../knowledge/text-tokens.ts';
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { DiscountProgramme } from '../index/discount-policy.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { isInternalDocument } from '../index/knowledge-facts.ts';
import { periodOf } from '../index/product-catalog.ts';
import { quantitiesIn } from '../index/quantities.ts';
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
import { isAskingOnly, reportsCustomer } from '../text/claim-context.ts';
import type { CountFigure, Figure, MoneyFigure } from '../text/figures.ts';
import { priceFactors } from '../text/figures.ts';
import { linearizeTables } from '../text/tables.ts';
import { addOnsSpokenOf, passageOf } from './add-ons-spoken.ts';
import { linesSaid } from './billing-lines.ts';
import { isCountDifference } from './count-differences.ts';
import { variantIn } from './currency-variants.ts';
import { dateProblem, meetingWeekdayProblems, monthProblem } from './date-claims.ts';
import { dropDerived } from './derived-figures.ts';
import { discountScopeProblems } from './discount-scope.ts';
import { durationProblem } from './duration-claims.ts';
import { currencyFamily, statedCurrency } from './fact-currency.ts';
import { linesNamedBeside } from './lines-named-beside.ts';
import { measureProblems } from './measure-claims.ts';
import { meetingTimeProblems } from './meeting-times.ts';
import { moneySupport } from './money-support.ts';
import { ownCountProblems } from './own-counts.ts';
import { CONDITIONAL, ownedElsewhere, quantityProblems } from './plan-figures.ts';
import { isPriceRatio } from './price-ratios.ts';
import { isPricedCount } from './priced-counts.ts';
import { kindOf, productsOfKind } from './products-by-kind.ts';
import { isScopedQuoteTotal } from './quote-scope.ts';
import { isOneOfTotals, quoteTotals } from './quote-totals.ts';
import { isRecordQuoteTotal } from './record-quote-scope.ts';
import { isRecordPlusOneOff, isRepricedRecord } from './repriced-amounts.ts';
import { statedRounding, writtenRounding } from './stated-rounding.ts';

const COUNT_FACT =
  /\b(?:your|you have|you've|you're|you are|licensed|current(?:ly)?|today|existing|contract|agreement|subscription|renewal|active|using|used|usage|hit|reached|bought|purchased|own)\b/i;
// A statement of the contract's size: it must give the licensed seats exactly, not any count on record.
const LICENSED =
  /\b(?:licensed|licen[cs]es? (?:for|cover)|contract(?:ed)? (?:for|covers)|agreement (?:for|covers)|subscription (?:for|covers)|entitled to|paying for|pay for)\b/i;
const CHANGE =
  /\b(?:add\w*|additional|more|extra|expan\w*|grow\w*|brings? (?:you|it|the total|that) to|takes? you to|would|will be|new total|in total|total of|upgrad\w*|increas\w*|up to)\b/i;
const REDUCTION_AFTER = /^\s*(?:off|below|less than|under|cheaper|lower|(?:in )?(?:savings?|discount))\b/i;
const REDUCTION_BEFORE =
  /\b(?:sav(?:e|es|ing|ings)|discount(?:ed)? (?:of|by)|reduc\w* (?:of|by)|knock\w* off|takes? off|off by|cut (?:of|by))\s+(?:you\s+)?(?:about\s+|around\s+|roughly\s+)?$/i;
// The seller's own history ("we have been in business since 2009") is a claim to check.
const ABOUT_US = /\b(?:we|we've|we're|our|us)\b/i;
const SEAT_STEM = /^(?:seat|user|licen[cs]|agent|member|login)/;
// The customer's own count: a documented plan limit says nothing about how many seats they have.
const YOUR_COUNT =
  /\b(?:your|you have|you've|you're|you are|you now have|licensed for|current(?:ly)?|existing|using|bought|purchased)\s+(?:[\w-]+\s+){0,2}$/i;
const APPROXIMATE =
  /\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|just (?:under|over)|close to|ballpark|~)\s*$/i;
// "$30k or so": the rounding said after the amount.
const APPROXIMATE_AFTER = /^\s*(?:or so|or thereabouts|give or take|-ish)\b/i;

/** Whether the words around a figure say it is rounded ("about $30k", "$30k or so"). */
const isApproximate = (text: string, figure: { start: number; end: number }) =>
  APPROXIMATE.test(text.slice(Math.max(0, figure.start - 25), figure.start)) ||
  APPROXIMATE_AFTER.test(text.slice(figure.end, figure.end + 20));

// A rate said to cover an add-on as well: "all in, with the Library", "including Shift Swap".
const ALL_IN = /\b(?:all[\s-]in|in all|altogether|together|including|inclusive of|combined)\b/i;
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
        // "3,000 learners puts you in the 10% volume band, so £9.90": a documented percentage the
        // sentence works its price out under (the percent check judges that it is documented for this).
        sentencePercents: (c) =>
          analysis.clauses
            .filter((o) => o.field === c.field && o.sentence.start === c.sentence.start)
            .flatMap(workedUnder)
            .filter((p) => deal.facts.percents.has(p)),
        sentenceProducts: (c) =>
          analysis.clauses
            .filter((o) => o.field === c.field && o.sentence.start === c.sentence.start && o.start <= c.start)
            .flatMap((o) => o.products.map((p) => p.sku)),
      });
      if (problem) findings.push(problem);
    }
    findings.push(...quantityProblems(index, deal, analysis, clause));
    findings.push(...measureProblems(index, deal, analysis, clause));
    findings.push(...ownCountProblems(index, deal, clause));
    findings.push(...meetingWeekdayProblems(index, deal, clause));
    findings.push(...meetingTimeProblems(index, deal, clause));
  }
  // What a discount is given on needs the price book (plan lines, add-on names), which this check holds.
  findings.push(...discountScopeProblems(index, deal, analysis));
  const percents = [
    ...draftDiscounts,
    ...bandDiscounts,
    ...programmes.map((p) => p.percent),
    ...deal.approvals.flatMap((a) => (a.percent === undefined ? [] : [a.percent])),
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
      return { ...f, field: c.field, clause: c, approximate, reduction };
    }),
  );
  // A sentence that names a plan (or a kind of hardware) is priced from its lines only; one that names none, from any.
  const cache = new Map<DraftClause, number[]>();
  const basesFor = (clause: DraftClause) => {
    let found = cache.get(clause);
    if (!found) {
      const named = analysis.clauses
        .filter((o) => o.field === clause.field && o.sentence.start === clause.sentence.start)
        .flatMap((o) => o.products.filter((p) => !deal.facts.addOns.has(p.sku)))
        .flatMap((p) => index.catalog.lines.get(p.sku) ?? [p.sku]);
      // "£18k a year for trackers": a sentence that names no plan but a kind of thing sold is priced
      // from that kind's lines, never from every line of the book times every volume on record.
      if (named.length === 0) named.push(...ofKindNear(clause));
      found = pricedBases(
        index,
        deal,
        [...draftCounts, ...recordCounts],
        surcharges,
        new Set(named),
        draftCounts,
      );
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
      return [...quantitiesIn(sentence).map((q) => q.value), ...priceFactors(sentence)];
    },
    approximateTolerance: index.config.approximateTolerance,
    recordAmounts: [...deal.crm.money.keys(), ...deal.thread.money.keys()],
    saysTotal: (f) => TOTAL_WORDS.test((f as (typeof located)[number]).clause.sentence.text),
    sizes: dealSizes(deal),
    // A gross amount only where the draft speaks of the tax: a net price times 1.2 is no price otherwise.
    taxRates: (f) =>
      TAX_WORD.test(passageOf(analysis, (f as (typeof located)[number]).clause))
        ? documentedTaxRates(index)
        : [],
    termYears: draftMonths.filter((m) => m >= 24).map((m) => m / 12),
  });
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

const rivals = new WeakMap<GuardIndex, ReadonlySet<string>>();

/** The passages of battlecards: what a competitor charges is no price of ours (read once per index). */
function rivalChunks(index: GuardIndex): ReadonlySet<string> {
  let ids = rivals.get(index);
  if (!ids) {
    ids = new Set(index.kb.active.filter((c) => c.kind === 'battlecard').map((c) => c.id));
    rivals.set(index, ids);
  }
  return ids;
}

const taxes = new WeakMap<GuardIndex, number[]>();

/** The tax rates the documents customers may read charge on top of the price book (read once per index). */
function documentedTaxRates(index: GuardIndex): number[] {
  let rates = taxes.get(index);
  if (!rates) {
    rates = [
      ...new Set(
        index.kb.active
          .filter((c) => !isInternalDocument(c) && c.kind !== 'contract')
          .flatMap((c) => taxRatesIn(c.text)),
      ),
    ];
    taxes.set(index, rates);
  }
  return rates;
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
): number[] {
  const bases: number[] = [];
  // A deal in a currency the price book does not use (euros, quoted from a euro list) is priced in the book's.
  const currency = index.catalog.products.some((p) => p.currency === deal.opportunity.currency)
    ? deal.opportunity.currency
    : undefined;
  const inCurrency = index.catalog.products.filter(
    (p) => (!currency || p.currency === currency) && (named.size === 0 || named.has(p.sku)),
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

function textOf(analysis: DraftAnalysis, clause: DraftClause): string {
  return clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
}

type DraftFigures = {
  draftCounts: number[];
  draftDiscounts: number[];
  draftMonths: number[];
  /** The programmes the draft invokes. */
  programmes: DiscountProgramme[];
  /** Percentages of the quantity discount table for the sizes the deal and the draft state. */
  bandDiscounts: number[];
  /** Products named anywhere in a clause's sentence. */
  sentenceProducts: (clause: DraftClause) => string[];
  /** Documented percentages a clause's sentence works its amounts out under. */
  sentencePercents: (clause: DraftClause) => number[];
  /** Add-ons the clause's sentence, or the one before it, speaks of. */
  addOnsNear: (clause: DraftClause) => string[];
  /** Products the clause's passage names by their kind ("the leased trackers"), in the deal's currency. */
  ofKindNear: (clause: DraftClause) => string[];
  /** The stems of every word the author wrote (quoted mail left out). */
  said: ReadonlySet<string>;
  /** Products a clause's passage (its sentence and the one before) names. */
  passageProducts: (clause: DraftClause) => string[];
};

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
      const grossOfSupported = documentedTaxRates(index).some(
        (rate) => !moneyProblem(index, deal, clause, netOf(figure, rate), draft, text, block),
      );
      return grossOfSupported ? undefined : problem;
    }
    case 'percent': {
      if (isDiscountPercent(text, figure)) return undefined; // the discount check owns these
      // A tax rate ("German VAT at 19%") is the law's figure, and one the customer reports is theirs.
      if (taxRatesIn(clause.sentence.text).includes(figure.value) || reportsCustomer(clause.text))
        return undefined;
      const other = ownedElsewhere(index, deal, clause, text, figure, `p:${figure.value}`);
      if (other) return other;
      const support =
        near(figure.value, facts.percents) ??
        near(figure.value, deal.thread.percents) ??
        near(figure.value, deal.crm.percents, index.config.usagePercentSlack) ??
        // "The 15% applies to the 36-month term": a discount an approval on the deal records.
        deal.approvals.find((a) => a.percent === figure.value)?.citation;
      return support || isPriceRatio(index.catalog, analysis, clause, figure)
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
      if (ofPlan && seatCountSupport(deal, figure.value, 0)) return undefined;
      if (figure.unit !== 'seat') {
        // "if you sent it, say, 2,000 GB a month": an example volume, not one claimed.
        if (EXAMPLE.test(text.slice(Math.max(0, figure.start - 20), figure.start))) return undefined;
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
      const licensed = deal.opportunity.licensedSeats;
      if (
        licensed !== undefined &&
        LICENSED.test(clause.text) &&
        !CONDITIONAL.test(clause.text) &&
        !CHANGE.test(clause.text)
      ) {
        if (figure.value === licensed) return undefined;
        return block(
          'claim',
          'count',
          `${figure.text}: the record shows ${licensed} licensed seats`,
          near(licensed, deal.crm.counts),
        );
      }
      const lead25 = text.slice(Math.max(0, figure.start - 25), figure.start);
      // "under 100 users now": a bound, not an exact count.
      const bound =
        /\b(?:under|over|below|above|more than|fewer than|less than|nearly|almost|close to|upwards of)\s*$/i.test(
          lead25,
        );
      const approximate = APPROXIMATE.test(lead25);
      const tolerance = bound ? 0.15 : approximate ? index.config.approximateTolerance : 0;
      if (seatCountSupport(deal, figure.value, tolerance) || seatsInAmount(index, deal, figure.value))
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
      return durationProblem(index, deal, clause, figure, block);
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

function moneyProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  said: MoneyFigure,
  draft: DraftFigures,
  text: string,
  block: (kind: 'price', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
): GuardFinding | undefined {
  // "£7.50 per learner per month": a price per the unit the price book sells by is a rate, quoted to
  // the penny, however the figure reader took the unit.
  const figure =
    !said.perUnit && isPerBookUnit(index, text.slice(said.end, said.end + 40))
      ? { ...said, perUnit: true }
      : said;
  const named = productAt(clause, figure.start, text, figure.end);
  const variant = named ? variantIn(index.catalog, named.sku, figure.currency) : undefined;
  const product = named && variant ? { ...named, sku: variant.sku } : named;
  const catalogProduct = product ? index.catalog.bySku.get(product.sku) : undefined;
  const currency = catalogProduct?.currency ?? deal.opportunity.currency;
  // "Summit in Sydney is AUD 52,000" on a franc deal: the price book sells in that currency too, so the
  // amount is judged like any other; a currency the price book never uses is wrong outright.
  const sold = index.catalog.products.some((p) => p.currency === figure.currency);
  if (figure.currency && figure.currency !== currency && (catalogProduct || !sold)) {
    return block(
      'price',
      'currency',
      `${figure.text} is in ${figure.currency}; this deal is priced in ${currency}`,
    );
  }
  const approximate = isApproximate(text, figure);
  const reduction =
    REDUCTION_AFTER.test(text.slice(figure.end, figure.end + 30)) ||
    REDUCTION_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start));
  // An approval for a term prices that term only: 15% approved on two years is no three-year price.
  const terms = draft.draftMonths.filter((m) => m >= 12).map((m) => m * 30);
  const approved = deal.approvals.flatMap((a) =>
    a.percent === undefined ||
    (a.durationDays !== undefined && terms.length > 0 && !terms.some((d) => sameDuration(d, a.durationDays!)))
      ? []
      : [a.percent],
  );
  // A size band discounts the subscription, never hardware or a service a passage names by its kind.
  const isBand = (percent: number) => deal.facts.discounts.volumeBands?.includes(percent) ?? false;
  const supportOf = (
    amount: MoneyFigure,
    skus: string[],
    bands = [...draft.bandDiscounts, ...draft.sentencePercents(clause)],
    counted = true,
    otherThan?: ReadonlySet<string>,
  ) =>
    moneySupport(deal, amount, {
      skus,
      ...(otherThan ? { otherThan } : {}),
      // "£1,490 for ten more trackers": the sentence's own quantities count what it prices.
      counts: counted
        ? [
            ...draft.draftCounts,
            ...seatCounts(deal),
            ...quantitiesIn(clause.sentence.text).map((q) => q.value),
          ]
        : [],
      reduction,
      discounts: [...draft.draftDiscounts.filter((p) => !isBand(p)), ...approved],
      // A size band's percentage, however the draft says it ("with the 5% band"), takes down the plan's fee only.
      planOnly:
        skus.length > 0 && skus.every((s) => isAddOnLine(index, deal, s))
          ? []
          : [...bands, ...draft.draftDiscounts.filter(isBand)],
      programmes: draft.programmes,
      months: draft.draftMonths,
      tolerance: approximate ? index.config.approximateTolerance : index.config.moneyTolerance,
      approximate,
      flatFees: flatFeesOf(index),
      rivalSources: rivalChunks(index),
    });
  const supportFor = (skus: string[], bands?: number[]) => supportOf(figure, skus, bands);
  // A plan priced in lines (platform fee and ingest) is one product to the reader.
  const lines = (sku: string) => [...(index.catalog.lines.get(sku) ?? [sku])];
  if (reduction && lineGap(index, figure.value, product ? lines(product.sku) : undefined)) return undefined;
  // "Band 2, which is $14,000": a line named by its numbered part beside the amount is the one it prices.
  const beside = linesNamedBeside(index.catalog, text, figure);
  if (beside.length > 0 && supportFor(beside)) return undefined;
  // "Premium Care: included with Professional, $4,800 a year otherwise": the sentence's subject may
  // sit in the clause before the figure's own.
  const sentenceSkus = draft.sentenceProducts(clause).filter((s) => s !== product?.sku);
  // "Guided onboarding: USD 12,000" prices what the sentence named. Read as no product's total, any
  // documented price times any count on record would back it; as no product's own price, it may
  // still be a line the sentence names only by its kind ("additional ones are $200 a month").
  const priced = product ? linesSaid(index.catalog, product.sku, clause.sentence.text) : beside;
  const ownsProduct = priced.length > 0 || sentenceSkus.length === 0;
  const sentenceLines = new Set(sentenceSkus.flatMap(lines));
  if (supportOf(figure, priced, undefined, ownsProduct, ownsProduct ? undefined : sentenceLines))
    return undefined;
  const sentence = clause.sentence.text;
  if (sentenceSkus.some((s) => supportFor(linesSaid(index.catalog, s, sentence)))) return undefined;
  // "Move to Enterprise… £10.45 a learner, or £209,160 with the Content Library": a product named only
  // after the figure may be the next amount's; a product the passage named before prices it as well.
  if (
    named &&
    named.start >= figure.end &&
    draft.passageProducts(clause).some((s) => s !== product?.sku && supportFor(lines(s)))
  )
    return undefined;
  // "Once you're on Team, the assistant is $25 an agent": an add-on's price beside the plan it goes on.
  if (draft.addOnsNear(clause).some((s) => s !== product?.sku && supportFor([s]))) return undefined;
  // "£1,490 for ten more trackers" in a sentence about Core: hardware the passage names by its kind.
  if (draft.ofKindNear(clause).some((s) => s !== product?.sku && supportFor([s], []))) return undefined;
  // "£10.32 a learner all in, with the Library": a plan's rate and the per-head rate of an add-on the
  // passage speaks of, as one rate. What is left once the add-on's list rate is taken off must be the
  // rate of the plan named, or else of a line that is no add-on.
  const plan =
    product && !isAddOnLine(index, deal, product.sku)
      ? lines(product.sku)
      : index.catalog.products.filter((p) => !isAddOnLine(index, deal, p.sku)).map((p) => p.sku);
  if (
    figure.perUnit &&
    ALL_IN.test(clause.sentence.text) &&
    allInRate(index, draft.addOnsNear(clause), figure, currency, (rest) => supportOf(rest, plan))
  )
    return undefined;
  if (!figure.perUnit && repricedRecord(index, deal, figure, draft, approved, approximate)) return undefined;
  if (!figure.perUnit && !approximate && quoteTotal(index, deal, figure, draft)) return undefined;
  if (!figure.perUnit && recordQuote(index, deal, clause, figure, draft, approximate)) return undefined;
  // "€25,574.40 on Complete": the deal's scope (a plan, its add-ons at their counts) priced out.
  if (!figure.perUnit && !approximate && scopedTotal(index, deal, clause, figure, draft, approved))
    return undefined;
  // Cite the document that states the list price, else the price book itself.
  const listing = catalogProduct
    ? deal.facts.money.filter(
        (m) => m.skus.includes(catalogProduct.sku) && m.value === catalogProduct.listPrice,
      )
    : [];
  const listed = listing.find((m) => m.citation.source === 'chunk') ?? listing[0];
  const reason = catalogProduct
    ? `${figure.text} does not match ${catalogProduct.name} (list ${catalogProduct.listPrice} ${catalogProduct.currency} per ${catalogProduct.period ?? 'unit'}) or any documented discount of it`
    : `${figure.text} is not a price, fee or amount the price book, documents, CRM or thread state`;
  return block('price', 'price', reason, listed?.citation);
}

/**
 * Whether a price-book line is an add-on's: the price book names it one, or the documents list one of
 * its lines (billed monthly, in dollars) among the add-ons.
 */
function isAddOnLine(index: GuardIndex, deal: DealContext, sku: string): boolean {
  return (
    /\badd-?on\b/i.test(index.catalog.bySku.get(sku)?.name ?? '') ||
    (index.catalog.lines.get(sku) ?? [sku]).some((s) => deal.facts.addOns.has(s))
  );
}

/** Whether a rate is a plan's rate plus one add-on's list rate in the same currency, the plan's part supported. */
function allInRate(
  index: GuardIndex,
  addOns: readonly string[],
  figure: MoneyFigure,
  currency: string,
  planSupport: (rest: MoneyFigure) => GuardCitation | undefined,
): boolean {
  return addOns.some((sku) => {
    const addOn = index.catalog.bySku.get(sku);
    if (!addOn?.period || addOn.currency !== currency) return false;
    // The plan's part is a rate for the add-on's period, to the penny: no rounding on top of the sum's.
    const rest = Math.round((figure.value - addOn.listPrice) * 100) / 100;
    return (
      rest > 0 &&
      planSupport({ ...figure, value: rest, text: rest.toFixed(2), period: addOn.period }) !== undefined
    );
  });
}

/** A total the deal's record holds, restated under a discount or term the draft names (see repriced-amounts). */
function repricedRecord(
  index: GuardIndex,
  deal: DealContext,
  figure: MoneyFigure,
  draft: DraftFigures,
  approved: readonly number[],
  approximate: boolean,
): boolean {
  const records = [
    ...deal.crm.money.keys(),
    ...deal.thread.money.keys(),
    ...accountTotals(index, deal, figure),
  ].filter((v) => v > 0);
  const percents = [
    ...draft.draftDiscounts,
    ...approved,
    ...draft.bandDiscounts,
    ...draft.programmes.map((p) => p.percent),
  ];
  const years = draft.draftMonths.filter((m) => m >= 24).map((m) => m / 12);
  const rounded = approximate || /\d\s*k\b/i.test(figure.text);
  // "Year one including onboarding": a year's record plus one one-off line of the price book.
  const oneOffs = index.catalog.products
    .filter(
      (p) =>
        p.currency === deal.opportunity.currency &&
        (p.period === 'once' || p.period === undefined) &&
        !p.perSeat &&
        p.bands.length === 0,
    )
    .map((p) => p.listPrice);
  const slack = writtenRounding(figure.text) ?? (Number.isInteger(figure.value) ? 0.5 : 0.011);
  if (figure.period !== 'month' && isRecordPlusOneOff(figure.value, records, oneOffs, slack)) return true;
  return isRepricedRecord(
    figure.value,
    records,
    percents,
    years,
    // "CHF 18.0k" shows its hundreds: it rounds no further than CHF 50, however round the amount is.
    rounded
      ? (writtenRounding(figure.text) ?? statedRounding(figure.value, index.config.approximateTolerance)) /
          figure.value
      : 0,
    // "Month by month, about $21,991": a year's record a month, or a month's record a year.
    figure.period === 'month'
      ? [1 / 12]
      : figure.period === 'year'
        ? [12]
        : figure.period
          ? []
          : [1 / 12, 12],
    deal.facts.discounts.programmes.map((p) => p.percent),
  );
}

/**
 * The totals the account's own documents state on no product and for no period (an order form's total
 * line), in the figure's currency. A price list's line whose product the reader missed is no record of
 * the deal: "AUD 16,500 one-off" restated under a discount and a term would back nearly any amount.
 */
function accountTotals(index: GuardIndex, deal: DealContext, figure: MoneyFigure): number[] {
  const family = currencyFamily(figure.currency ?? deal.opportunity.currency);
  const accountChunks = new Set(index.kb.active.filter((c) => c.accountId !== undefined).map((c) => c.id));
  return deal.facts.money.flatMap((m) => {
    if (m.skus.length > 0 || m.period !== undefined || !accountChunks.has(m.citation.id)) return [];
    const stated = statedCurrency(m.value, m.citation);
    return stated && family && stated !== family ? [] : [m.value];
  });
}

/**
 * "Annual saves $10 a seat over monthly": the gap between two lines of one plan (billed yearly and
 * billed monthly), of the plan named or of any.
 */
function lineGap(index: GuardIndex, value: number, family: readonly string[] | undefined): boolean {
  const families = family ? [family] : [...new Set(index.catalog.lines.values())];
  return families.some((skus) => {
    const prices = skus.flatMap((s) => {
      const p = index.catalog.bySku.get(s);
      return p ? [p.listPrice] : [];
    });
    return prices.some((a) => prices.some((b) => a > b && Math.abs(a - b - value) <= 0.011));
  });
}

const FLAT_UNIT = /^\s*(?:per\s+)?(?:month|year|quarter|annum)\s*$/i;

/** Price-book lines whose unit is a period alone ("year"): one to a customer, like a platform fee. */
function flatFeesOf(index: GuardIndex): ReadonlySet<string> {
  return new Set(
    index.catalog.products.filter((p) => !p.perSeat && FLAT_UNIT.test(p.unit ?? '')).map((p) => p.sku),
  );
}

const bookUnits = new WeakMap<GuardIndex, RegExp | undefined>();

/** Whether the words after an amount say it is per one of the units the price book sells by ("per active learner"). */
function isPerBookUnit(index: GuardIndex, after: string): boolean {
  if (!bookUnits.has(index)) {
    const units = [
      ...new Set(
        index.catalog.products.flatMap((p) => {
          const unit = (p.unit ?? '')
            .split(/\/|\bper\b/i)[0]!
            .trim()
            .toLowerCase();
          return /^[a-z][a-z -]*[a-z]$/.test(unit) && periodOf(unit) === undefined ? [unit] : [];
        }),
      ),
    ];
    bookUnits.set(
      index,
      units.length > 0
        ? new RegExp(
            `^\\s*(?:per|a|an|each)\\s+(?:active\\s+|named\\s+)?(?:${units.map((u) => `${u}s?`).join('|')})\\b`,
            'i',
          )
        : undefined,
    );
  }
  return bookUnits.get(index)?.test(after) ?? false;
}

/** Whether a count is of a unit the price book sells by ("15 agents" on a per-agent price list). */
function isMetered(index: GuardIndex, text: string): boolean {
  const metered = index.catalog.metered;
  return metered !== undefined && new RegExp(metered.source, 'i').test(text);
}

/** Seat counts on record: licensed seats, usage, counts and plain numbers the thread wrote. */
function seatCounts(deal: DealContext): number[] {
  const values = new Set<number>();
  for (const map of [deal.crm.counts, deal.thread.counts, deal.thread.numbers]) {
    for (const v of map.keys()) if (v > 0 && v < 1e6) values.add(v);
  }
  return [...values];
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
  const numbers = [...deal.thread.numbers.keys(), ...deal.thread.counts.keys()];
  return seats.some((a) => numbers.some((b) => a + b === value || a - b === value));
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
        (years) => Math.abs(perYear * f * value * years - amount) <= Math.max(1, amount * 0.001),
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

/** A total of the deal's scope: a plan for its size with the add-ons spoken of (see quote-scope). */
function scopedTotal(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: MoneyFigure,
  draft: DraftFigures,
  approved: readonly number[],
): boolean {
  // Rounded totals stay with the record and the plain quote: a "k" around every scope sum would reach too far.
  if (/\d\s*k\b/i.test(figure.text)) return false;
  const withLines = (skus: readonly string[]) => [
    ...new Set(skus.flatMap((s) => [...(index.catalog.lines.get(s) ?? [s])])),
  ];
  return isScopedQuoteTotal(index, deal, figure, {
    // A plan or add-on named is priced on whichever of its lines the quote bills (monthly, annual).
    planSkus: withLines(draft.sentenceProducts(clause)),
    addOnSkus: withLines([
      ...draft.addOnsNear(clause),
      ...addOnsSpokenOf(index, deal, deal.opportunity.name),
    ]),
    sizes: [
      ...quantitiesIn(deal.opportunity.name).map((q) => q.value),
      ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
      ...deal.thread.counts.keys(),
      ...draft.draftCounts,
    ],
    counts: [...draft.draftCounts, ...[...deal.thread.quantities.values()].flatMap((m) => [...m.keys()])],
    planPercents: [...approved, ...draft.bandDiscounts, ...draft.programmes.map((p) => p.percent)],
    // A size band's percentage the draft repeats ("after the 5% band") is the plan's band, not a quote-wide discount.
    quotePercents: [
      ...draft.draftDiscounts.filter((p) => !deal.facts.discounts.volumeBands?.includes(p)),
      ...draft.programmes.flatMap((p) => (p.onAddOns ? [p.percent] : [])),
    ],
  });
}

/** A total built on the deal's recorded yearly amount (see record-quote-scope). */
function recordQuote(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: MoneyFigure,
  draft: DraftFigures,
  approximate: boolean,
): boolean {
  return isRecordQuoteTotal(index, deal, figure, {
    planSkus: draft.sentenceProducts(clause),
    said: draft.said,
    sentence: clause.sentence.text,
    rounded: approximate || /\d\s*k\b/i.test(figure.text),
    counts: draft.draftCounts,
    quotePercents: [...draft.programmes.map((p) => p.percent), ...draft.draftDiscounts],
    termMonths: draft.draftMonths,
  });
}

/** A total across price-book lines for a size the deal or the draft's counts state (see quote-totals). */
function quoteTotal(index: GuardIndex, deal: DealContext, figure: MoneyFigure, draft: DraftFigures): boolean {
  if (/\d\s*k\b/i.test(figure.text)) return false;
  const lines = index.catalog.products.filter((p) => p.currency === deal.opportunity.currency);
  const sizes = [
    ...quantitiesIn(deal.opportunity.name).map((q) => q.value),
    ...(deal.opportunity.licensedSeats ? [deal.opportunity.licensedSeats] : []),
    ...deal.thread.counts.keys(),
    ...draft.draftCounts,
  ];
  const bands = [...draft.bandDiscounts, ...draft.draftDiscounts].map((p) => 1 - p / 100);
  const totals = quoteTotals(
    lines.map((l) => ({
      price: l.listPrice,
      period: l.period,
      plan: kindOf(l, index.sellerName) === undefined,
    })),
    sizes,
    bands,
  );
  return isOneOfTotals(figure, totals, 0.011);
}
