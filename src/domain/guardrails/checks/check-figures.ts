/** Figures: every price, percentage, count, duration and date a draft states must agree with a record. */
import { stems } from '../../knowledge/text-tokens.ts';
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext, FigureFacts } from '../index/deal-context.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { isDiscountPercent } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { isAskingOnly } from '../text/claim-context.ts';
import type { DurationFigure, Figure, MoneyFigure } from '../text/figures.ts';
import { dateProblem, monthProblem } from './date-claims.ts';
import { moneySupport } from './money-support.ts';

const CONDITIONAL = /\b(?:if|should you|were you to|in case|whether|suppose|say you)\b/i;
const COUNT_FACT =
  /\b(?:your|you have|you've|you're|you are|licensed|current(?:ly)?|today|existing|contract|agreement|subscription|renewal|active|using|used|usage|hit|reached|bought|purchased|own)\b/i;
// A statement of the contract's size: it must give the licensed seats exactly, not any count on record.
const LICENSED =
  /\b(?:licensed|licen[cs]es? (?:for|cover)|contract(?:ed)? (?:for|covers)|agreement (?:for|covers)|subscription (?:for|covers)|entitled to|paying for|pay for)\b/i;
const CHANGE =
  /\b(?:add\w*|additional|more|extra|expan\w*|grow\w*|brings? (?:you|it|the total|that) to|takes? you to|would|will be|new total|in total|total of|upgrad\w*|increas\w*|up to)\b/i;
const TIME_CLAIM =
  /\b(?:live|setup|set up|set-up|implement\w*|onboard\w*|deploy\w*|install\w*|configur\w*|takes?|took|respon\w*|resol\w*|support|SLA|uptime|recover\w*|RTO|RPO|retention|retain\w*|restor\w*|migrat\w*|go[\s-]live|provision\w*|sync\w*|refresh\w*|latency|history|archive\w*|kept|stored|backups?|guarantee\w*)\b/i;
// "set up 30 minutes with our security lead" books a meeting; "setup takes 30 minutes" claims a fact.
const MEETING =
  /\b(?:call|meet\w*|chat|talk|sync|demo|session|walk ?through|catch[\s-]?up|conversation|review|workshop|time|slot|calendar|grab|find|book|with (?:me|us|our|you|your|the)|of your time)\b/i;
const STRONG_TIME_CLAIM =
  /\b(?:SLA|uptime|respon\w*|resol\w*|RTO|RPO|restor\w*|recover\w*|takes?|took|latency|refresh\w*|retention|retain\w*|backups?|live)\b/i;
const COMMERCIAL_TIME =
  /\b(?:trial|pilot|term|notice|refund|money-back|guarantee|free|payment|net|invoice|cancel\w*|commitment|contract|subscription|warranty|grace|lock\w*|price|pricing|discount)\b/i;
const APPROXIMATE =
  /\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|just (?:under|over)|close to|ballpark|~)\s*$/i;

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
  const draftDiscounts = analysis.clauses.flatMap((c) =>
    c.figures.flatMap((f) =>
      f.type === 'percent' && isDiscountPercent(textOf(analysis, c), f) ? [f.value] : [],
    ),
  );
  const draftMonths = all.flatMap((f) =>
    f.type === 'duration' ? [durationInDays(f.value, f.unit) / 30] : [],
  );
  for (const clause of analysis.clauses) {
    for (const figure of clause.figures) {
      const problem = figureProblem(index, deal, analysis, clause, figure, {
        draftCounts,
        draftDiscounts,
        draftMonths,
      });
      if (problem) findings.push(problem);
    }
  }
  return findings;
}

function textOf(analysis: DraftAnalysis, clause: DraftClause): string {
  return clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
}

type DraftFigures = { draftCounts: number[]; draftDiscounts: number[]; draftMonths: number[] };

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
    case 'money':
      return moneyProblem(index, deal, clause, figure, draft, text, block);
    case 'percent': {
      if (isDiscountPercent(text, figure)) return undefined; // the discount check owns these
      const support =
        near(figure.value, facts.percents) ??
        near(figure.value, deal.thread.percents) ??
        near(figure.value, deal.crm.percents, index.config.usagePercentSlack);
      return support
        ? undefined
        : block(
            'claim',
            'percent',
            `${figure.text} is not on record in the documents, the CRM or the thread`,
          );
    }
    case 'count': {
      if (figure.unit !== 'seat') {
        const support =
          near(figure.value, facts.counts) ??
          near(figure.value, deal.thread.counts) ??
          near(figure.value, deal.crm.counts);
        return support
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
      const approximate = APPROXIMATE.test(text.slice(Math.max(0, figure.start - 25), figure.start));
      if (seatCountSupport(deal, figure.value, approximate ? index.config.approximateTolerance : 0))
        return undefined;
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
  figure: MoneyFigure,
  draft: DraftFigures,
  text: string,
  block: (kind: 'price', check: string, reason: string, citation?: GuardCitation) => GuardFinding,
): GuardFinding | undefined {
  const product = productAt(clause, figure.start, text, figure.end);
  const catalogProduct = product ? index.catalog.bySku.get(product.sku) : undefined;
  const currency = catalogProduct?.currency ?? deal.opportunity.currency;
  if (figure.currency && figure.currency !== currency) {
    return block(
      'price',
      'currency',
      `${figure.text} is in ${figure.currency}; this deal is priced in ${currency}`,
    );
  }
  const approximate = APPROXIMATE.test(text.slice(Math.max(0, figure.start - 25), figure.start));
  const support = moneySupport(deal, figure, {
    skus: product ? [product.sku] : [],
    counts: [...draft.draftCounts, ...seatCounts(deal)],
    discounts: draft.draftDiscounts,
    months: draft.draftMonths,
    tolerance: approximate ? index.config.approximateTolerance : index.config.moneyTolerance,
  });
  if (support) return undefined;
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

/** Seat counts on record: licensed seats, usage, counts and plain numbers the thread wrote. */
function seatCounts(deal: DealContext): number[] {
  const values = new Set<number>();
  for (const map of [deal.crm.counts, deal.thread.counts, deal.thread.numbers]) {
    for (const v of map.keys()) if (v > 0 && v < 1e6) values.add(v);
  }
  return [...values];
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

function durationProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  figure: DurationFigure,
  block: (kind: 'claim', check: string, reason: string) => GuardFinding,
): GuardFinding | undefined {
  const days = durationInDays(figure.value, figure.unit);
  const words = new Set(stems(clause.text));
  const short = figure.unit === 'minute' || figure.unit === 'hour';
  const matters = short
    ? TIME_CLAIM.test(clause.text) && (!MEETING.test(clause.text) || STRONG_TIME_CLAIM.test(clause.text))
    : figure.unit === 'day' || figure.unit === 'week'
      ? TIME_CLAIM.test(clause.text) || COMMERCIAL_TIME.test(clause.text)
      : figure.adjectival || TIME_CLAIM.test(clause.text) || COMMERCIAL_TIME.test(clause.text);
  const known = (map: FigureFacts['durations']) =>
    [...map.keys()].some((d) => sameDuration(d, days, index.config.durationTolerance));
  if (!matters) {
    // Restating what the customer said ("redlines in about three weeks") must keep their number.
    const comparable = (c: { days: number }) =>
      Math.max(c.days, days) / Math.min(c.days, days) <= index.config.restatedDurationFactor;
    const context = deal.thread.durationContexts.filter(
      (c) => comparable(c) && [...c.stems].some((w) => words.has(w)),
    );
    if (
      context.length === 0 ||
      context.some((c) => sameDuration(c.days, days, index.config.durationTolerance))
    )
      return undefined;
    return block(
      'claim',
      'duration',
      `${figure.text}: the thread says ${context[0]!.citation.label} otherwise`,
    );
  }
  if (known(deal.facts.durations)) return undefined;
  // The thread backs a duration only for what it was about: a two-week pilot is no two-week go-live.
  const sameTopic = deal.thread.durationContexts.some(
    (c) =>
      sameDuration(c.days, days, index.config.durationTolerance) && [...c.stems].some((w) => words.has(w)),
  );
  if (sameTopic) return undefined;
  return block(
    'claim',
    'duration',
    `${figure.text} is not a term, period or time the documents or the thread state`,
  );
}
