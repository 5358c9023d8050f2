import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { northwindWorkspace } from '../../../test/support/paths.ts';
import { openTestStore } from '../../../test/support/test-store.ts';
import { loadNorthwind, writeTempJson } from '../../../test/support/workspace-files.ts';
import { SYSTEM_ACTOR } from '../../domain/access/actor.ts';
import type { Store } from '../../store/open-store.ts';
import { anOpportunity } from '../../testing/factories.ts';
import { actorByEmail } from '../access/resolve-actor.ts';
import { importWorkspaceFile } from '../workspace/import-workspace.ts';
import { getAccount } from './get-account.ts';
import { getDealContexts } from './get-deal-contexts.ts';
import { getOpportunity } from './get-opportunity.ts';
import { searchAccounts } from './search-accounts.ts';

async function northwindStore(): Promise<Store> {
  const store = await openTestStore();
  await importWorkspaceFile(store, northwindWorkspace);
  return store;
}

/** Globex is Dana's account, with Dana's o-101; here Raj also works an expansion on it (o-201). */
describe('an account two reps work on', () => {
  let store: Store;
  beforeAll(async () => {
    store = await northwindStore();
    const ws = loadNorthwind();
    ws.opportunities.push(
      anOpportunity({
        id: 'o-201',
        accountId: 'a-globex',
        ownerId: 'u-raj',
        name: 'Globex - Expansion',
        type: 'expansion',
        stage: 'Discovery',
        createdAt: '2026-01-10T15:00:00Z',
      }),
    );
    await importWorkspaceFile(store, writeTempJson('shared.json', ws));
  });
  afterAll(() => store.close());

  const as = (email: string) => actorByEmail(store.db, email);

  it('is readable by the rep who works a deal on it, with its contacts', async () => {
    const raj = await as('raj@northwind.io');
    const globex = await getAccount(store.db, raj, { accountId: 'a-globex' });
    expect(globex.contacts.map((c) => c.id)).toEqual(['c-hank']);
    expect((await searchAccounts(store.db, raj, { query: 'globex' })).accounts.map((a) => a.id)).toEqual([
      'a-globex',
    ]);
  });

  it("lists only the deals the reader may read, and keeps the other rep's deal not found", async () => {
    const raj = await as('raj@northwind.io');
    expect(
      (await getAccount(store.db, raj, { accountId: 'a-globex' })).openOpportunities.map((o) => o.id),
    ).toEqual(['o-201']);
    await expect(getOpportunity(store.db, raj, { opportunityId: 'o-101' })).rejects.toThrow(
      'no opportunity o-101',
    );
    // The account's owner does not read another rep's deal on it either (the deal panel's rule); their manager does.
    const dana = await as('dana@northwind.io');
    expect(
      (await getAccount(store.db, dana, { accountId: 'a-globex' })).openOpportunities.map((o) => o.id),
    ).toEqual(['o-101']);
    const sam = await as('sam@northwind.io');
    expect(
      (await getAccount(store.db, sam, { accountId: 'a-globex' })).openOpportunities.map((o) => o.id),
    ).toEqual(['o-101', 'o-201']);
  });

  it("leaves the other rep's deal out of a rep's contexts, while a mission (the system) sees both", async () => {
    const raj = await as('raj@northwind.io');
    const [mine] = (await getDealContexts(store.db, raj, { opportunityIds: ['o-201'] })).deals;
    expect(mine?.otherOpenOpportunities).toEqual([]);
    const [all] = (await getDealContexts(store.db, SYSTEM_ACTOR, { opportunityIds: ['o-201'] })).deals;
    expect(all?.otherOpenOpportunities.map((o) => o.id)).toEqual(['o-101']);
  });
});

describe('searching accounts', () => {
  let store: Store;
  beforeAll(async () => {
    store = await northwindStore();
  });
  afterAll(() => store.close());

  it('reads % and _ in a query as the characters, not as wildcards', async () => {
    expect((await searchAccounts(store.db, SYSTEM_ACTOR, { query: '%' })).accounts).toEqual([]);
    expect((await searchAccounts(store.db, SYSTEM_ACTOR, { query: '_' })).accounts).toEqual([]);
  });

  it('puts names that start with the words first', async () => {
    const found = await searchAccounts(store.db, SYSTEM_ACTOR, { query: 'ac' });
    expect(found.accounts[0]?.name).toBe('Acme Corp');
  });

  it('counts only open deals', async () => {
    const [acme] = (await searchAccounts(store.db, SYSTEM_ACTOR, { query: 'acme' })).accounts;
    expect(acme?.openOpportunities).toBe(0);
  });
});
