import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access/actor.ts';
import { approveProposal } from '../../src/services/decisions/approve-proposal.ts';
import { decisionStats } from '../../src/services/decisions/decision-stats.ts';
import { openProposal } from '../../src/services/decisions/proposal-view.ts';
import { rejectProposal } from '../../src/services/decisions/reject-proposal.ts';
import { sampleFraction } from '../../src/services/decisions/review-sample.ts';
import type { Store } from '../../src/store/open-store.ts';
import { openTestStore } from '../support/test-store.ts';
import {
  aDraft,
  anEmail,
  NORTHWIND_NOW,
  northwindQueue,
  type People,
  propose,
  testClock,
  testConfig,
} from './queue-fixtures.ts';

const MINUTE = 60_000;

describe('decision statistics per rep', () => {
  let store: Store;
  let people: People;
  let clock = testClock();
  const deps = () => ({ now: clock.now, config: testConfig() });

  /** Proposed now, opened `waitMs` later, decided `dwellMs` after opening. */
  async function decide(
    actor: Actor,
    deal: { opportunityId: string; to: string },
    waitMs: number,
    dwellMs: number,
    how: 'approve' | 'edit' | 'reject',
  ): Promise<string> {
    const draft = aDraft(anEmail({ to: [deal.to], threadId: undefined }));
    const { id } = await propose(store.db, { opportunityId: deal.opportunityId, draft }, deps());
    clock.advance(waitMs);
    await openProposal(store.db, actor, { proposalId: id }, deps());
    clock.advance(dwellMs);
    if (how === 'reject')
      await rejectProposal(store.db, actor, { proposalId: id, reason: 'wrong_timing' }, deps());
    else {
      const edited =
        how === 'edit'
          ? anEmail({ to: [deal.to], threadId: undefined, body: 'Hi,\n\nShorter.\n\nDana' })
          : undefined;
      await approveProposal(store.db, actor, { proposalId: id, edited }, deps());
    }
    return id;
  }

  beforeEach(async () => {
    clock = testClock();
    store = await openTestStore();
    people = await northwindQueue(store);
    await decide(
      people.dana,
      { opportunityId: 'o-101', to: 'hank@globex.com' },
      10 * MINUTE,
      30_000,
      'approve',
    );
    await decide(
      people.dana,
      { opportunityId: 'o-102', to: 'bill@initech.com' },
      30 * MINUTE,
      90_000,
      'edit',
    );
    await decide(
      people.dana,
      { opportunityId: 'o-103', to: 'alice@umbrellahealth.com' },
      50 * MINUTE,
      60_000,
      'reject',
    );
    await decide(
      people.raj,
      { opportunityId: 'o-104', to: 'gavin@hooli.com' },
      5 * MINUTE,
      20_000,
      'approve',
    );
  });
  afterEach(async () => {
    await store.close();
  });

  it('computes approval, edit and reject rates and the median times from the stored decisions', async () => {
    const stats = await decisionStats(store.db, people.sam, { since: NORTHWIND_NOW });
    expect(stats.map((s) => s.repEmail)).toEqual(['dana@northwind.io', 'raj@northwind.io']);
    expect(stats[0]).toEqual({
      repId: 'u-dana',
      repName: 'Dana Ortiz',
      repEmail: 'dana@northwind.io',
      decided: 3,
      approved: 2,
      edited: 1,
      rejected: 1,
      approvalRate: 0.667,
      editRate: 0.5,
      rejectRate: 0.333,
      medianTimeToDecisionMs: 30 * MINUTE + 90_000,
      medianDwellMs: 60_000,
      rejectReasons: { wrong_timing: 1 },
      sampledForReview: 0,
    });
    expect(stats[1]).toMatchObject({ decided: 1, approved: 1, editRate: 0, medianDwellMs: 20_000 });
  });

  it('shows a rep their own numbers only, and only decisions inside the window', async () => {
    expect((await decisionStats(store.db, people.raj, { since: NORTHWIND_NOW })).map((s) => s.repId)).toEqual(
      ['u-raj'],
    );
    expect(await decisionStats(store.db, people.sam, { since: new Date(clock.now().getTime() + 1) })).toEqual(
      [],
    );
  });
});

describe("sampling approvals for a manager's second look", () => {
  it('picks the same proposals every time, close to the configured share', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `p-${i.toString(16).padStart(12, '0')}`);
    const picked = ids.filter((id) => sampleFraction(id) < 0.1);
    expect(picked.length / ids.length).toBeGreaterThan(0.08);
    expect(picked.length / ids.length).toBeLessThan(0.12);
    expect(ids.filter((id) => sampleFraction(id) < 0.1)).toEqual(picked);
  });
});
