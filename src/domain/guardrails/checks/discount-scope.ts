/**
 * What a discount may be given on: a programme only on the plans it names, an approval only on what it
 * approves (not an add-on the policy keeps at list), and free months only with an approval on record.
 */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { Approval, DealContext } from '../index/deal-context.ts';
import { conditionStems, type DiscountProgramme } from '../index/discount-policy.ts';
import { durationInDays, sameDuration } from '../index/durations.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { isDiscountPercent, isReplaced } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { blankOut } from '../text/blank-out.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import { extractFigures } from '../text/figures.ts';
import { addOnsSpokenOf } from './add-ons-spoken.ts';
import { kindOf, productsOfKind } from './products-by-kind.ts';

// "The nonprofit programme also covers Starter", "the 30% applies to Starter too".
const COVERS =
  /\b(?:covers?|cover(?:ed|ing)|appl(?:y|ies|ied) (?:to|on)|extends? to|carr(?:y|ies) over to|includes?|available (?:on|for)|works? (?:on|for)|also (?:on|for)|qualif(?:y|ies) for)\b/i;
// A scope claim speaks of the discount: "Advance includes 15 channels per property" shares a
// programme's condition word ("property") but says what a plan includes, not what a programme covers.
const SPEAKS_OF_DISCOUNT = /\b(?:programmes?|programs?|discount\w*|reductions?|off|percent)\b|\d\s*%/i;
// A clause that keeps something out of a discount says nothing against it.
const KEPT_OUT =
  /\b(?:not|no|never|except|excluding|excludes?|exclusive of|stays? at|at (?:full |the )?list|full price|undiscounted)\b|n[’']t\b/i;
// "I'll waive the first two months", "three months free", "two months on us".
const FREE_TIME =
  /\b(?:waiv\w*|free|on us|on the house|no charge|at no cost|complimentary|without charge)\b/gi;

/** The first word of a gift, where "on US-hosted" or "on US servers" names the country, not a gift. */
function giftWord(text: string): RegExpExecArray | undefined {
  for (const m of text.matchAll(FREE_TIME))
    if (!/^on US$/.test(m[0]) && !/^on us-/i.test(text.slice(m.index, m.index + 6)))
      return m as RegExpExecArray;
  return undefined;
}
// The writer giving it: "I'll waive", "we can give you two months free" (a term sheet's wording is
// the claim checks' to judge).
const OWN_GIFT =
  /\b(?:I|we)\s*(?:'ll|’ll|will|can|could|would|'d|’d|am happy to|are happy to|'m happy to|'re happy to)\b|\bwaiv\w*/i;
// "We'll make all 80 seats free", "the renewal year on us": the subscription itself given away.
const SUBSCRIPTION_GIVEN = /\b(?:seats?|licen[cs]es?|subscriptions?)\b/i;
const WHOLE_TERM = /\b(?:renewal|first|whole|full|next|coming)\s+(?:year|term|month|quarter)\b/i;
const NOT_AN_OFFER = /\b(?:trial|pilot|sandbox|evaluation|proof of concept|poc|money-back|guarantee)\b/i;

const textOf = (analysis: DraftAnalysis, clause: DraftClause) =>
  clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;

/** Whether a programme covers a product, counting every billing line of a plan it names. */
function covers(index: GuardIndex, programme: DiscountProgramme, sku: string): boolean {
  return (
    programme.skus.length === 0 ||
    programme.skus.some((s) => (index.catalog.lines.get(s) ?? [s]).includes(sku))
  );
}

export function discountScopeProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  for (const clause of analysis.clauses) {
    if (clause.question || isHedged(clause.text)) continue;
    const at = { field: clause.field, start: clause.start, end: clause.end, text: clause.text };
    const block = (check: string, reason: string, citation?: GuardCitation) =>
      findings.push(finding('discount', 'block', at, check, reason, citation));
    const uncovered = programmeElsewhere(index, deal, clause);
    if (uncovered) {
      block(
        'programme_scope',
        `the ${uncovered.programme.percent}% programme does not cover ${uncovered.plan}`,
        uncovered.programme.citation,
      );
      continue;
    }
    const addOn = discountedAddOn(index, deal, analysis, clause);
    if (addOn) {
      block(
        'add_on_discount',
        addOn.keptOutBy
          ? `a discount on ${addOn.name}, which the approval on record keeps at list`
          : `a discount on ${addOn.name}: add-ons are sold at list unless an approval on record names them`,
        addOn.keptOutBy ?? deal.facts.discounts.notOnAddOns,
      );
      continue;
    }
    const oneOff = discountedOneOff(index, deal, analysis, clause);
    if (oneOff) {
      block(
        'one_off_discount',
        `a discount on ${oneOff}: the rep's limit is for the recurring charge, so it needs an approval on record`,
        deal.facts.discounts.repLimit?.citation,
      );
      continue;
    }
    const offTerm = approvalOffTerm(deal, clause);
    if (offTerm) {
      block(
        'approval_term',
        `the approval on record is for a ${Math.round(offTerm.durationDays! / 30)}-month term, not the one this sentence gives it`,
        offTerm.citation,
      );
      continue;
    }
    const fee = waivedFee(index, deal, clause);
    if (fee) {
      block(
        'waived_fee',
        `waives the ${fee}, which needs an approval on record`,
        deal.facts.discounts.repLimit?.citation,
      );
      continue;
    }
    if (freeTime(deal, clause))
      block(
        'free_period',
        'gives part of the subscription away, which no approval on record or documented offer allows',
        deal.facts.discounts.repLimit?.citation,
      );
  }
  return findings;
}

/** "The nonprofit programme also covers Starter": a plan the programme's own sentence leaves out. */
function programmeElsewhere(index: GuardIndex, deal: DealContext, clause: DraftClause) {
  if (!COVERS.test(clause.text) || !SPEAKS_OF_DISCOUNT.test(clause.text)) return undefined;
  // "the Kitchen plan fees": a plan's name does not invoke the community-kitchen programme.
  const words = new Set(conditionStems(blankOut(clause.text, clause.products, clause.start)));
  for (const programme of deal.facts.discounts.programmes) {
    if (programme.skus.length === 0 || !programme.conditionStems.some((s) => words.has(s))) continue;
    for (const p of clause.products) {
      if (deal.facts.addOns.has(p.sku) || covers(index, programme, p.sku)) continue;
      const local = { start: p.start - clause.start, end: p.end - clause.start };
      if (isNegatedAt(clause.text, local.start, local.end) || KEPT_OUT.test(clause.text)) continue;
      return { programme, plan: index.catalog.bySku.get(p.sku)?.name ?? p.sku };
    }
  }
  return undefined;
}

/** "The 15% also applies to the AI Reply Assistant": a percentage off an add-on no approval names. */
function discountedAddOn(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): { name: string; keptOutBy?: GuardCitation | undefined } | undefined {
  // "Any reduction on add-ons is for the pricing committee", "discounts on the Content Library: deal
  // desk only": the same rule, said as an approval, of add-ons at large or by name.
  const notOnAddOns =
    deal.facts.discounts.notOnAddOns ??
    deal.facts.discounts.approvalOnly?.find(
      (l) => /^add-?ons?$/.test(l.words) || addOnsSpokenOf(index, deal, l.words).length > 0,
    )?.citation;
  // "Seat fees only: the client portal … stay at list": an approval that keeps add-ons out of itself.
  const keptOut = (sku: string) =>
    deal.approvals.find((a) => keepingSentences(a).some((s) => addOnsSpokenOf(index, deal, s).includes(sku)));
  const anyKeptOut = deal.approvals.some((a) => keepingSentences(a).length > 0);
  if ((!notOnAddOns && !anyKeptOut) || KEPT_OUT.test(clause.text)) return undefined;
  const text = textOf(analysis, clause);
  // A programme the documents give on add-on fees too ("4% off the edition and add-on fees") may
  // be named beside them.
  const onAddOns = new Set(deal.facts.discounts.programmes.filter((p) => p.onAddOns).map((p) => p.percent));
  const offered = clause.figures.some(
    (f) =>
      f.type === 'percent' &&
      !onAddOns.has(f.value) &&
      // "a 99.95% uptime SLA, … and Premium Support, which includes…": an uptime, no discount.
      (isDiscountPercent(text, f) ||
        (f.value < 90 && (/\bdiscount\b/i.test(clause.text) || COVERS.test(clause.text)))),
  );
  if (!offered) return undefined;
  const named = [
    ...clause.products.filter((p) => deal.facts.addOns.has(p.sku)).map((p) => p.sku),
    ...addOnsSpokenOf(index, deal, clause.text).filter((sku) => saysOwnName(index, sku, clause.text)),
  ];
  const approved = (sku: string) =>
    deal.approvals.some((a) =>
      grantingSentences(a.citation.quote ?? '').some((s) => addOnsSpokenOf(index, deal, s).includes(sku)),
    );
  const sku = named.find((s) => (notOnAddOns ? !approved(s) : keptOut(s)));
  if (!sku) return undefined;
  const name = index.catalog.bySku.get(sku)?.name ?? sku;
  return notOnAddOns ? { name } : { name, keptOutBy: keptOut(sku)?.citation };
}

/** "on annual billing" is how every line is billed: an add-on is spoken of by a word of its own name. */
function saysOwnName(index: GuardIndex, sku: string, text: string): boolean {
  const own = (index.catalog.bySku.get(sku)?.name ?? '').replace(/\([^)]*\)/g, ' ');
  const said = new Set(stems(text));
  return stems(own).some((w) => w.length > 3 && said.has(w));
}

/** An approval's sentences that grant: "Not on the Content Library or services days" keeps them out. */
function grantingSentences(approval: string): string[] {
  return approval.split(/(?<=[.;])\s+/).filter((s) => !KEPT_OUT.test(s));
}

/** An approval's sentences that keep something out of it ("the client portal … stay at list"). */
function keepingSentences(approval: Approval): string[] {
  return [...(approval.citation.quote ?? '').split(/(?<=[.;])\s+/), ...(approval.conditions ?? [])].filter(
    (s) => KEPT_OUT.test(s),
  );
}

/**
 * "5% off the trackers" where the rep limit is said of the subscription ("up to 8% off the
 * subscription"): hardware bought once or a one-off fee is no line the rep may discount alone.
 */
function discountedOneOff(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): string | undefined {
  if (!deal.facts.discounts.repLimit?.recurringOnly || KEPT_OUT.test(clause.text)) return undefined;
  const text = textOf(analysis, clause);
  const { catalog } = index;
  for (const f of clause.figures) {
    if (f.type !== 'percent' || !isDiscountPercent(text, f) || isReplaced(text, f)) continue;
    // What it is taken off: the words after it, up to the next clause.
    const target = text.slice(f.end, f.end + 45).split(/[,;.](?:\s|$)/)[0]!;
    const named = [
      ...clause.products.filter((p) => p.start >= f.end && p.end <= f.end + target.length).map((p) => p.sku),
      ...productsOfKind(catalog.products, index.sellerName, target, new Set(), deal.opportunity.currency),
    ];
    const sku = named.find(
      (s) =>
        catalog.bySku.get(s)?.period === 'once' &&
        !deal.facts.addOns.has(s) &&
        !approvalNames(deal, s, index),
    );
    if (sku) return catalog.bySku.get(sku)?.name ?? sku;
  }
  return undefined;
}

/** Whether an approval on record grants something on a product: names it, and not to keep it out. */
function approvalNames(deal: DealContext, sku: string, index: GuardIndex): boolean {
  const product = index.catalog.bySku.get(sku);
  const head = product ? kindOf(product, index.sellerName)?.head : undefined;
  return deal.approvals.some((a) => {
    const quote = (a.citation.quote ?? '').toLowerCase();
    const at = Math.max(quote.indexOf(product?.name.toLowerCase() ?? sku), head ? quote.indexOf(head) : -1);
    return at >= 0 && !isNegatedAt(quote, at, at + 1);
  });
}

/**
 * "I can do the same $65.52 on a one-year term instead" where the approval gives $65.52 on a two-year
 * term: an approved price or percentage said of another term than the approval's.
 */
function approvalOffTerm(deal: DealContext, clause: DraftClause): Approval | undefined {
  // "On 24 months the approved 16% wouldn't apply": the approval kept to its term.
  if (/\b(?:not|never|no longer)\b|n['’]t\b/i.test(clause.text)) return undefined;
  const terms = clause.figures.flatMap((f) =>
    f.type === 'duration' && (f.unit === 'year' || f.unit === 'month')
      ? [{ at: f.start, days: durationInDays(f.value, f.unit) }]
      : [],
  );
  if (terms.length === 0) return undefined;
  // The term said nearest the price: "if two years is hard, the same $65.52 on a one-year term".
  const termOf = (at: number) =>
    terms.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a)).days;
  const said = clause.figures.flatMap((f) => (f.type === 'money' || f.type === 'percent' ? [f] : []));
  return deal.approvals.find((a) => {
    if (a.durationDays === undefined) return false;
    const stated = extractFigures(a.citation.quote ?? '').flatMap((g) =>
      g.type === 'money' ? [g.value] : [],
    );
    // The approved price, stated in the note or worked out from its percentage ("16% off list": $65.52).
    const approvedPrice = (v: number) =>
      stated.includes(v) ||
      (a.percent !== undefined &&
        deal.facts.money.some((m) => Math.abs(Math.round(m.value * (100 - a.percent!)) / 100 - v) < 0.005));
    return said.some(
      (f) =>
        !sameDuration(termOf(f.start), a.durationDays!) &&
        (f.type === 'percent' ? f.value === a.percent : approvedPrice(f.value)),
    );
  });
}

/**
 * "We'll waive the $4,800 implementation fee": a one-off fee the writer lets off, with no approval on
 * record naming it and no plan in the draft that the documents include it with.
 */
function waivedFee(index: GuardIndex, deal: DealContext, clause: DraftClause): string | undefined {
  const free = giftWord(clause.text);
  if (!free || !OWN_GIFT.test(clause.sentence.text)) return undefined;
  if (isNegatedAt(clause.text, free.index, free.index + free[0].length)) return undefined;
  const { catalog } = index;
  const segment = segmentAround(clause.text, free.index);
  // "I'll waive the €1,200" after "I'd suggest Onboarding S": a one-off line named by its price alone.
  const feeSaid = /\bfees?\b|\bcharges?\b/i.test(clause.text);
  const byPrice = clause.figures.flatMap((f) =>
    !feeSaid && f.type === 'money' && segment.includes(f.text)
      ? catalog.products
          .filter(
            (p) =>
              (p.period === 'once' || /\bone[\s-]?off\b/i.test(p.unit ?? '')) &&
              p.listPrice === f.value &&
              p.currency === deal.opportunity.currency,
          )
          .map((p) => p.sku)
      : [],
  );
  if (byPrice.length === 0 && !feeSaid) return undefined;
  const named = [
    ...clause.products
      .filter((p) => segment.includes(clause.text.slice(p.start - clause.start, p.end - clause.start)))
      .map((p) => p.sku),
    ...byPrice,
  ];
  const kinds = productsOfKind(
    catalog.products,
    index.sellerName,
    segment,
    new Set(),
    deal.opportunity.currency,
  );
  const sku = [...named, ...kinds].find((s) => {
    if ((catalog.bySku.get(s)?.period !== 'once' && !byPrice.includes(s)) || approvalNames(deal, s, index))
      return false;
    // "Onboarding is included with Enterprise, so we'll waive the fee": the plan the documents include it with.
    const plans = deal.facts.includedWith.get(s);
    const included = /\binclud/i.test(clause.sentence.text);
    return !plans || !included || ![...plans].some((plan) => clause.products.some((p) => p.sku === plan));
  });
  return sku === undefined ? undefined : (catalog.bySku.get(sku)?.name ?? sku);
}

// Not a bare comma: "$4,800" is one amount.
const SEGMENT_BREAKS = [', ', '; ', ' so ', ' and '];

/** The comma-free stretch of a clause around a position: what a word there is said of. */
function segmentAround(text: string, at: number): string {
  const start = Math.max(...SEGMENT_BREAKS.map((c) => text.lastIndexOf(c, at)));
  const ends = SEGMENT_BREAKS.map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(start + 1, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** "I'll waive the first two months of your subscription": free time with nothing on record to allow it. */
function freeTime(deal: DealContext, clause: DraftClause): boolean {
  const free = giftWord(clause.text);
  if (!free || !OWN_GIFT.test(clause.sentence.text) || NOT_AN_OFFER.test(clause.sentence.text)) return false;
  if (isNegatedAt(clause.text, free.index, free.index + free[0].length)) return false;
  // "the onboarding fee is still waived": a fee let off gives no months away (the claim checks judge the waiver).
  // "We'll waive the seat fees" does: the fee is the subscription's.
  const seats = SUBSCRIPTION_GIVEN.test(segmentAround(clause.text, free.index));
  if (/^waiv/i.test(free[0]) && /\bfees?\b/i.test(clause.text) && !seats) return false;
  const months = clause.figures.some(
    (f) => f.type === 'duration' && (f.unit === 'month' || f.unit === 'week' || f.unit === 'year'),
  );
  if (!months && !seats && !WHOLE_TERM.test(clause.text)) return false;
  const onRecord = deal.approvals.some((a) => giftWord(a.citation.quote ?? '') !== undefined);
  // A free period the documents offer ("first month free on annual plans") is an offer on the price list.
  const documented = deal.facts.sentenceStems.some(
    (s) =>
      s.stems.has('free') &&
      !NOT_AN_OFFER.test(s.citation.quote ?? '') &&
      /\bmonths?\b/i.test(s.citation.quote ?? ''),
  );
  return !onRecord && !documented;
}
