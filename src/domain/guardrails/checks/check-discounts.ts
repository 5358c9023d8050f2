/** Pricing policy: discounts within the rep's documented limit, documented programmes as documented, the rest approved. */

import { stems as stemsOf } from '../../knowledge/text-tokens.ts';
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardFinding, GuardOptions } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { conditionStems, type DiscountProgramme } from '../index/discount-policy.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import type { ProductCatalog } from '../index/product-catalog.ts';
import { isDiscountPercent, isReplaced, stacks } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { appliesTo } from '../support/programmes.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import type { PercentFigure } from '../text/figures.ts';
import { isPriceRatio } from './price-ratios.ts';

type Offer = { clause: DraftClause; figure: PercentFigure };

const OWN_OFFER =
  /\b(?:I|we)\s*(?:can|could|will|would|'ll|’ll|'d|’d|am able to|are able to|'m able to|'re able to|am happy to|are happy to|'m happy to|'re happy to|am prepared to|are prepared to|want to|'m going to|'re going to)\b|\b(?:let me|I've|we've|I have|we have)\s+(?:offer|take|knock|get|put|give|got|secured|approved)/i;

const fieldText = (analysis: DraftAnalysis, clause: DraftClause) =>
  clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;

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
  // "the volume band is 15%", not "the 10% band and another 10%": nothing added between the two.
  const named = /\b(?:volume|band|quantity)\b([^.;%]*)$/i.exec(before);
  return (
    /^\s*(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:volume|band|quantity|size)\b/i.test(after) ||
    (named !== null &&
      !/\b(?:and|plus|another|additional|extra|further|on top|my|from me)\b/i.test(named[1]!))
  );
}

const ALTERNATIVE = /\b(?:or|either|instead|alternatively|versus|vs\.?|compared (?:to|with))\b/i;

/**
 * "The 10% three-year and 20% non-profit discounts don't combine, so you'd get the 20%": a sentence that
 * explains the rule, or picks one of the two, keeps it.
 */
const ONE_OF_THEM =
  /\b(?:(?:do(?:es)?n[’']t|do(?:es)? not|can(?:no|[’'])t|can not|won[’']t|will not|never|isn[’']t|is not|aren[’']t|are not)\s+(?:be\s+)?(?:add(?:ed)?|stack(?:ed|able)?|combin(?:e|ed|able)|cumulative|on top)|not\s+(?:stackable|combinable|cumulative|both)|whichever|better of|best of|higher of|larger of|greater of|the larger|the higher|the bigger|alone|only one|one or the other|instead|rather than|in place of|replac\w*)\b/i;

/** The phrase a figure sits in, up to punctuation or a neighbouring percentage: where a programme named for it is. */
function ownStretch(
  analysis: DraftAnalysis,
  clause: DraftClause,
  figure: PercentFigure,
  text: string,
): string {
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
  return text.slice(start, end);
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
  const words = target?.[1]?.toLowerCase().trim();
  // "on top", "off list", "off the total": said of the whole price, so of every line at once.
  return words &&
    !/^(?:top\b.*|list(?: price)?|(?:the )?(?:total|price|bill|invoice|quote)|everything|it|that|this)$/.test(
      words,
    )
    ? words
    : undefined;
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
    if (isHedged(clause.text)) continue;
    for (const figure of clause.figures) {
      if (
        figure.type === 'percent' &&
        isDiscountPercent(text, figure) &&
        !isReplaced(text, figure) &&
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
    ...approvalOnlyLines(deal, analysis),
    ...onExclusiveProgramme(deal, offers),
  ];
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
    const text = fieldText(analysis, clause);
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
    const others = sentenceFigures(analysis, clause).filter(
      (f): f is PercentFigure =>
        f.type === 'percent' &&
        f.start !== figure.start &&
        !alternative(f) &&
        !elsewhere(f) &&
        (offers.some((o) => o.figure.start === f.start && o.clause.field === clause.field) ||
          (percents.has(f.value) && f.value !== figure.value)),
    );
    // Where the documents name the programme that combines with nothing, only that one stacks badly.
    const scoped = programmes.some((p) => p.exclusive !== undefined);
    const exclusive = new Set(programmes.filter((p) => p.exclusive).map((p) => p.percent));
    const breaksRule =
      !scoped ||
      exclusive.has(programme?.percent ?? Number.NaN) ||
      others.some((o) => exclusive.has(o.value));
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
    if (invoked.some((p) => p.percent === figure.value)) continue;
    // "Three-year commitments receive 15% off" restates the programme; "I can do 15%" is the rep's own offer.
    const ownOffer = OWN_OFFER.test(clause.text) || stacks(clause.text);
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

const WAIVED =
  /\b(?:waiv\w*|free of charge|at no (?:extra |additional )?(?:charge|cost)|no charge|complimentary|written off)\b/i;

/**
 * "10% off the onboarding fee", "the onboarding fee is waived" where the documents keep any reduction of
 * that line for someone else to approve: blocked unless an approval on record names the line.
 */
function approvalOnlyLines(deal: DealContext, analysis: DraftAnalysis): GuardFinding[] {
  const lines = deal.facts.discounts.approvalOnly ?? [];
  if (lines.length === 0) return [];
  const findings: GuardFinding[] = [];
  const holds = (text: string, words: readonly string[]) => {
    const said = new Set(stemsOf(text));
    return words.length > 0 && words.every((w) => said.has(w));
  };
  const approvedFor = (words: readonly string[]) =>
    deal.approvals.some((a) => {
      const quote = a.citation.quote ?? '';
      const at = quote.toLowerCase().indexOf(words[0] ?? '\u0000');
      return holds(quote, words) && !(at >= 0 && isNegatedAt(quote, at, at + 1));
    });
  for (const clause of analysis.clauses) {
    if (clause.question || isHedged(clause.text)) continue;
    const text = fieldText(analysis, clause);
    for (const line of lines) {
      const words = stemsOf(line.words);
      if (!holds(clause.text, words) || approvedFor(words)) continue;
      // The line must be what is reduced: named right after the percentage, or said to be waived.
      const cut = clause.figures.find(
        (f): f is PercentFigure =>
          f.type === 'percent' &&
          isDiscountPercent(text, f) &&
          !isReplaced(text, f) &&
          holds(text.slice(f.end, f.end + 45).split(/[,;.](?:\s|$)/)[0]!, words),
      );
      const waived = WAIVED.exec(clause.text);
      const given =
        cut ??
        (waived && !isNegatedAt(clause.text, waived.index, waived.index + waived[0].length)
          ? waived
          : undefined);
      if (!given) continue;
      findings.push(
        finding(
          'discount',
          'block',
          { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
          'needs_approval',
          `a reduction on the ${line.words}, which the documents leave to an approval no record holds`,
          line.citation,
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
