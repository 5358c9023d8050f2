/**
 * "Your 50 APM hosts carry over" when the order form says 40: a count of what the customer has is a
 * fact of their own documents, so where their order form counts the same thing, the draft must give
 * one of its numbers. Where it counts nothing of the kind, this says nothing.
 */
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { headCountsIn, quantitiesIn } from '../index/quantities.ts';
import { finding, inClause } from '../support/findings.ts';
import { isAskingOnly } from '../text/claim-context.ts';
import { isCustomersCount } from '../text/customer-counts.ts';
import { CONDITIONAL } from './plan-figures.ts';

// Seats are the licensed-seat check's; a change ("your 50 more hosts") is a proposal, not a record.
export const SEAT_NOUN = /^(?:seat|user|licen|agent|member|login|editor|viewer|admin|person|people|staff)/;
const CHANGE_AFTER = /^\s*(?:more|additional|extra|new)\b/i;

const contractChunks = new WeakMap<GuardIndex, Map<string, Set<string>>>();

/** The ids of the chunks of an account's own documents (its order forms and contracts). */
function accountChunks(index: GuardIndex, accountId: string): Set<string> {
  let byAccount = contractChunks.get(index);
  if (!byAccount) {
    byAccount = new Map();
    for (const c of index.kb.active) {
      if (c.accountId === undefined) continue;
      byAccount.set(c.accountId, (byAccount.get(c.accountId) ?? new Set()).add(c.id));
    }
    contractChunks.set(index, byAccount);
  }
  return byAccount.get(accountId) ?? new Set();
}

/**
 * What the customer's own documents (order forms, contracts) count of a noun. The thread is left out:
 * what a customer wants ("two help centres") is no count of what they have.
 */
function recordCounts(index: GuardIndex, deal: DealContext, noun: string): Map<number, GuardCitation> {
  const own = accountChunks(index, deal.opportunity.accountId);
  const counts = new Map<number, GuardCitation>();
  for (const [v, c] of deal.facts.quantities.get(noun) ?? [])
    if (c.source === 'chunk' && own.has(c.id)) counts.set(v, c);
  return counts;
}

const seatCounts = new WeakMap<DealContext, number[]>();

/** The seats the customer's own documents count: "Marlowfield Copilot, 60 seats at $24". */
export function recordSeatCounts(index: GuardIndex, deal: DealContext): number[] {
  let counts = seatCounts.get(deal);
  if (!counts) {
    const own = accountChunks(index, deal.opportunity.accountId);
    counts = index.kb.active.filter((c) => own.has(c.id)).flatMap((c) => headCountsIn(c.text));
    seatCounts.set(deal, counts);
  }
  return counts;
}

export function ownCountProblems(index: GuardIndex, deal: DealContext, clause: DraftClause): GuardFinding[] {
  if (isAskingOnly(clause.text, clause.question) || CONDITIONAL.test(clause.text)) return [];
  const findings: GuardFinding[] = [];
  // "Prairie renewal (30 crews)": the size the deal is for is the count the customer will have, which
  // an order form from before it does not yet show.
  const dealSized = quantitiesIn(deal.opportunity.name);
  for (const q of quantitiesIn(clause.text)) {
    if (!isCustomersCount(clause.text, q.start)) continue;
    if (CHANGE_AFTER.test(clause.text.slice(q.start).replace(/^\S+/, ''))) continue;
    const nouns = q.nouns.filter((n) => !SEAT_NOUN.test(n));
    if (nouns.length < q.nouns.length) continue;
    const counted = nouns.map((n) => recordCounts(index, deal, n)).filter((m) => m.size > 0);
    if (counted.length === 0 || counted.some((m) => m.has(q.value))) continue;
    if (dealSized.some((d) => d.value === q.value && d.nouns.some((n) => nouns.includes(n)))) continue;
    const [value, citation] = [...counted[0]!][0]!;
    const text = clause.text.slice(q.start, q.end);
    findings.push(
      finding(
        'claim',
        'block',
        inClause(clause, { ...q, text }),
        'count',
        `${text}: the customer's record gives ${value}`,
        citation,
      ),
    );
  }
  return findings;
}
