/**
 * A charge for what the customer's plan already includes: "Premium Support adds $6,000 a year" to an
 * Enterprise deal where the price book says "included with Enterprise", or onboarding billed to a
 * deal above the seat count that makes it free. The amount is the product's own list price, so no
 * price check objects to it; it is a fee this customer would never owe.
 */
import { stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import type { MoneyFigure } from '../text/figures.ts';
import { HEAD_NOUN } from '../vocabulary/head-nouns.ts';
import { orderFormPassages } from './order-form-prices.ts';
import { renewalTerms } from './renewal-terms.ts';
import { statedBodyClauses } from './stated-clauses.ts';

// A sentence that says the product costs nothing here, or prices it only to weigh what is saved.
const NOT_CHARGED =
  /\b(?:includ\w*|no (?:extra |additional )?(?:charge|cost|fee)|at no (?:extra |additional )?(?:charge|cost)|free|complimentary|waiv\w*|worth|valued? at|normally|usually|otherwise|sav(?:e|es|ing)|instead of|rather than|comes? with|value|on (?:its|their) own|other (?:plans?|tiers?|editions?)|another (?:plan|tier|edition)|without)\b/i;

const textOf = (clauses: readonly DraftClause[]) => clauses.map((c) => c.text).join(' ');
// "It's $7,200 a year", "For 200 Enterprise agents it is a one-time $4,500": a subject that points back.
const POINTS_BACK =
  /^\s*(?:(?:on|with|for|at|under|in)\s+[^,.]{0,40}?,?\s+)?(?:it|that|this|they|those)(?:['’](?:s|d|ll)|\s+(?:is|are|would|will|costs?|runs?|adds?))\b/i;

/** Whether a figure is the product's list price, said for the period it is sold by or another. */
function isListPrice(figure: MoneyFigure, listPrice: number, period: string | undefined): boolean {
  const near = (v: number) => Math.abs(v - figure.value) < 0.005;
  if (near(listPrice)) return true;
  if (period === 'year' && figure.period === 'month') return near(listPrice / 12);
  if (period === 'month' && figure.period === 'year') return near(listPrice * 12);
  return false;
}

/** The plans the deal is for: named by the opportunity, else by the account's order form, else by the draft. */
function dealPlans(
  index: GuardIndex,
  deal: DealContext,
  isPlan: (sku: string) => boolean,
  draftPlans: readonly string[],
): string[] {
  const named = index.catalog
    .mentions(deal.opportunity.name)
    .map((m) => m.sku)
    .filter(isPlan);
  if (named.length > 0) return [...new Set(named)];
  const ordered = [...renewalTerms(index, deal, orderFormPassages(index, deal)).plans].filter(isPlan);
  return ordered.length > 0 ? ordered : [...draftPlans];
}

// "150 Enterprise seats": a count with the plan's name between it and what it counts.
const NAMED_SEATS = new RegExp(
  String.raw`(?<![\w.,$€£+-])(\d[\d,]*)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}${HEAD_NOUN}\b`,
  'gu',
);
// "Marlow Security: Enterprise 150": a bare number in a deal's name that is no year.
const BARE_NUMBER = /(?<![\w.,$€£+-])(?!(?:19|20)\d\d\b)(\d[\d,]*)(?![\w.,%])/g;

// "from 75 seats", "100 seats or more": a threshold the draft restates, not the customer's size.
const THRESHOLD_BEFORE = /\b(?:from|at least|over|above|under|below)\s+$/i;
const THRESHOLD_AFTER = /^\s*(?:\+|or (?:more|above|over)\b|and (?:above|up|over)\b|upwards?\b)/i;

/**
 * The seats the deal is for: its record (licensed seats, a count in its name, the seats its amount
 * buys at list), else what the draft counts.
 */
function dealSeats(
  index: GuardIndex,
  deal: DealContext,
  plans: readonly string[],
  body: string,
): number | undefined {
  const { opportunity } = deal;
  const record = [
    ...(opportunity.licensedSeats === undefined ? [] : [opportunity.licensedSeats]),
    ...[...opportunity.name.matchAll(BARE_NUMBER)].map((m) => Number(m[1]!.replaceAll(',', ''))),
  ];
  // "$165,600" for Enterprise at $1,380 a seat a year: the seats a list-price amount buys.
  for (const plan of plans) {
    const p = index.catalog.bySku.get(plan);
    const yearly = p?.period === 'month' ? p.listPrice * 12 : p?.period === 'year' ? p.listPrice : 0;
    const seats = yearly > 0 && opportunity.amount ? opportunity.amount / yearly : 0;
    if (seats >= 2 && Math.abs(seats - Math.round(seats)) < 1e-6) record.push(Math.round(seats));
  }
  const counts =
    record.length > 0
      ? record
      : [...body.matchAll(NAMED_SEATS)]
          .filter(
            (m) =>
              !THRESHOLD_BEFORE.test(body.slice(0, m.index)) &&
              !THRESHOLD_AFTER.test(body.slice(m.index + m[0].length)),
          )
          .map((m) => Number(m[1]!.replaceAll(',', '')));
  return counts.length > 0 ? Math.max(...counts) : undefined;
}

/** Whether every one of the plans includes the product at the deal's size. */
export function includedFor(
  index: GuardIndex,
  deal: DealContext,
  sku: string,
  plans: readonly string[],
  body: string,
): boolean {
  const including = deal.facts.includedWith.get(sku);
  if (!including || plans.length === 0) return false;
  const seats = dealSeats(index, deal, plans, body);
  return plans.every((plan) => {
    if (!including.has(plan)) return false;
    const from = deal.facts.includedFrom.get(`${sku}|${plan}`);
    return from === undefined || (seats !== undefined && seats >= from);
  });
}

/** The plans a sentence is about, else the deal's own, else those the rest of the draft names. */
export function plansSpokenOf(
  index: GuardIndex,
  deal: DealContext,
  sentence: readonly DraftClause[],
  except: string,
  draft: readonly DraftClause[],
): string[] {
  const { includedWith, addOns } = deal.facts;
  const isPlan = (s: string) => s !== except && !includedWith.has(s) && !addOns.has(s);
  const plansIn = (clauses: readonly DraftClause[]) => [
    ...new Set(clauses.flatMap((c) => c.products.map((m) => m.sku)).filter(isPlan)),
  ];
  const named = plansIn(sentence);
  return named.length > 0 ? named : dealPlans(index, deal, isPlan, plansIn(draft));
}

export function includedChargeProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
): GuardFinding[] {
  if (deal.facts.includedWith.size === 0) return [];
  const findings: GuardFinding[] = [];
  for (const clause of statedBodyClauses(analysis)) {
    const ofSentence = analysis.clauses.filter((c) => c.sentence.start === clause.sentence.start);
    if (NOT_CHARGED.test(textOf(ofSentence))) continue;
    if (!clause.figures.some((f) => f.type === 'money')) {
      const unpriced = unpricedCharge(index, deal, clause, ofSentence, analysis);
      if (unpriced) findings.push(unpriced);
      continue;
    }
    const before = previousSentence(analysis, clause);
    const problem = chargedProduct(index, deal, clause, ofSentence, before, analysis);
    if (!problem) continue;
    const { sku, plan, figure } = problem;
    // "The driver app is included for every driver. On the other plans it's £2.50": said just before.
    if (NOT_CHARGED.test(textOf(before)) && speaksOf(index, sku, before)) continue;
    const from = deal.facts.includedFrom.get(`${sku}|${plan}`);
    const product = index.catalog.bySku.get(sku)!;
    const planName = index.catalog.bySku.get(plan)?.name ?? plan;
    findings.push(
      finding(
        'price',
        'block',
        { field: clause.field, start: figure.start, end: figure.end, text: figure.text },
        'included_charge',
        `charges ${figure.text} for ${product.name}, which the documents include with ${planName}${from === undefined ? '' : ` from ${from} seats`}`,
        deal.facts.money.find((m) => m.skus.includes(sku))?.citation,
      ),
    );
  }
  return findings;
}

/**
 * Whether a sentence speaks of a product: by a name the catalog knows, or by a word of its own name
 * ("a one-time onboarding fee" for "Guided onboarding").
 */
function speaksOf(index: GuardIndex, sku: string, sentence: readonly DraftClause[]): boolean {
  if (sentence.some((c) => c.products.some((p) => p.sku === sku))) return true;
  const text = textOf(sentence);
  const seller = new Set(stems(index.sellerName));
  const own = stems(index.catalog.bySku.get(sku)?.name ?? '').filter((w) => w.length >= 4 && !seller.has(w));
  const said = new Set(stems(text));
  return own.some((w) => said.has(w));
}

function previousSentence(analysis: DraftAnalysis, clause: DraftClause): DraftClause[] {
  const starts = analysis.clauses
    .filter((c) => c.field === clause.field && c.sentence.start < clause.sentence.start)
    .map((c) => c.sentence.start);
  const start = Math.max(...starts);
  return analysis.clauses.filter((c) => c.field === clause.field && c.sentence.start === start);
}

/** An amount in the clause that is the list price of a product the plan in question includes. */
function chargedProduct(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  ofSentence: readonly DraftClause[],
  before: readonly DraftClause[],
  analysis: DraftAnalysis,
): { sku: string; plan: string; figure: MoneyFigure } | undefined {
  const body = analysis.draft.body;
  // "…you'd have Premium Support, which adds 24/7 cover. It's $7,200 a year": the sentence before names it.
  const pointsBack = POINTS_BACK.test(textOf(ofSentence));
  for (const figure of clause.figures) {
    if (figure.type !== 'money') continue;
    // The amount itself says which product it prices: none else costs exactly that.
    for (const sku of deal.facts.includedWith.keys()) {
      const product = index.catalog.bySku.get(sku);
      if (!product || !isListPrice(figure, product.listPrice, product.period)) continue;
      if (!speaksOf(index, sku, ofSentence) && !(pointsBack && speaksOf(index, sku, before))) continue;
      const plans = plansSpokenOf(index, deal, ofSentence, sku, analysis.clauses);
      if (includedFor(index, deal, sku, plans, body)) return { sku, plan: plans[0]!, figure };
    }
  }
  return undefined;
}

// "Premium Support is an extra cost", "is billed separately": a charge said with no amount.
const CHARGED_NO_AMOUNT =
  /\b(?:(?:an?\s+)?(?:extra|additional)\s+(?:cost|charge)|costs?\s+extra|paid\s+(?:extra|add-?on|option|upgrade)|(?:charged|billed|invoiced)\s+(?:separately|extra|on top))\b/i;

/** "Premium Support is an extra cost on Enterprise": a charge with no amount for what the plan includes. */
function unpricedCharge(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  ofSentence: readonly DraftClause[],
  analysis: DraftAnalysis,
): GuardFinding | undefined {
  const charge = CHARGED_NO_AMOUNT.exec(clause.text);
  if (!charge) return undefined;
  for (const sku of deal.facts.includedWith.keys()) {
    if (!clause.products.some((p) => p.sku === sku)) continue;
    const plans = plansSpokenOf(index, deal, ofSentence, sku, analysis.clauses);
    if (!includedFor(index, deal, sku, plans, analysis.draft.body)) continue;
    const start = clause.start + charge.index;
    const planName = index.catalog.bySku.get(plans[0]!)?.name ?? plans[0];
    return finding(
      'price',
      'block',
      { field: clause.field, start, end: start + charge[0].length, text: charge[0] },
      'included_charge',
      `charges for ${index.catalog.bySku.get(sku)?.name ?? sku}, which the documents include with ${planName}`,
      deal.facts.money.find((m) => m.skus.includes(sku))?.citation,
    );
  }
  return undefined;
}
