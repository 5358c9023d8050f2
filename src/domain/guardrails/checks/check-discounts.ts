/** Pricing policy: discounts within the rep's documented limit, documented programmes as documented, the rest approved. */

import { stem } from '../../knowledge/text-tokens.ts';
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardFinding, GuardOptions } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { conditionStems, type DiscountProgramme } from '../index/discount-policy.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import type { ProductCatalog } from '../index/product-catalog.ts';
import {
  discountPoints,
  isDiscountPercent,
  isReplaced,
  ONE_OF_THEM,
  OWN_OFFER,
  stacks,
} from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { appliesTo } from '../support/programmes.ts';
import { isHedged, isNegatedAt, isRefusedAt } from '../text/claim-context.ts';
import { extractFigures, type Figure, type PercentFigure } from '../text/figures.ts';
import { approvalPastExpiry } from './approval-expiry.ts';
import { discountedApprovalOnlyLines } from './approval-only-lines.ts';
import { combinedProgrammes } from './combined-programmes.ts';
import { offeredPrices } from './offered-prices.ts';
import { isPriceRatio } from './price-ratios.ts';
import { type OfferReading, repShare, repTotal } from './rep-share.ts';

type Offer = { clause: DraftClause; figure: PercentFigure };

const fieldText = (analysis: DraftAnalysis, clause: DraftClause) =>
  clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;

/** A clause's figures with the points of discount it offers ("8 points on top"), read as percentages. */
function figuresOf(clause: DraftClause): Figure[] {
  const points = discountPoints(clause.text).map((p) => ({
    ...p,
    start: clause.start + p.start,
    end: clause.start + p.end,
  }));
  return points.length === 0
    ? clause.figures
    : [...clause.figures, ...points].sort((a, b) => a.start - b.start);
}

const isPoints = (figure: PercentFigure) => /\bpoints?$/i.test(figure.text);

/** Every figure of the sentence a clause belongs to ("On a three-year term, I can do 15%"). */
function sentenceFigures(analysis: DraftAnalysis, clause: DraftClause) {
  return analysis.clauses
    .filter((c) => c.sentence.start === clause.sentence.start && c.field === clause.field)
    .flatMap(figuresOf);
}

// "That's 18% off list", "which brings it to 33%", "so 20% off in total": the whole discount, stated.
const TOTAL_BEFORE =
  /\b(?:brings?|bringing|takes?|taking)\s+(?:it|that|this|the \w+(?: \w+)?)\s+(?:down\s+)?to\s+$|\b(?:comes?|coming|works? out)\s+(?:to|at)\s+$|\b(?:that's|that’s|that is|so|making|makes it|total(?:ling)? of)\s+$/i;
const TOTAL_AFTER = /^\s*(?:off\s+)?(?:[\w-]+\s+){0,3}?(?:in total|in all|altogether|overall)\b/i;

/** Whether the words around an offer name a programme's condition ("on a three-year commitment"). */
function meetsCondition(programme: DiscountProgramme, clause: DraftClause, draftText: string): boolean {
  const own = clause.figures.flatMap((f) => (f.type === 'duration' ? [durationInDays(f.value, f.unit)] : []));
  const durations = own.length > 0 ? own : labelTerms(clause);
  if (programme.durationDays !== undefined) {
    if (durations.some((d) => sameDuration(d, programme.durationDays!))) return true;
    if (durations.length > 0) return false;
  }
  const words = new Set(
    conditionStems(programme.durationDays !== undefined ? clause.sentence.text : draftText),
  );
  return programme.conditionStems.length > 0 && programme.conditionStems.some((s) => words.has(s));
}

/**
 * "- 24 months: 4% off": the term a list item's label gives the clause after its colon, which is
 * what the clause's discount is for.
 */
function labelTerms(clause: DraftClause): number[] {
  const label = clause.sentence.text.slice(0, clause.start - clause.sentence.start);
  if (!/:\s*$/.test(label)) return [];
  return extractFigures(label).flatMap((f) =>
    f.type === 'duration' && /^[^,;.:]*:\s*$/.test(label.slice(f.end))
      ? [durationInDays(f.value, f.unit)]
      : [],
  );
}

/**
 * "the 10% volume discount", "the volume band is 15%": the price list's own quantity discount, applied
 * to everyone of that size; a rep's offer sits beside it rather than adding up with it.
 */
function isVolumeBand(deal: DealContext, text: string, figure: PercentFigure): boolean {
  const { volumeBands, bandWords } = deal.facts.discounts;
  if (!volumeBands?.includes(figure.value)) return false;
  const after = text.slice(figure.end, figure.end + 30);
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  // The band by its heading's name too: "the 5% group discount" under a "Multi-clinic groups" table.
  const named = [...`${before} ${after}`.matchAll(/([\w-]+)\s+(?:discount|band|tier|rate)\b/gi)].some((m) =>
    m[1]!.split('-').some((w) => bandWords?.has(stem(w))),
  );
  // "the volume band is 15%", not "the 10% band and another 10%": nothing added between the two.
  const said = /\b(?:volume|band|quantity)\b([^.;%]*)$/i.exec(before);
  return (
    (named && !ADDED.test(before.slice(-25))) ||
    /^\s*(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:volume|band|quantity|size)\b/i.test(after) ||
    (said !== null && !ADDED.test(said[1]!))
  );
}

const ADDED = /\b(?:and|plus|another|additional|extra|further|on top|my|from me)\b/i;

// "for your first two contract years", "for the whole term", "every year": longer than a first year.
const BEYOND_FIRST_YEAR =
  /\b(?:first|next)\s+(?:two|three|four|five|[2-9])\s+(?:contract\s+)?years\b|\b(?:whole|entire|full)\s+(?:term|contract)\b|\b(?:every|each)\s+(?:contract\s+)?year\b|\bthroughout the (?:term|contract)\b/i;

const ALTERNATIVE = /\b(?:or|either|instead|alternatively|versus|vs\.?|compared (?:to|with))\b/i;

/** The phrase a figure sits in, up to punctuation or a neighbouring percentage: where a programme named for it is. */
function ownStretch(
  analysis: DraftAnalysis,
  clause: DraftClause,
  figure: PercentFigure,
  text: string,
): string {
  const { start, end } = stretchBounds(analysis, clause, figure, text);
  return text.slice(start, end);
}

function stretchBounds(
  analysis: DraftAnalysis,
  clause: DraftClause,
  figure: PercentFigure,
  text: string,
): { start: number; end: number } {
  const percents = sentenceFigures(analysis, clause).filter((f) => f.type === 'percent');
  const start = Math.max(
    clause.sentence.start,
    ...percents.filter((f) => f.end <= figure.start).map((f) => f.end),
    text.slice(0, figure.start).search(/[,;:()][^,;:()]*$/) + 1,
  );
  const rest = text.slice(figure.end).search(/[,;:()]/);
  const end = Math.min(
    clause.sentence.end,
    ...percents.filter((f) => f.start >= figure.end).map((f) => f.start),
    rest < 0 ? text.length : figure.end + rest,
  );
  return { start, end };
}

/** The term a percentage is given for: the one named in its own stretch, before it if any, else after it. */
function termOf(
  analysis: DraftAnalysis,
  clause: DraftClause,
  figure: PercentFigure,
  text: string,
): number | undefined {
  const { start, end } = stretchBounds(analysis, clause, figure, text);
  const terms = sentenceFigures(analysis, clause).filter(
    (f) => f.type === 'duration' && f.start >= start && f.end <= end,
  );
  const term = terms.filter((f) => f.end <= figure.start).at(-1) ?? terms[0];
  if (term?.type === 'duration') return durationInDays(term.value, term.unit);
  // "on 36 months, 8% off": the clause's own term, when the percentage's stretch names none.
  const home =
    analysis.clauses.find(
      (c) => c.field === clause.field && c.start <= figure.start && c.end >= figure.end,
    ) ?? clause;
  const own = home.figures.filter((f) => f.type === 'duration' && f.end <= figure.start).at(-1);
  return own?.type === 'duration' ? durationInDays(own.value, own.unit) : labelTerms(home)[0];
}

/**
 * "The 5% volume discount, and I can add 8% on top, so 13% in all": a percentage that is the sum of the
 * ones before it in the sentence is their total, not a third discount. Returns those parts.
 */
function partsOfTotal(analysis: DraftAnalysis, clause: DraftClause, figure: PercentFigure) {
  const parts = sentenceFigures(analysis, clause).filter(
    (f): f is PercentFigure => f.type === 'percent' && f.start < figure.start,
  );
  if (parts.length < 2) return undefined;
  const sum = parts.reduce((a, f) => a + f.value, 0);
  return Math.abs(sum - figure.value) < 0.01 ? parts : undefined;
}

/** What a discount is taken off, in the draft's words: "15% off users" → "users", "8% off the platform fee" → "platform fee". */
function discountTarget(text: string, figure: PercentFigure): string | undefined {
  const target =
    /^\s*(?:discount\s+)?(?:off|on|for)\s+(?:the\s+|your\s+|all\s+)?([\w -]{2,40}?)(?=\s*(?:[,;:.()]|\band\b|\bplus\b|\bwith\b|\bfor\b|$))/i.exec(
      text.slice(figure.end, figure.end + 60),
    );
  // "the platform fee takes the standard 8%": the line named as what receives it.
  const receiver =
    /\b(?:the|your)\s+([\w -]{2,40}?)\s+(?:takes|gets|has|receives|keeps|carries|comes with)\s+(?:the\s+|an?\s+|its\s+)?(?:standard\s+|usual\s+|same\s+)?$/i.exec(
      text.slice(Math.max(0, figure.start - 60), figure.start),
    );
  const words = (target ?? receiver)?.[1]?.toLowerCase().trim();
  // "on top", "off list", "off the total": said of the whole price, so of every line at once.
  return words &&
    !/^(?:top\b.*|list(?: price)?|(?:the )?(?:total|price|bill|invoice|quote)|everything|it|that|this)$/.test(
      words,
    )
    ? words
    : undefined;
}

/** "10% and 8 points: 18% off", "that's 18% off list": the whole discount, not one more part of it. */
function isStatedTotal(analysis: DraftAnalysis, { clause, figure }: Offer): boolean {
  const text = fieldText(analysis, clause);
  return (
    !isPoints(figure) &&
    (partsOfTotal(analysis, clause, figure) !== undefined ||
      TOTAL_BEFORE.test(text.slice(Math.max(0, figure.start - 30), figure.start)) ||
      TOTAL_AFTER.test(text.slice(figure.end, figure.end + 40)))
  );
}

/** How an offer is worded: points, a stated total or an addition, and the programmes given with it. */
function readOffer(
  analysis: DraftAnalysis,
  { clause, figure }: Offer,
  inDraft: readonly number[],
  forClause: readonly number[],
): OfferReading {
  const statedTotal = isStatedTotal(analysis, { clause, figure });
  return {
    value: figure.value,
    points: isPoints(figure),
    statedTotal,
    stacking: stacks(clause.text),
    // A stated total or an addition sits on any programme the draft gives; a plain offer only on
    // one its own clause names ("on a 36-month term I can do 18%").
    programmes: statedTotal || stacks(clause.text) ? [...inDraft, ...forClause] : forClause,
  };
}

export function checkDiscounts(
  deal: DealContext,
  analysis: DraftAnalysis,
  options: GuardOptions,
  catalog: ProductCatalog,
): GuardFinding[] {
  const { repLimit, programmes } = deal.facts.discounts;
  const offers: Offer[] = [];
  for (const clause of analysis.clauses) {
    const text = fieldText(analysis, clause);
    if (isHedged(clause.text) || clause.reported) continue;
    for (const figure of figuresOf(clause)) {
      if (
        figure.type === 'percent' &&
        (isPoints(figure) || isDiscountPercent(text, figure)) &&
        !isReplaced(text, figure) &&
        !isRefusedAt(text, figure.start) &&
        !isVolumeBand(deal, text, figure) &&
        !isPriceRatio(catalog, analysis, clause, figure)
      )
        offers.push({ clause, figure });
    }
  }
  // A total of the sentence's other percentages stands for what it adds to the price list's volume band
  // ("the 10% band and another 10% from me, 20% off": 10% from the rep), which sits beside a rep's offer;
  // a programme does not, so it stays in. Nothing new where an offer beside it already says so.
  for (const offer of [...offers]) {
    const parts = partsOfTotal(analysis, offer.clause, offer.figure);
    if (!parts) continue;
    const text = fieldText(analysis, offer.clause);
    const bands = parts.filter((p) => isVolumeBand(deal, text, p));
    if (bands.length === 0) continue;
    offers.splice(offers.indexOf(offer), 1);
    const own = parts.filter((p) => !bands.includes(p));
    const beyond = offer.figure.value - bands.reduce((a, p) => a + p.value, 0);
    const stated = own.every((p) =>
      offers.some((o) => o.figure.start === p.start && o.clause.field === offer.clause.field),
    );
    if (beyond > 0 && !stated)
      offers.push({
        clause: offer.clause,
        figure: {
          ...offer.figure,
          value: beyond,
          text: `${offer.figure.text} (${beyond}% past the documented discounts)`,
        },
      });
  }
  const findings: GuardFinding[] = [
    ...freeAddOns(deal, analysis),
    ...onExclusivePrice(deal, analysis),
    ...discountedApprovalOnlyLines(deal, analysis, catalog),
    ...approvalPastExpiry(deal, analysis),
    ...combinedProgrammes(deal, analysis),
    ...onExclusiveProgramme(deal, offers),
  ];
  const discretionary: Offer[] = [];
  const programmeOffers: Offer[] = [];
  // An approval for a term covers offers on that term only: 15% on three years is not 15% on two.
  const approvedFor = (clause: DraftClause) => {
    const terms = clause.sentence.text === clause.text ? clause.figures : sentenceFigures(analysis, clause);
    const { sentence } = clause;
    // "If you'd rather not commit to three years, the 16% holds on 24 months": the term turned down is none.
    const days = terms.flatMap((f) =>
      f.type === 'duration' &&
      (f.unit === 'year' || f.unit === 'month') &&
      !isNegatedAt(sentence.text, f.start - sentence.start, f.end - sentence.start)
        ? [durationInDays(f.value, f.unit)]
        : [],
    );
    return Math.max(
      options.approvedDiscountPercent ?? 0,
      ...deal.approvals
        .filter(
          (a) =>
            a.durationDays === undefined ||
            days.length === 0 ||
            days.some((d) => sameDuration(d, a.durationDays!)),
        )
        .map((a) => a.percent ?? Number.POSITIVE_INFINITY),
    );
  };
  findings.push(...offeredPrices(deal, analysis, approvedFor));
  // A programme invoked for a plan it does not cover ("25% off Enterprise") is no programme discount.
  const named = (clause: DraftClause, figure?: PercentFigure) => {
    const text = fieldText(analysis, clause);
    const product = figure ? productAt(clause, figure.start, text, figure.end) : undefined;
    return programmes.filter(
      (p) => appliesTo(p, product?.sku) && meetsCondition(p, clause, analysis.draft.body),
    );
  };
  // Programmes that never combine: one invoked with any other discount in the same sentence is stacked.
  const { noStacking } = deal.facts.discounts;
  // A limit counted with the programme or on top of it lets the rep add to a programme: only another
  // programme stacks on it.
  const repAddsToProgrammes = Boolean(repLimit?.includesProgrammes || repLimit?.beyondProgramme);
  for (const offer of offers) {
    const { clause, figure } = offer;
    const approved = approvedFor(clause);
    const programme = named(clause, figure).find((p) => p.percent === figure.value);
    // Another discount in the sentence: an offer, or another programme's percentage ("plus the three-year 10%").
    const percents = new Set(programmes.map((p) => p.percent));
    const text = fieldText(analysis, clause);
    // "12% on three years, or 7% on two": alternatives to choose from, not one discount on another.
    const alternative = (f: PercentFigure) =>
      ALTERNATIVE.test(text.slice(Math.min(f.end, figure.end), Math.max(f.start, figure.start)));
    // "15% off users and 8% off the platform fee": discounts on two lines of the quote, each on its own.
    const target = discountTarget(text, figure);
    const elsewhere = (f: PercentFigure) => {
      const other = discountTarget(text, f);
      return target !== undefined && other !== undefined && other !== target;
    };
    // "Two years take 5% and three years 8%": one agreement has one term, so each is the other's alternative.
    const ownTerm = termOf(analysis, clause, figure, text);
    const otherTerm = (f: PercentFigure) => {
      const term = termOf(analysis, clause, f, text);
      return ownTerm !== undefined && term !== undefined && !sameDuration(ownTerm, term);
    };
    const others = sentenceFigures(analysis, clause).filter(
      (f): f is PercentFigure =>
        f.type === 'percent' &&
        f.start !== figure.start &&
        !alternative(f) &&
        !elsewhere(f) &&
        !otherTerm(f) &&
        ((!repAddsToProgrammes &&
          offers.some((o) => o.figure.start === f.start && o.clause.field === clause.field)) ||
          (percents.has(f.value) && f.value !== figure.value)),
    );
    // Where the documents name the programme that combines with nothing, only that one stacks badly.
    const scoped = programmes.some((p) => p.exclusive !== undefined);
    const exclusive = new Set(programmes.filter((p) => p.exclusive).map((p) => p.percent));
    // An approval that happens to equal that programme's percentage ("approved for 15%") is not it.
    const isExclusive = (o: PercentFigure) =>
      named(clause, o).some((p) => p.exclusive && p.percent === o.value);
    const breaksRule = !scoped || exclusive.has(programme?.percent ?? Number.NaN) || others.some(isExclusive);
    if (
      noStacking &&
      programme &&
      breaksRule &&
      others.length > 0 &&
      !ONE_OF_THEM.test(clause.sentence.text) &&
      figure.value + Math.max(...others.map((o) => o.value)) > approved
    ) {
      findings.push(
        finding(
          'discount',
          'block',
          { field: clause.field, start: figure.start, end: figure.end, text: clause.sentence.text },
          'stacked',
          `${figure.text} is a programme discount, and the documents say it does not combine with another discount`,
          noStacking,
        ),
      );
    }
  }
  for (const offer of offers) {
    const { clause, figure } = offer;
    const approved = approvedFor(clause);
    const at = { field: clause.field, start: figure.start, end: figure.end, text: clause.text };
    const invoked = named(clause, figure);
    const given = invoked.find((p) => p.percent === figure.value);
    if (given) {
      programmeOffers.push(offer);
      if (given.firstYearOnly && BEYOND_FIRST_YEAR.test(clause.sentence.text))
        findings.push(
          finding(
            'discount',
            'block',
            at,
            'programme_term',
            `the documented programme gives ${given.percent}% for the first contract year only`,
            given.citation,
          ),
        );
      continue;
    }
    // "Three-year commitments receive 15% off" restates the programme; "I can do 15%" is the rep's own offer.
    const ownOffer =
      OWN_OFFER.test(clause.text) ||
      stacks(clause.text) ||
      isPoints(figure) ||
      isStatedTotal(analysis, offer);
    const misquoted = invoked.find((p) => p.percent !== figure.value);
    // Within the rep's own authority it is a discount the rep may give, whatever the programme.
    // A programme the sentence itself names ("two-year terms get 10%") is misquoted whatever the rep
    // may give; one named elsewhere in the draft leaves this percentage to the rep's authority.
    // With several percentages in the sentence, the programme must be named in this figure's own stretch
    // ("the 20% non-profit rate, larger than the 10% multi-year discount": 10% is not the non-profit rate).
    const stretch = ownStretch(analysis, clause, figure, fieldText(analysis, clause));
    const local = misquoted && meetsCondition(misquoted, clause, stretch);
    const withinAuthority = !local && repLimit !== undefined && figure.value <= repLimit.percent;
    if (misquoted && !ownOffer && !withinAuthority && figure.value > approved) {
      findings.push(
        finding(
          'discount',
          'block',
          at,
          'programme',
          `the documented programme gives ${misquoted.percent}%, not ${figure.value}%`,
          misquoted.citation,
        ),
      );
      continue;
    }
    discretionary.push(offer);
  }
  // Offers stack only when the draft says so ("another 5%"); otherwise the largest one is what is offered.
  // The same percentage named again ("a further 12%… after the additional 12%") is the one discount.
  const stacking = [
    ...new Set(discretionary.filter((o) => stacks(o.clause.text)).map((o) => o.figure.value)),
  ];
  const plain = discretionary.filter((o) => !stacks(o.clause.text)).map((o) => o.figure.value);
  const total = stacking.reduce((a, b) => a + b, 0) + (plain.length > 0 ? Math.max(...plain) : 0);
  const given = programmeOffers.map((o) => o.figure.value);
  // The programmes a clause names, held to the term its sentence gives ("on 24 months… the multi-year
  // discount" is the two-year one).
  const forClause = (o: Offer) => {
    const days = sentenceFigures(analysis, o.clause).flatMap((f) =>
      f.type === 'duration' ? [durationInDays(f.value, f.unit)] : [],
    );
    return named(o.clause)
      .filter(
        (p) =>
          p.durationDays === undefined ||
          days.length === 0 ||
          days.some((d) => sameDuration(d, p.durationDays!)),
      )
      .map((p) => p.percent);
  };
  const readings = new Map(
    discretionary.map((o) => [o, readOffer(analysis, o, given, forClause(o))] as const),
  );
  const repGives = repLimit ? repTotal([...readings.values()], repLimit) : 0;
  for (const offer of discretionary) {
    const { clause, figure } = offer;
    const approved = approvedFor(clause);
    const at = { field: clause.field, start: figure.start, end: figure.end, text: clause.text };
    if (Math.max(figure.value, total) <= approved) continue;
    if (!repLimit) {
      findings.push(
        finding(
          'discount',
          'warn',
          at,
          'no_policy',
          `no documented discount limit to check ${figure.text} against`,
        ),
      );
      continue;
    }
    const own = repShare(readings.get(offer)!, repLimit);
    const amount = Math.max(own, repGives);
    if (amount <= repLimit.percent) continue;
    const what =
      amount === figure.value
        ? figure.text
        : `${figure.text} (${amount}% ${repLimit.beyondProgramme ? 'beyond the programme' : 'in all'})`;
    findings.push(
      finding(
        'discount',
        'block',
        at,
        'over_limit',
        `${what} is beyond the ${repLimit.percent}% a rep may give without an approval on record`,
        repLimit.citation,
      ),
    );
  }
  return findings;
}

/**
 * "On top of the framework price we can add the 5% volume discount", "on the framework price I can still
 * take 5% off" where the documents say that price combines with no other discount: any discount given
 * with it, a documented band included, breaks the rule.
 */
function onExclusivePrice(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const prices = deal.facts.discounts.exclusivePrices ?? [];
  if (prices.length === 0) return [];
  const findings: GuardFinding[] = [];
  for (const clause of analysis.clauses) {
    if (clause.question || isHedged(clause.text)) continue;
    const text = fieldText(analysis, clause);
    // The name is read as word characters and hyphens, so it needs no escaping.
    const price = prices.find((p) =>
      new RegExp(`\\b${p.name}\\s+(?:price|rate|pricing)\\b`, 'i').test(clause.sentence.text),
    );
    const discount = clause.figures.find(
      (f): f is PercentFigure => f.type === 'percent' && isDiscountPercent(text, f) && !isReplaced(text, f),
    );
    if (!price || !discount) continue;
    if (isNegatedAt(clause.text, discount.start - clause.start, discount.end - clause.start)) continue;
    findings.push(
      finding(
        'discount',
        'block',
        { field: clause.field, start: discount.start, end: discount.end, text: clause.text },
        'stacked',
        `${discount.text} on top of the ${price.name} price, which the documents say combines with no other discount`,
        price.citation,
      ),
    );
  }
  return findings;
}

const FREE =
  /\b(?:for free|free of charge|free|at no (?:extra |additional )?(?:charge|cost)|no charge|complimentary|on the house|on us|throw(?:ing)? in|waiv\w*)\b/i;

/**
 * "We'll include Workforce Management at no charge": an add-on given away. Only a plan that the
 * documents say includes it ("Premium Support: included with Enterprise") makes that true.
 */
function freeAddOns(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const { addOns, includedWith } = deal.facts;
  if (addOns.size === 0) return [];
  const findings: GuardFinding[] = [];
  const draftSkus = new Set(analysis.clauses.flatMap((c) => c.products.map((p) => p.sku)));
  for (const clause of analysis.clauses) {
    const free = FREE.exec(clause.text);
    if (!free || isHedged(clause.text) || clause.question) continue;
    if (isNegatedAt(clause.text, free.index, free.index + free[0].length)) continue;
    for (const p of clause.products) {
      if (!addOns.has(p.sku)) continue;
      // "by email at no charge, or by text on the messaging add-on at $22 per 1,000": priced, not given away.
      if (clause.figures.some((f) => f.type === 'money' && f.start >= p.end && f.start - p.end < 40))
        continue;
      const plans = includedWith.get(p.sku);
      if (plans && [...plans].some((s) => draftSkus.has(s))) continue;
      findings.push(
        finding(
          'discount',
          'block',
          { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
          'free_add_on',
          plans
            ? `gives an add-on away: the documents include it only with ${[...plans].join(', ')}`
            : 'gives an add-on away; add-ons are sold at list unless an approval is on record',
          deal.facts.discounts.notOnAddOns,
        ),
      );
      break;
    }
  }
  return findings;
}

const PROGRAMME_WORD = /\b(?:programme|program|scheme)\b/i;

/**
 * "On top of the programme I can add a further 5%" where the documents say that programme combines
 * with nothing: a discount stacked on a programme named by its name or its condition, not its percentage.
 */
function onExclusiveProgramme(deal: DealContext, offers: readonly Offer[]): GuardFinding[] {
  const { programmes, noStacking } = deal.facts.discounts;
  const exclusive = programmes.filter((p) => p.exclusive);
  if (!noStacking || exclusive.length === 0) return [];
  const findings: GuardFinding[] = [];
  for (const { clause, figure } of offers) {
    const sentence = clause.sentence.text;
    if (!stacks(sentence) || ONE_OF_THEM.test(sentence) || exclusive.some((p) => p.percent === figure.value))
      continue;
    const words = new Set(conditionStems(sentence));
    const named = exclusive.some((p) => p.conditionStems.some((w) => words.has(w)));
    // "the programme" alone names the one programme whose own rule forbids combining.
    if (!named && !(exclusive.length === 1 && PROGRAMME_WORD.test(sentence))) continue;
    if (figure.value <= Math.max(0, ...deal.approvals.map((a) => a.percent ?? 0))) continue;
    findings.push(
      finding(
        'discount',
        'block',
        { field: clause.field, start: figure.start, end: figure.end, text: sentence },
        'stacked',
        `${figure.text} on top of a programme the documents say combines with no other reduction`,
        noStacking,
      ),
    );
  }
  return findings;
}
