/** Builds DealContexts from lists of records, ordered exactly as the store path orders them (fingerprints depend on it). */
import { type DealContext, isOpen } from '../../domain/triage/deal-context.ts';
import type {
  Account,
  Activity,
  Contact,
  Opportunity,
  UsagePoint,
  User,
} from '../../domain/workspace/workspace-schema.ts';
import type { WorldHead } from '../../store/deal-contexts.ts';

export type DealRecords = {
  deals: readonly Opportunity[];
  accounts: readonly Account[];
  contacts: readonly Contact[];
  activities: readonly Activity[];
  openOpportunities: readonly Opportunity[];
  usage: readonly UsagePoint[];
  users: readonly User[];
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One context per requested deal that came back with its account, in the order asked for. */
export function assembleContexts(
  head: WorldHead,
  asOf: string,
  ids: readonly string[],
  records: DealRecords,
): DealContext[] {
  const dealById = new Map(records.deals.map((d) => [d.id, d]));
  const accountById = new Map(records.accounts.map((a) => [a.id, a]));
  const userById = new Map(records.users.map((u) => [u.id, u]));
  const contactsBy = groupBy([...records.contacts].sort(byId), (c) => c.accountId);
  const activitiesBy = groupBy(
    [...records.activities].sort(
      (a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || cmp(a.id, b.id),
    ),
    (a) => a.accountId,
  );
  const usageBy = groupBy(
    [...records.usage].sort((a, b) => cmp(a.metric, b.metric) || cmp(a.period, b.period)),
    (u) => u.accountId,
  );
  // The deals asked for are open deals of their accounts too, whether or not the open-deals source lists them.
  const open = new Map([...records.openOpportunities, ...records.deals].map((o) => [o.id, o]));
  const openBy = groupBy(
    [...open.values()].filter((o) => isOpen(o, head.pipeline)).sort(byId),
    (o) => o.accountId,
  );

  return [...new Set(ids)].flatMap((id) => {
    const opportunity = dealById.get(id);
    const account = opportunity && accountById.get(opportunity.accountId);
    if (!opportunity || !account) return [];
    const owner = userById.get(opportunity.ownerId) ?? userById.get(account.ownerId);
    return [
      {
        asOf,
        seller: head.seller,
        pipeline: head.pipeline,
        opportunity,
        account,
        ...(owner ? { owner } : {}),
        contacts: contactsBy.get(account.id) ?? [],
        activities: activitiesBy.get(account.id) ?? [],
        otherOpenOpportunities: (openBy.get(account.id) ?? []).filter((o) => o.id !== id),
        usage: usageBy.get(account.id) ?? [],
        competitors: head.competitors,
      },
    ];
  });
}
