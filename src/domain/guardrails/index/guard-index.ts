/** Everything the guardrails precompute once per workspace, so each draft check is only string work. */
import { buildKnowledgeBase, type KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import type {
  Activity,
  Contact,
  KnowledgeDocument,
  Opportunity,
  Product,
  UsagePoint,
  Workspace,
} from '../../workspace/workspace-schema.ts';
import { DEFAULT_GUARD_CONFIG, type GuardConfig } from '../guard-config.ts';
import { buildKnowledgeFacts } from './build-knowledge-facts.ts';
import { type AccountName, accountNames, competitorNames } from './competitors.ts';
import { buildDealContext, type DealContext } from './deal-context.ts';
import type { KnowledgeFacts } from './knowledge-facts.ts';
import { buildNameIndex, type NameEntry, type NameIndex } from './name-index.ts';
import { buildProductCatalog, type ProductCatalog } from './product-catalog.ts';

export type GuardIndex = {
  config: GuardConfig;
  asOf: string;
  sellerName: string;
  sellerDomains: readonly string[];
  kb: KnowledgeBase;
  catalog: ProductCatalog;
  competitors: readonly string[];
  accountNames: readonly AccountName[];
  /** Every customer's names, short names, domains and contacts' full names, to spot another customer in a draft. */
  names: NameIndex<CustomerName>;
  /** The names an account's own deals may use (its name and its contacts'), even where another account shares them. */
  ownAccountNames(accountId: string): ReadonlySet<string>;
  /** Every contact by lower-case address, to tell "left the company" from "never heard of". */
  contactsByEmail: ReadonlyMap<string, Contact>;
  /** Facts of the current documents a deal of this account may rely on. */
  factsFor(accountId: string): KnowledgeFacts;
  /** The deal's context, built on first use and kept for the next drafts of the same deal. */
  deal(opportunityId: string): DealContext | undefined;
};

export type CustomerName = { accountId: string; label: string; kind: 'account' | 'contact' };

function customerNames(
  contacts: readonly Contact[],
  names: readonly AccountName[],
): NameEntry<CustomerName>[] {
  const entries: NameEntry<CustomerName>[] = [];
  for (const a of names) {
    const value = { accountId: a.accountId, label: a.name, kind: 'account' as const };
    entries.push({ text: a.name, value, caseSensitive: true, notFirst: false });
    // One word at a sentence's start may be any word ("Massive gains…"); several are a name anywhere.
    for (const short of a.shortNames)
      entries.push({ text: short, value, caseSensitive: true, notFirst: !/\s/.test(short) });
    if (a.domain) entries.push({ text: a.domain, value, caseSensitive: false, notFirst: false });
  }
  for (const c of contacts) {
    if (!c.name.includes(' ')) continue; // a first name alone is anyone's
    const value = { accountId: c.accountId, label: c.name, kind: 'contact' as const };
    entries.push({ text: c.name, value, caseSensitive: true, notFirst: false });
  }
  return entries;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What the guardrails read beyond one deal's own records: seller, customers, price book, documents. */
export type GuardBase = Pick<Workspace, 'asOf' | 'seller' | 'accounts' | 'contacts'> & {
  products: readonly Product[];
  documents: readonly KnowledgeDocument[];
};

/** One deal's own records, from a workspace file or a store. */
export type DealRecords = {
  opportunity: Opportunity;
  /** The deal's activities and its account's activities that belong to no deal. */
  activities: readonly Activity[];
  usage: readonly UsagePoint[];
};

/** The index over a workspace file: every record is in memory, so a deal's records are a lookup. */
export function buildGuardIndex(
  workspace: Workspace,
  config: GuardConfig = DEFAULT_GUARD_CONFIG,
): GuardIndex {
  const opportunities = new Map(workspace.opportunities.map((o) => [o.id, o]));
  const activitiesByOpportunity = groupBy(workspace.activities, (a) => a.opportunityId);
  const accountActivities = groupBy(
    workspace.activities.filter((a) => a.opportunityId === undefined),
    (a) => a.accountId,
  );
  const usageByAccount = groupBy(workspace.usage ?? [], (u) => u.accountId);
  return createGuardIndex(
    { ...workspace, products: workspace.products ?? [], documents: workspace.documents ?? [] },
    (opportunityId) => {
      const opportunity = opportunities.get(opportunityId);
      if (!opportunity) return undefined;
      return {
        opportunity,
        activities: [
          ...(activitiesByOpportunity.get(opportunityId) ?? []),
          ...(accountActivities.get(opportunity.accountId) ?? []),
        ],
        usage: usageByAccount.get(opportunity.accountId) ?? [],
      };
    },
    config,
  );
}

/**
 * The index over any source: the shared parts are built once here, a deal's records are loaded on
 * first use (`loadDeal` may read a store) and its context is kept for the next drafts of that deal.
 */
export function createGuardIndex(
  workspace: GuardBase,
  loadDeal: (opportunityId: string) => DealRecords | undefined,
  config: GuardConfig = DEFAULT_GUARD_CONFIG,
): GuardIndex {
  const { documents, products } = workspace;
  const kb = buildKnowledgeBase(documents);
  const catalog = buildProductCatalog(products, workspace.seller.name);
  const ourNames = [
    workspace.seller.name,
    ...products.map((p) => p.name),
    ...catalog.products.flatMap((p) => p.aliases),
  ];
  const competitors = competitorNames(documents, ourNames);
  const accounts = new Map(workspace.accounts.map((a) => [a.id, a]));
  const contactsByAccount = groupBy(workspace.contacts, (c) => c.accountId);
  const sellerDomains = workspace.seller.domains.map((d) => d.toLowerCase());

  const factsInput = (chunks: readonly KnowledgeChunk[]) => ({
    chunks,
    catalog,
    sellerName: workspace.seller.name,
    competitors,
    productDescriptions: products.flatMap((p) =>
      p.description ? [{ sku: p.sku, description: p.description }] : [],
    ),
  });
  const sharedChunks = kb.active.filter((c) => c.accountId === undefined);
  const sharedFacts = buildKnowledgeFacts(factsInput(sharedChunks));
  const accountFacts = new Map<string, KnowledgeFacts>();
  const accountChunks = groupBy(kb.active, (c) => c.accountId);
  const factsFor = (accountId: string): KnowledgeFacts => {
    const own = accountChunks.get(accountId);
    if (!own) return sharedFacts;
    let facts = accountFacts.get(accountId);
    if (!facts) {
      facts = buildKnowledgeFacts(factsInput([...sharedChunks, ...own]));
      accountFacts.set(accountId, facts);
    }
    return facts;
  };

  const deals = new Map<string, DealContext>();
  const deal = (opportunityId: string): DealContext | undefined => {
    const cached = deals.get(opportunityId);
    if (cached) return cached;
    const records = loadDeal(opportunityId);
    if (!records) return undefined;
    const { opportunity } = records;
    const context = buildDealContext({
      opportunity,
      account: accounts.get(opportunity.accountId),
      contacts: contactsByAccount.get(opportunity.accountId) ?? [],
      activities: records.activities,
      usage: records.usage,
      sellerDomains,
      facts: factsFor(opportunity.accountId),
      ...(catalog.metered ? { metered: catalog.metered } : {}),
      competitors,
    });
    if (deals.size >= config.dealCacheSize) deals.delete(deals.keys().next().value!);
    deals.set(opportunityId, context);
    return context;
  };

  const customers = accountNames(workspace.accounts, ourNames);
  const namesByAccount = groupBy(
    [...workspace.accounts.map((a) => ({ accountId: a.id, name: a.name })), ...workspace.contacts],
    (n) => n.accountId,
  );
  const ownNames = new Map<string, Set<string>>();
  return {
    config,
    asOf: workspace.asOf,
    sellerName: workspace.seller.name,
    sellerDomains,
    kb,
    catalog,
    competitors,
    accountNames: customers,
    names: buildNameIndex(customerNames(workspace.contacts, customers)),
    ownAccountNames: (accountId) => {
      let set = ownNames.get(accountId);
      if (!set) {
        set = new Set((namesByAccount.get(accountId) ?? []).map((n) => n.name));
        ownNames.set(accountId, set);
      }
      return set;
    },
    contactsByEmail: new Map(workspace.contacts.map((c) => [c.email.toLowerCase(), c])),
    factsFor,
    deal,
  };
}
