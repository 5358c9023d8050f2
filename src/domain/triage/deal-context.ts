/** Everything the triage engine may look at for one open deal, as plain data the store can build in batches. */
import { z } from 'zod';
import {
  Account,
  Activity,
  Contact,
  DEFAULT_PIPELINE,
  isoDateTime,
  Opportunity,
  Pipeline,
  Seller,
  UsagePoint,
  User,
  type Workspace,
} from '../workspace/workspace-schema.ts';
import { competitorNames } from './competitors.ts';

export const DealContext = z.object({
  asOf: isoDateTime,
  seller: Seller,
  pipeline: Pipeline,
  opportunity: Opportunity,
  account: Account,
  owner: User.optional(),
  /** The account's contacts. */
  contacts: z.array(Contact),
  /** All the account's activities: this deal's, unattributed ones and other deals'; the engine attributes them. */
  activities: z.array(Activity),
  /** The account's other open deals, for attributing activities that name no deal. */
  otherOpenOpportunities: z.array(Opportunity),
  /** The account's usage series. */
  usage: z.array(UsagePoint),
  /** Competitor names from battlecards. */
  competitors: z.array(z.string()),
});
export type DealContext = z.infer<typeof DealContext>;

/** Open means not flagged closed and not sitting in a closed stage. */
export function isOpen(opportunity: Opportunity, pipeline: Pipeline): boolean {
  if (opportunity.isClosed) return false;
  return opportunity.stage !== pipeline.closedWon && opportunity.stage !== pipeline.closedLost;
}

function groupBy<T>(items: readonly T[] | undefined, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items ?? []) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** One context per open deal, in the workspace's order. */
export function contextsFromWorkspace(ws: Workspace): DealContext[] {
  const pipeline = ws.pipeline ?? DEFAULT_PIPELINE;
  const accounts = new Map(ws.accounts.map((a) => [a.id, a]));
  const users = new Map(ws.users.map((u) => [u.id, u]));
  const open = ws.opportunities.filter((o) => isOpen(o, pipeline));
  const openByAccount = groupBy(open, (o) => o.accountId);
  const contactsByAccount = groupBy(ws.contacts, (c) => c.accountId);
  const activitiesByAccount = groupBy(ws.activities, (a) => a.accountId);
  const usageByAccount = groupBy(ws.usage, (u) => u.accountId);
  const competitors = competitorNames(ws.documents);
  const contexts: DealContext[] = [];
  for (const opportunity of open) {
    const account = accounts.get(opportunity.accountId);
    if (!account) continue;
    const owner = users.get(opportunity.ownerId) ?? users.get(account.ownerId);
    contexts.push({
      asOf: ws.asOf,
      seller: ws.seller,
      pipeline,
      opportunity,
      account,
      ...(owner ? { owner } : {}),
      contacts: contactsByAccount.get(account.id) ?? [],
      activities: activitiesByAccount.get(account.id) ?? [],
      otherOpenOpportunities: (openByAccount.get(account.id) ?? []).filter((o) => o.id !== opportunity.id),
      usage: usageByAccount.get(account.id) ?? [],
      competitors,
    });
  }
  return contexts;
}
