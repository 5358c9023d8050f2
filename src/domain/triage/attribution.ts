/** Decides which of an account's activities belong to one deal when several deals are open on the account. */
import { forMatching } from '../mail/match-text.ts';
import { termsOf } from '../signals/topic-terms.ts';
import type { Activity, Opportunity } from '../workspace/workspace-schema.ts';
import type { DealContext } from './deal-context.ts';

const TYPE_WORDS: Record<Opportunity['type'], RegExp> = {
  renewal: /\b(?:renew\w*|contract end\w*|expir\w*|term ends?)\b/,
  expansion:
    /\b(?:seats?|licen[cs]es?|expan\w*|additional users|more users|upgrad\w*|add-?on|rollout|roll out)\b/,
  new_business: /$^/,
};

function distinctiveTerms(o: Opportunity, accountName: string): Set<string> {
  const accountTerms = termsOf(forMatching(accountName));
  const terms = termsOf(forMatching(o.name));
  for (const t of accountTerms) terms.delete(t);
  for (const generic of [
    'deal',
    'opportunity',
    'new',
    'business',
    'renewal',
    'expansion',
    'upsell',
    '2025',
    '2026',
    '2027',
  ]) {
    terms.delete(generic);
  }
  return terms;
}

function score(activity: Activity, o: Opportunity, terms: Set<string>): number {
  const text = forMatching(`${activity.subject ?? ''} ${(activity.body ?? '').slice(0, 600)}`);
  let s = 0;
  const words = termsOf(text);
  for (const t of terms) if (words.has(t)) s += 2;
  if (TYPE_WORDS[o.type].test(text)) s += 1;
  return s;
}

/**
 * The deal's own activities: those tagged with it, and untagged ones that belong to it. With one open deal on
 * the account every untagged activity is its; with several, the thread decides, then the words; an activity
 * no deal claims more than another is account-wide and counts for each.
 */
export function dealActivities(ctx: DealContext): Activity[] {
  const id = ctx.opportunity.id;
  const others = ctx.otherOpenOpportunities;
  if (others.length === 0)
    return ctx.activities.filter((a) => a.opportunityId === undefined || a.opportunityId === id);
  const open = [ctx.opportunity, ...others];
  const openIds = new Set(open.map((o) => o.id));
  const threadOwner = new Map<string, string>();
  for (const a of ctx.activities) {
    if (a.threadId && a.opportunityId && openIds.has(a.opportunityId))
      threadOwner.set(a.threadId, a.opportunityId);
  }
  const terms = new Map(open.map((o) => [o.id, distinctiveTerms(o, ctx.account.name)]));
  return ctx.activities.filter((a) => {
    if (a.opportunityId !== undefined) return a.opportunityId === id;
    const owner = a.threadId ? threadOwner.get(a.threadId) : undefined;
    if (owner) return owner === id;
    let best = 0;
    let winners: string[] = [];
    for (const o of open) {
      const s = score(a, o, terms.get(o.id)!);
      if (s > best) [best, winners] = [s, [o.id]];
      else if (s === best) winners.push(o.id);
    }
    if (best === 0) return true; // nothing claims it: account-wide
    return winners.includes(id); // a tie makes it shared by the tied deals
  });
}
