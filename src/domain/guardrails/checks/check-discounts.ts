/** Pricing policy: discounts within the rep's documented limit, documented programmes as documented, the rest approved. */
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardFinding, GuardOptions } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { conditionStems, type DiscountProgramme } from '../index/discount-policy.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import { isDiscountPercent, isReplaced, stacks } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { appliesTo } from '../support/programmes.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import type { PercentFigure } from '../text/figures.ts';

type Offer = { clause: DraftClause; figure: PercentFigure };

const OWN_OFFER =
  /\b(?:I|we)\s*(?:can|could|will|would|'ll|’ll|'d|’d|am able to|are able to|'m able to|'re able to|am happy to|are happy to|'m happy to|'re happy to|am prepared to|are prepared to|want to|'m going to|'re going to)\b|\b(?:let me|I've|we've|I have|we have)\s+(?:offer|take|knock|get|put|give|got|secured|approved)/i;

/** Every figure of the sentence a clause belongs to ("On a three-year term, I can do 15%"). */
function sentenceFigures(analysis: DraftAnalysis, clause: DraftClause) {
  return analysis.clauses
    .filter((c) => c.sentence.start === clause.sentence.start && c.field === clause.field)
    .flatMap((c) => c.figures);
}

/** Whether the words around an offer name a programme's condition ("on a three-year commitment"). */
function meetsCondition(programme: DiscountProgramme, clause: DraftClause, draftText: string): boolean {
  const durations = clause.figures.flatMap((f) =>
    f.type === 'duration' ? [durationInDays(f.value, f.unit)] : [],
  );
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
 * "the 10% volume discount", "the volume band is 15%": the price list's own quantity discount, applied
 * to everyone of that size; a rep's offer sits beside it rather than adding up with it.
 */
function isVolumeBand(deal: DealContext, text: string, figure: PercentFigure): boolean {
  if (!deal.facts.discounts.volumeBands?.includes(figure.value)) return false;
  const after = text.slice(figure.end, figure.end + 30);
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  return (
    /^\s*(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:volume|band|quantity|size)\b/i.test(after) ||
    /\b(?:volume|band|quantity)\b[^.;]*$/i.test(before)
  );
}

const ALTERNATIVE = /\b(?:or|either|instead|alternatively|versus|vs\.?|compared (?:to|with))\b/i;

export function checkDiscounts(
  deal: DealContext,
  analysis: DraftAnalysis,
  options: GuardOptions,
): GuardFinding[] {
  const { repLimit, programmes } = deal.facts.discounts;
  const offers: Offer[] = [];
  for (const clause of analysis.clauses) {
    const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
    if (isHedged(clause.text)) continue;
    for (const figure of clause.figures) {
      if (
        figure.type === 'percent' &&
        isDiscountPercent(text, figure) &&
        !isReplaced(text, figure) &&
        !isVolumeBand(deal, text, figure)
      )
        offers.push({ clause, figure });
    }
  }
  const findings: GuardFinding[] = [...freeAddOns(deal, analysis), ...onExclusivePrice(deal, analysis)];
  const discretionary: Offer[] = [];
  // An approval for a term covers offers on that term only: 15% on three years is not 15% on two.
  const approvedFor = (clause: DraftClause) => {
    const terms = clause.sentence.text === clause.text ? clause.figures : sentenceFigures(analysis, clause);
    const days = terms.flatMap((f) =>
      f.type === 'duration' && (f.unit === 'year' || f.unit === 'month')
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
  // A programme invoked for a plan it does not cover ("25% off Enterprise") is no programme discount.
  const named = (clause: DraftClause, figure?: PercentFigure) => {
    const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
    const product = figure ? productAt(clause, figure.start, text, figure.end) : undefined;
    return programmes.filter(
      (p) => appliesTo(p, product?.sku) && meetsCondition(p, clause, analysis.draft.body),
    );
  };
  // Programmes that never combine: one invoked with any other discount in the same sentence is stacked.
  const { noStacking } = deal.facts.discounts;
  for (const offer of offers) {
    const { clause, figure } = offer;
    const approved = approvedFor(clause);
    const programme = named(clause, figure).find((p) => p.percent === figure.value);
    // Another discount in the sentence: an offer, or another programme's percentage ("plus the three-year 10%").
    const percents = new Set(programmes.map((p) => p.percent));
    const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
    // "12% on three years, or 7% on two": alternatives to choose from, not one discount on another.
    const alternative = (f: PercentFigure) =>
      ALTERNATIVE.test(text.slice(Math.min(f.end, figure.end), Math.max(f.start, figure.start)));
    const others = sentenceFigures(analysis, clause).filter(
      (f): f is PercentFigure =>
        f.type === 'percent' &&
        f.start !== figure.start &&
        !alternative(f) &&
        (offers.some((o) => o.figure.start === f.start && o.clause.field === clause.field) ||
          (percents.has(f.value) && f.value !== figure.value)),
    );
    if (
      noStacking &&
      programme &&
      others.length > 0 &&
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
    if (invoked.some((p) => p.percent === figure.value)) continue;
    // "Three-year commitments receive 15% off" restates the programme; "I can do 15%" is the rep's own offer.
    const ownOffer = OWN_OFFER.test(clause.text) || stacks(clause.text);
    const misquoted = invoked.find((p) => p.percent !== figure.value);
    // Within the rep's own authority it is a discount the rep may give, whatever the programme.
    // A programme the sentence itself names ("two-year terms get 10%") is misquoted whatever the rep
    // may give; one named elsewhere in the draft leaves this percentage to the rep's authority.
    const local = misquoted && meetsCondition(misquoted, clause, clause.sentence.text);
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
  for (const offer of discretionary) {
    const { clause, figure } = offer;
    const approved = approvedFor(clause);
    const at = { field: clause.field, start: figure.start, end: figure.end, text: clause.text };
    const amount = Math.max(figure.value, total);
    if (amount <= approved) continue;
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
    if (amount <= repLimit.percent) continue;
    const what = amount === figure.value ? figure.text : `${figure.text} (${amount}% in all)`;
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
 * "On top of the framework price we can add the 5% volume discount" where the documents say that price
 * combines with no other discount: any discount added to it, a documented band included, breaks the rule.
 */
function onExclusivePrice(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const prices = deal.facts.discounts.exclusivePrices ?? [];
  if (prices.length === 0) return [];
  const findings: GuardFinding[] = [];
  for (const clause of analysis.clauses) {
    if (clause.question || isHedged(clause.text) || !stacks(clause.sentence.text)) continue;
    const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
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
