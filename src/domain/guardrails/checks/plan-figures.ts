/** Figures that belong to one plan or count one thing: "Growth: 120 requests a minute", "5 approval levels". */
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { quantitiesIn } from '../index/quantities.ts';
import { finding } from '../support/findings.ts';
import { isAskingOnly } from '../text/claim-context.ts';
import { isCustomersCount } from '../text/customer-counts.ts';

const LACKS_AFTER = /^\s*(?:doesn['’]t|does not|lacks|isn['’]t|is not|won['’]t|will not)\b/i;

export const CONDITIONAL = /\b(?:if|should you|were you to|in case|whether|suppose|say you)\b/i;

// A quantity claims a limit of the product only in words of capacity: "handles up to 5,000 invoices".
const CAPACITY =
  /\b(?:up to|limit\w*|max\w*|minimum|min|at least|at most|cap(?:ped|s)?|allows?|handles?|supports?|includes?|comes? with|gives?|offers?|provides?|holds?|stores?|keeps?|covers?|per (?:month|minute|hour|day|year|second))\b/i;

const textOf = (analysis: DraftAnalysis, clause: DraftClause) =>
  clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;

/** Whether a text names the numbered part ("Band 1") of a product name ("Platform fee, Band 1 (…)"). */
function namesNumberedPart(text: string, name: string | undefined): boolean {
  if (!name) return false;
  return [...name.matchAll(/\b(\p{Lu}\p{Ll}+\s+\d{1,2})\b/gu)].some((m) =>
    new RegExp(String.raw`\b${m[1]!.replace(/\s+/, '\\s+')}\b`, 'i').test(text),
  );
}

/**
 * "Business has a 99.95% uptime SLA" when the documents give 99.95% to Enterprise and 99.9% to
 * Business: a plan's figure said of another plan.
 */
export function ownedElsewhere(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  text: string,
  figure: { start: number; end: number; text: string },
  key: string,
): GuardFinding | undefined {
  const owners = deal.facts.owners.get(key);
  if (!owners || owners.general || owners.skus.size === 0) return undefined;
  const product = productAt(clause, figure.start, text, figure.end);
  if (!product || owners.skus.has(product.sku) || !index.catalog.bySku.has(product.sku)) return undefined;
  // "a 99.9% uptime SLA, which Plus doesn't have": the plan named after the figure goes without it.
  if (product.start >= figure.end && LACKS_AFTER.test(text.slice(product.end, product.end + 20)))
    return undefined;
  // "for your 260 rooms": the customer's own count, whichever plan their order form gives it to.
  if (isCustomersCount(text, figure.start)) return undefined;
  // "Pro for 20 projects": a quote sized at a count the record or the thread gives.
  const value = Number(key.slice(2));
  if (
    /\b(?:for|at|with)\s+$/i.test(text.slice(Math.max(0, figure.start - 6), figure.start)) &&
    (deal.thread.numbers.has(value) || deal.crm.counts.has(value))
  )
    return undefined;
  // "plus the Band 1 platform fee (up to 2,500 contracts)": an owner the sentence names by the
  // numbered part of its price-book name.
  if ([...owners.skus].some((s) => namesNumberedPart(clause.sentence.text, index.catalog.bySku.get(s)?.name)))
    return undefined;
  // Only plans compete for a figure: "Assist on Business" keeps Assist's own figures.
  if (deal.facts.addOns.has(product.sku) || [...owners.skus].some((s) => deal.facts.addOns.has(s)))
    return undefined;
  const names = [...owners.skus].map((s) => index.catalog.bySku.get(s)?.name ?? s).join(', ');
  const claimed = index.catalog.bySku.get(product.sku)?.name ?? product.sku;
  return finding(
    'claim',
    'block',
    { field: clause.field, start: figure.start, end: figure.end, text: figure.text },
    'product_figure',
    `the documents give ${figure.text} for ${names}, not for ${claimed}`,
    owners.citation,
  );
}

/**
 * "Growth handles up to 5,000 invoices a month": a number of something the documents count
 * ("3,000 invoices a month") must be one they give, or one the customer or the record gave.
 */
export function quantityProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): GuardFinding[] {
  if (
    isAskingOnly(clause.text, clause.question) ||
    CONDITIONAL.test(clause.text) ||
    !CAPACITY.test(clause.text)
  )
    return [];
  const findings: GuardFinding[] = [];
  for (const q of quantitiesIn(clause.text)) {
    const start = clause.start + q.start;
    const end = clause.start + q.end;
    if (clause.figures.some((f) => f.start < end && f.end > start)) continue;
    // The draft's own noun only: "12 support agents" counts support agents, not "agents"; "two
    // payroll entities" are no "two parallel payroll runs".
    const documented = q.nouns.slice(0, 1).flatMap((n) => {
      const values = deal.facts.quantities.get(n);
      if (!values) return [];
      const others = q.nouns.slice(1).map((o) => deal.facts.quantities.get(o));
      if (others.some((o) => o === undefined)) return [values];
      return [new Map([...values].filter(([v]) => others.every((o) => o!.has(v))))];
    });
    if (documented.length === 0 || documented[0]!.size === 0) continue;
    if (documented.some((v) => v.has(q.value))) {
      const at = { start, end, text: clause.text.slice(q.start, q.end) };
      const other = ownedElsewhere(index, deal, clause, textOf(analysis, clause), at, `n:${q.value}`);
      if (other) findings.push(other);
      continue;
    }
    // "Payroll includes two payroll entities" says what the plan gives, whatever count the customer wrote.
    const ofPlan = saidOfPlan(index, deal, clause, q.start);
    if (!ofPlan && (deal.thread.numbers.has(q.value) || deal.crm.counts.has(q.value))) continue;
    const values = documented[0]!;
    const text = clause.text.slice(q.start, q.end);
    findings.push(
      finding(
        'claim',
        'block',
        { field: clause.field, start, end, text },
        'count',
        `${text} is not a figure the documents give (they state ${[...values.keys()].join(' or ')})`,
        [...values.values()][0],
      ),
    );
  }
  return findings;
}

// A plan's allowance in the words that give it: "Fulfil includes three warehouses", "Solo takes you up to 10".
const GIVES =
  /^\s*(?:includes?|comes? with|allows?|covers?|gives? you|takes? you up to|has room for)\s+(?:up to\s+)?$/i;

/** Whether the quantity at `at` (within the clause) is what a plan the clause names just before it gives. */
function saidOfPlan(index: GuardIndex, deal: DealContext, clause: DraftClause, at: number): boolean {
  return clause.products.some(
    (p) =>
      p.end - clause.start <= at &&
      !deal.facts.addOns.has(p.sku) &&
      index.catalog.bySku.has(p.sku) &&
      GIVES.test(clause.text.slice(p.end - clause.start, at)),
  );
}
