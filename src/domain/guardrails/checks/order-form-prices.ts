/**
 * "You currently pay $59 an agent" where the account's order form says $49: what a customer pays today
 * is what their own order form gives, not any price the book lists. Another line's list price (the
 * monthly-billing rate, another plan's) would back it anywhere else.
 */
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import type { MoneyFigure } from '../text/figures.ts';

// "you currently pay", "under your order form", "your current rate is", "the renewal stays at"; a
// count may come between ("your order form has 80 agents at"), but not the renewal ("the $62 you pay this
// term, the renewal rate is $57.04").
const PAID_TODAY_BEFORE =
  /\b(?:you(?:'re| are)? (?:currently |now |already )?pay(?:ing)?|today (?:you|[A-Z]\w+) pays?|(?:last|this) year(?:'s)? (?:you paid|invoice (?:was|came to))|your (?:current|existing|present|contracted|contract) (?:[\w-]+ )?(?:price|rate|contract|order form|order|subscription|agreement)|(?:on|under|in|per|from) your (?:current |existing )?(?:\d{4} )?(?:order form|contract|agreement)|your order form|today's (?:price|rate)|renewal (?:price |rate )?(?:stays|remains) at|(?:the )?same (?:price|rate) as (?:last|this) year|like last year)\b(?:(?!renew)[^$€£\d.;!?]|\b\d[\d,]*\s+(?=[a-z]))*$/i;
// "the $59 per agent you pay today", "$49, as on your order form".
const PAID_TODAY_AFTER =
  /^[^$€£\d.;!?]{0,40}?\b(?:you(?:'re| are)? (?:currently )?pay(?:ing)? (?:today|now)|you pay on your|(?:as|like) (?:on|in) your (?:current )?(?:order form|contract)|unchanged from (?:this|last) year|the same as (?:today|now|this year))\b/i;

const AT_LIST_BETWEEN = /\b(?:then[\s-]current|list price|at list)\b/i;

const orderForms = new WeakMap<DealContext, ReadonlySet<string>>();

/** The passages of the deal's own order forms (read once per deal). */
export function orderFormPassages(index: GuardIndex, deal: DealContext): ReadonlySet<string> {
  let ids = orderForms.get(deal);
  if (!ids) {
    const account = deal.opportunity.accountId;
    ids = new Set(
      index.kb.active.filter((c) => c.kind === 'contract' && c.accountId === account).map((c) => c.id),
    );
    orderForms.set(deal, ids);
  }
  return ids;
}

/** Whether the amount is said to be what the customer pays under their contract today. */
export function isPaidToday(text: string, figure: MoneyFigure): boolean {
  const sentenceStart =
    Math.max(text.lastIndexOf('.', figure.start - 1), text.lastIndexOf('\n', figure.start - 1)) + 1;
  const before = text.slice(sentenceStart, figure.start);
  return (
    // "Your order form renews at the then-current list price, which for Business is $17": a list price.
    (PAID_TODAY_BEFORE.test(before) && !AT_LIST_BETWEEN.test(before)) ||
    PAID_TODAY_AFTER.test(text.slice(figure.end, figure.end + 60))
  );
}
